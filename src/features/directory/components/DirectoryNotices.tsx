import type { ReactNode } from 'react';
import { describeAppError, errorMessages, type AppError } from '../../../b24';
import { useMessages } from '../../../i18n';
import { IconInfo } from '../../../ui';
import { directoryMessages } from '../messages';

/** A small muted line: what runs where, or which part of the data is missing and why. */
export function Note({ children }: { children: ReactNode }) {
  return (
    <p className="flex items-start gap-1.5 px-4 pb-1 text-sm text-muted">
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
