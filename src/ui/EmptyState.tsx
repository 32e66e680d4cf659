import type { ReactNode } from 'react';
import { cx } from './cx';

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  /** A decorative icon (aria-hidden). */
  icon?: ReactNode;
  /** E.g. a "Clear filters" button. */
  action?: ReactNode;
  className?: string;
}

/** "Nothing here" with a reason and an optional way out. */
export function EmptyState({ title, description, icon, action, className }: EmptyStateProps) {
  return (
    <div className={cx('flex flex-col items-center gap-2 px-6 py-10 text-center', className)}>
      {icon && (
        <span aria-hidden="true" className="mb-1 inline-flex size-12 items-center justify-center rounded-full bg-surface-alt text-muted">
          {icon}
        </span>
      )}
      <p className="text-md font-semibold text-ink">{title}</p>
      {description && <p className="max-w-sm text-base text-muted">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
