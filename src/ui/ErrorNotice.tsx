import type { ReactNode } from 'react';
import { useMessages } from '../i18n';
import { Button } from './Button';
import { cx } from './cx';
import { IconAlert, IconRefresh } from './icons';
import { uiMessages } from './messages';

export interface ErrorNoticeProps {
  /** What failed, in words ("Could not load people"). */
  title?: string;
  /** Why, and what to do ("The app lacks the 'user' permission; ask an administrator…"). */
  message: ReactNode;
  /** Shows a retry button. */
  onRetry?: () => void;
  retryLabel?: string;
  /** The retry is running. */
  retrying?: boolean;
  /** Small print, e.g. the portal's error code. */
  details?: ReactNode;
  className?: string;
}

/** An error in words with an optional retry; role="alert" so it is announced when it appears. */
export function ErrorNotice({ title, message, onRetry, retryLabel, retrying = false, details, className }: ErrorNoticeProps) {
  const m = useMessages(uiMessages);
  return (
    <div role="alert" className={cx('flex items-start gap-3 rounded-card border border-alert/30 bg-alert-soft p-4 text-ink', className)}>
      <IconAlert size={20} className="mt-0.5 shrink-0 text-alert-ink" />
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        {title && <p className="font-semibold">{title}</p>}
        <div className="text-base">{message}</div>
        {details && <div className="text-sm break-words text-muted">{details}</div>}
        {onRetry && (
          <div className="mt-2">
            <Button size="sm" variant="secondary" icon={<IconRefresh size={14} />} busy={retrying} onClick={onRetry}>
              {retryLabel ?? m.retry}
            </Button>
          </div>
        )}
      </div>
    </div>
  );
}
