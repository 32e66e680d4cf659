import { useMessages } from '../i18n';
import { cx } from './cx';
import { uiMessages } from './messages';

/**
 * A grey placeholder (decorative). Size it with classes: <Skeleton className="h-4 w-32" />;
 * `circle` for an avatar placeholder.
 */
export function Skeleton({ className, circle = false }: { className?: string; circle?: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={cx('block animate-pulse bg-skeleton', circle ? 'rounded-full' : 'rounded-sm', className)}
    />
  );
}

export interface SkeletonRowsProps {
  rows?: number;
  /** Show a round avatar placeholder on each row. Default true. */
  avatar?: boolean;
  /** Announced text; default "Loading…". */
  label?: string;
  className?: string;
}

/** Placeholder rows shaped like a people list, announced once as "Loading…". */
export function SkeletonRows({ rows = 6, avatar = true, label, className }: SkeletonRowsProps) {
  const m = useMessages(uiMessages);
  return (
    <div role="status" className={cx('flex flex-col', className)}>
      <span className="sr-only">{label ?? m.loading}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} aria-hidden="true" className="flex items-center gap-3 px-4 py-2.5">
          {avatar && <Skeleton circle className="size-10 shrink-0" />}
          <div className="flex flex-1 flex-col gap-2">
            <Skeleton className={cx('h-3.5', i % 3 === 0 ? 'w-40' : i % 3 === 1 ? 'w-32' : 'w-48')} />
            <Skeleton className={cx('h-3', i % 2 === 0 ? 'w-56' : 'w-44')} />
          </div>
        </div>
      ))}
    </div>
  );
}
