import { useCallback, useEffect, useRef, useState } from 'react';
import type { ControlClient } from '../api/control-client';
import type { EmulatorState, SessionTokens } from '../../types';
import { buildAppLaunch, newAppSid, type AppLaunch } from '../frame/launch';
import type { ShellSettings } from '../settings';

/** One opening of the app: its APP_SID, the tokens it was given and the portal state at that time. */
export interface LaunchRecord {
  sid: string;
  session: SessionTokens;
  state: EmulatorState;
  launch: AppLaunch;
  /** FIRST_RUN is sent with the first getInitData of an install launch only. */
  firstRunPending: boolean;
  /** Whether a getInitData of this launch said FIRST_RUN (the `phpStrings` variant answers setInstall only then). */
  firstRunAnnounced?: boolean;
}

/**
 * Opens the app like the portal does: a fresh token pair from /emulator-api/session and a new
 * APP_SID for every launch. `relaunch()` opens it again (another user, language, placement…).
 */
export function useAppLaunch(client: ControlClient, settings: ShellSettings) {
  const [record, setRecord] = useState<LaunchRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const recordRef = useRef<LaunchRecord | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [state, session] = await Promise.all([client.state(), client.session()]);
      if (cancelled) return;
      const sid = newAppSid();
      const next: LaunchRecord = {
        sid,
        session,
        state,
        firstRunPending: state.config.install,
        launch: buildAppLaunch({
          appUrl: settings.appUrl,
          host: window.location.host,
          secure: window.location.protocol === 'https:',
          lang: state.config.lang,
          appSid: sid,
          session,
          placement: state.config.placement || 'DEFAULT',
          placementOptions: state.config.placementOptions ?? {},
          staticApp: settings.staticApp,
          install: state.config.install,
        }),
      };
      recordRef.current = next;
      setRecord(next);
      setError(null);
    })().catch((reason: unknown) => {
      if (!cancelled) setError(reason instanceof Error ? reason.message : String(reason));
    });
    return () => {
      cancelled = true;
    };
  }, [client, settings, generation]);

  const relaunch = useCallback(() => setGeneration((n) => n + 1), []);
  return { record, recordRef, error, relaunch };
}
