import { useRef, type ReactNode } from 'react';
import { AppError, describeAppError, errorMessages, errorTechnicalDetail, REQUIRED_SCOPES } from '../../b24';
import { useI18n, useMessages } from '../../i18n';
import { ErrorNotice, IconAlert, IconCheck, IconInfo, Spinner, cx } from '../../ui';
import type { InstallStep, StepStatus } from './installSteps';
import { installMessages } from './messages';
import { useInstall } from './useInstall';

export interface InstallWizardProps {
  isAdmin: boolean;
}

/**
 * The install page the portal opens while installing the app (INSTALL mode; install.html for a
 * static app). An administrator sees the places being bound step by step, then the portal takes
 * over; anyone else learns why they cannot finish it. Errors stop the run, in words, with a retry.
 */
export function InstallWizard({ isAdmin }: InstallWizardProps) {
  const m = useMessages(installMessages);
  return (
    <main className="min-h-dvh bg-page p-4 font-sans text-base text-ink sm:p-6">
      <section className="mx-auto flex max-w-xl flex-col gap-5 rounded-card bg-surface p-6 shadow-card">
        <header className="flex flex-col gap-1">
          <h1 className="text-xl font-semibold">{m.title}</h1>
          <p className="text-muted">{m.lead}</p>
        </header>
        {isAdmin ? <AdminInstall /> : <NotAdmin />}
      </section>
    </main>
  );
}

function AdminInstall() {
  const m = useMessages(installMessages);
  const e = useMessages(errorMessages);
  const { ui } = useI18n();
  const install = useInstall(true, ui);
  const stepsRef = useRef<HTMLOListElement>(null);
  const failure = install.failed?.error ?? null;
  const running = install.steps.find((step) => step.status === 'running' && step.id !== 'finish');
  // The permission an administrator must grant, when a step failed for want of it.
  const missingScope = failure instanceof AppError && failure.kind === 'missing-scope' ? (failure.options.scope ?? null) : null;
  return (
    <>
      <ol ref={stepsRef} tabIndex={-1} aria-label={m.stepsLabel} className="flex flex-col divide-y divide-line rounded-control border border-line">
        {install.steps.map((step) => (
          <StepRow key={step.id} step={step} />
        ))}
      </ol>
      {/* One live region: the step under way (for screen readers), then the visible "Finishing…". */}
      <p role="status" className={install.finishing ? 'flex items-center gap-2 text-muted' : 'sr-only'}>
        {install.finishing ? (
          <>
            <Spinner decorative size={16} /> {m.finishing}
          </>
        ) : (
          running && `${m.step(running.id)}: ${m.running}`
        )}
      </p>
      {install.failed && failure && (
        <ErrorNotice
          title={m.failedTitle}
          message={
            <>
              <p>{install.failed.id === 'finish' ? m.finishFailed : describeAppError(failure, e)}</p>
              <p className="mt-1 text-muted">{m.failedHint}</p>
            </>
          }
          details={errorTechnicalDetail(failure, e)}
          retryLabel={e.retry}
          onRetry={() => {
            install.retry();
            // The alert and its button go away: the keyboard continues at the steps.
            stepsRef.current?.focus();
          }}
        />
      )}
      <ScopeList missing={missingScope} />
    </>
  );
}

const ICON: Record<StepStatus, ReactNode> = {
  pending: <span className="block size-3 rounded-full border-2 border-control-off" />,
  running: <Spinner decorative size={16} />,
  done: <IconCheck size={18} className="text-success-ink" />,
  skipped: <IconInfo size={18} className="text-muted" />,
  failed: <IconAlert size={18} className="text-alert-ink" />,
};

function StepRow({ step }: { step: InstallStep }) {
  const m = useMessages(installMessages);
  const status = step.status === 'done' && step.replaced ? m.replaced : m[step.status];
  return (
    <li data-step={step.id} data-status={step.status} aria-current={step.status === 'running' ? 'step' : undefined} className="flex items-center gap-3 px-4 py-3">
      <span aria-hidden="true" className="inline-flex size-5 shrink-0 items-center justify-center">
        {ICON[step.status]}
      </span>
      <span className="flex min-w-0 flex-col">
        <span className={cx('font-semibold', step.status === 'pending' && 'text-muted')}>{m.step(step.id)}</span>
        <span className={cx('text-sm', step.status === 'failed' ? 'text-alert-ink' : 'text-muted')}>{status}</span>
      </span>
    </li>
  );
}

function NotAdmin() {
  const m = useMessages(installMessages);
  return (
    <>
      <div role="note" className="flex items-start gap-3 rounded-control border border-line bg-surface-alt p-4">
        <IconInfo size={20} className="mt-0.5 shrink-0 text-primary-ink" />
        <div className="flex flex-col gap-1">
          <h2 className="font-semibold">{m.notAdminTitle}</h2>
          <p className="text-muted">{m.notAdminText}</p>
        </div>
      </div>
      <ScopeList missing={null} />
    </>
  );
}

/** The permissions the app needs (the one list in src/b24/scopes.ts); a missing one is marked. */
function ScopeList({ missing }: { missing: string | null }) {
  const m = useMessages(installMessages);
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-md font-semibold">{m.scopesTitle}</h2>
      <ul className="flex flex-col gap-1 text-sm">
        {REQUIRED_SCOPES.map((scope) => (
          <li key={scope} data-scope={scope} data-missing={scope === missing || undefined}>
            <code className={cx('rounded-xs px-1 font-mono', scope === missing ? 'bg-alert-soft text-alert-ink' : 'bg-surface-alt text-ink')}>{scope}</code>{' '}
            <span className="text-muted">— {m.scope(scope)}</span>
            {scope === missing && <strong className="font-semibold text-alert-ink"> · {m.scopeMissing}</strong>}
          </li>
        ))}
      </ul>
    </section>
  );
}
