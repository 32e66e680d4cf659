import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n';
import { cx } from './cx';
import { IconButton } from './IconButton';
import { IconCheck, IconClose, IconInfo } from './icons';
import { uiMessages } from './messages';

export interface ToastProps {
  /** The notice; null shows nothing (keep the component mounted so the live region exists). */
  message: string | null;
  tone?: 'info' | 'success';
  /** Called on the close button and after `duration`. */
  onDismiss?: () => void;
  /** Auto-dismiss after this many ms; 0 = stay. Default 5000. */
  duration?: number;
  className?: string;
}

/**
 * A polite, non-error notice ("Saved", "Copied"): `role="status"`. The live region is always
 * rendered and only its content changes, so screen readers announce each new message.
 * Errors belong in ErrorNotice (role="alert").
 */
export function Toast({ message, tone = 'info', onDismiss, duration = 5000, className }: ToastProps) {
  const m = useMessages(uiMessages);

  // The latest onDismiss, so a parent re-rendering with a new arrow function does not restart the timer.
  const dismissRef = useRef(onDismiss);
  useEffect(() => {
    dismissRef.current = onDismiss;
  });
  const canDismiss = onDismiss !== undefined;

  useEffect(() => {
    if (message === null || !canDismiss || duration <= 0) return;
    const timer = setTimeout(() => dismissRef.current?.(), duration);
    return () => clearTimeout(timer);
  }, [message, canDismiss, duration]);

  return (
    <div role="status" className={className}>
      {message !== null && (
        <div className={cx('inline-flex items-center gap-2 rounded-card bg-surface py-2 pr-2 pl-3 text-base text-ink shadow-popover', !onDismiss && 'pr-3')}>
          {tone === 'success' ? (
            <IconCheck size={16} className="shrink-0 text-success-ink" />
          ) : (
            <IconInfo size={16} className="shrink-0 text-primary-ink" />
          )}
          <span>{message}</span>
          {onDismiss && <IconButton label={m.dismiss} icon={<IconClose size={14} />} size="sm" onClick={onDismiss} />}
        </div>
      )}
    </div>
  );
}
