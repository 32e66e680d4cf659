import { useMessages } from '../i18n';
import { cx } from './cx';
import { uiMessages } from './messages';

export interface SpinnerProps {
  /** Announced text; default "Loading…". */
  label?: string;
  size?: number;
  /** Inside something that already says it is busy (e.g. a busy button): no status role, no text. */
  decorative?: boolean;
  className?: string;
}

/** A turning ring; `role="status"` with a label unless decorative. */
export function Spinner({ label, size = 16, decorative = false, className }: SpinnerProps) {
  const m = useMessages(uiMessages);
  const ring = (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      aria-hidden="true"
      focusable="false"
      data-essential-motion=""
      className="animate-spin"
    >
      <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.25" strokeWidth="3" />
      <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
  if (decorative) return <span className={cx('inline-flex', className)}>{ring}</span>;
  return (
    <span role="status" className={cx('inline-flex items-center gap-2', className)}>
      {ring}
      <span className="sr-only">{label ?? m.loading}</span>
    </span>
  );
}
