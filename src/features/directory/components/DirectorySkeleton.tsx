import { Skeleton, SkeletonRows } from '../../../ui';

/**
 * The directory before request 1 is answered: the toolbar's shape (so nothing jumps when it
 * arrives) and rows like the list's, announced once as loading.
 */
export function DirectorySkeleton({ label }: { label: string }) {
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="directory-skeleton">
      <div aria-hidden="true" className="flex flex-col gap-2 px-4 pt-3 pb-2 lg:flex-row lg:items-center">
        <Skeleton className="h-9 rounded-pill lg:min-w-56 lg:flex-1" />
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:flex lg:shrink-0">
          <Skeleton className="h-9 rounded-control lg:w-40" />
          <Skeleton className="order-last col-span-2 h-9 rounded-control sm:order-none sm:col-span-1 lg:w-56" />
          <Skeleton className="h-9 rounded-control lg:w-40" />
        </div>
      </div>
      <div aria-hidden="true" className="flex min-h-6 items-center px-4 pb-1.5">
        <Skeleton className="h-3 w-20" />
      </div>
      <SkeletonRows rows={8} label={label} />
    </div>
  );
}
