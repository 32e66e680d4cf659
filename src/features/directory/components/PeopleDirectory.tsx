/**
 * The people directory: request 1 (the first screen) decides how the rest loads — everyone in
 * the background for up to FULL_LOAD_LIMIT people, server paging above.
 */
import { useQuery } from '@tanstack/react-query';
import { useMessages } from '../../../i18n';
import { useNow } from '../../../ui';
import { firstScreenQuery } from '../api/firstScreen';
import { directoryMessages } from '../messages';
import { DirectorySkeleton } from './DirectorySkeleton';
import { FullDirectory } from './FullDirectory';
import { LoadErrorNotice } from './LoadErrorNotice';
import { PagedDirectory } from './PagedDirectory';

export function PeopleDirectory() {
  const m = useMessages(directoryMessages);
  const first = useQuery(firstScreenQuery());
  const now = useNow();

  let body;
  if (first.isPending) {
    body = <DirectorySkeleton label={m.loadingPeople} />;
  } else if (first.isError) {
    body = (
      <LoadErrorNotice
        className="m-4"
        title={m.loadFailed}
        error={first.error}
        onRetry={() => void first.refetch()}
        retrying={first.isFetching}
      />
    );
  } else if (first.data.mode === 'paged') {
    body = <PagedDirectory first={first.data} now={now} />;
  } else {
    body = <FullDirectory first={first.data} now={now} />;
  }

  return (
    <section aria-label={m.regionLabel} className="flex min-h-0 flex-1 flex-col" data-testid="people-directory">
      {body}
    </section>
  );
}

/** Whether the first screen has been answered (successfully or not): the status card mounts after it. */
export function useDirectoryFirstScreenSettled(): boolean {
  const first = useQuery(firstScreenQuery());
  return !first.isPending;
}
