import { describeAppError, errorMessages, errorTechnicalDetail } from '../../../b24';
import { useMessages } from '../../../i18n';
import { ErrorNotice } from '../../../ui';

export interface LoadErrorNoticeProps {
  /** What failed ("Could not load people"). */
  title: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  className: string;
}

/** A load that failed: what, why in words, the portal's error as small print, and Retry. */
export function LoadErrorNotice({ title, error, onRetry, retrying, className }: LoadErrorNoticeProps) {
  const e = useMessages(errorMessages);
  return (
    <ErrorNotice
      className={className}
      title={title}
      message={describeAppError(error, e)}
      details={errorTechnicalDetail(error, e)}
      onRetry={onRetry}
      retrying={retrying}
    />
  );
}
