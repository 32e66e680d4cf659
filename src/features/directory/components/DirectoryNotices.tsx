import type { ReactNode } from 'react';
import { describeAppError, errorMessages, type AppError } from '../../../b24';
import { useMessages } from '../../../i18n';
import { IconInfo, Spinner } from '../../../ui';
import { directoryMessages } from '../messages';

/**
 * The count ("240 people", "12 of 240", announced politely as it changes), an optional "working"
 * note with a spinner, and on wide frames a reminder of the keyboard shortcuts.
 */
export function CountLine({ count, busy, busyTestId }: { count: string; busy: string | null; busyTestId?: string }) {
  const m = useMessages(directoryMessages);
  return (
    <div className="flex min-h-6 items-center gap-3 px-4 pb-1.5 text-sm text-muted">
      <p role="status" data-testid="directory-count" className="tabular-nums">
        {count}
      </p>
      {busy && (
        <span className="inline-flex items-center gap-1.5" data-testid={busyTestId}>
          <Spinner size={12} decorative />
          {busy}
        </span>
      )}
      <p className="ml-auto hidden text-xs text-muted lg:block" aria-hidden="true">
        {m.keyboardHint}
      </p>
    </div>
  );
}

/** A small muted line: what runs where, or which part of the data is missing and why. */
export function Note({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="flex items-start gap-1.5 px-4 pb-1 text-sm text-muted" data-testid={testId}>
      <IconInfo size={14} className="mt-0.5 shrink-0" />
      <span>{children}</span>
    </p>
  );
}

/** Departments or statuses that could not be loaded (e.g. a missing scope), in words. */
export function PartialDataNotes({ departmentsError, presenceError }: { departmentsError: AppError | null; presenceError: AppError | null }) {
  const m = useMessages(directoryMessages);
  const e = useMessages(errorMessages);
  return (
    <>
      {departmentsError && (
        <Note>
          {m.departmentsUnavailable} {describeAppError(departmentsError, e)}
        </Note>
      )}
      {presenceError && (
        <Note>
          {m.presenceUnavailable} {describeAppError(presenceError, e)}
        </Note>
      )}
    </>
  );
}
