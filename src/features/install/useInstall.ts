import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { bindPlacement, installFinish, reportAppError, toAppError, unbindPlacement } from '../../b24';
import { initialSteps, runInstall, type InstallStep } from './installSteps';
import { appHandlerUrl, placementPlan } from './placements';

export interface InstallState {
  steps: InstallStep[];
  /** A step is being done right now (not counting the wait for the portal after finishing). */
  busy: boolean;
  /** installFinish has been sent: the portal replaces the page when it is done. */
  finishing: boolean;
  /** The step that stopped the run, if any. */
  failed: InstallStep | null;
  retry: () => void;
}

/**
 * Runs the install once when `enabled` (an administrator in install mode) and exposes its steps.
 * The handler URL is this page's folder's index.html. A failure stops before installFinish;
 * `retry` runs everything again (earlier bindings are removed first, so that is safe).
 */
export function useInstall(enabled: boolean, lang: 'en' | 'ru', href: string = window.location.href): InstallState {
  const plan = useMemo(() => placementPlan(appHandlerUrl(href), lang), [href, lang]);
  const [steps, setSteps] = useState<InstallStep[]>(() => initialSteps(plan));
  const started = useRef(false);
  /** A run is under way: a second one (a double-clicked Try again) would bind twice. */
  const runningRef = useRef(false);

  const run = useCallback(() => {
    if (runningRef.current) return;
    runningRef.current = true;
    const markFinishFailed = (thrown: unknown) => {
      const error = toAppError(thrown, 'installFinish');
      reportAppError(error);
      setSteps((current) => current.map((step) => (step.id === 'finish' ? { ...step, status: 'failed', error } : step)));
    };
    void runInstall(
      plan,
      {
        unbind: (placement) => unbindPlacement({ placement }),
        bind: bindPlacement,
        // Never awaited: in a real portal it resolves only by the page being replaced.
        finish: () => {
          try {
            installFinish().catch(markFinishFailed);
          } catch (thrown) {
            markFinishFailed(thrown);
          }
        },
      },
      setSteps,
    ).finally(() => {
      runningRef.current = false;
    });
  }, [plan]);

  useEffect(() => {
    // Once per page, also under StrictMode's double effects.
    if (!enabled || started.current) return;
    started.current = true;
    run();
  }, [enabled, run]);

  const finish = steps.find((step) => step.id === 'finish');
  const finishing = finish?.status === 'running';
  return {
    steps,
    busy: !finishing && steps.some((step) => step.status === 'running'),
    finishing,
    failed: steps.find((step) => step.status === 'failed') ?? null,
    retry: run,
  };
}
