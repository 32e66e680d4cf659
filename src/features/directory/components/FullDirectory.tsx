/**
 * A directory of up to FULL_LOAD_LIMIT people: everyone is loaded in the background, and search,
 * filters and order run instantly in the browser.
 */
import { useCallback, useState } from 'react';
import { describeAppError, errorMessages } from '../../../b24';
import { formatCount, useI18n, useMessages } from '../../../i18n';
import { departmentNames } from '../../../people/departments';
import type { Person } from '../../../people/types';
import { ErrorNotice, SkeletonRows } from '../../../ui';
import type { FirstScreen } from '../api/firstScreen';
import { useDirectoryKeys } from '../hooks/useDirectoryKeys';
import { useFullDirectory } from '../hooks/useFullDirectory';
import { useVisibleRows } from '../hooks/useVisibleRows';
import { directoryMessages } from '../messages';
import { chosenDepartmentName, clearFilters, emptyReason } from '../model/emptyReason';
import { activeFilterCount, DEFAULT_FILTERS, type ViewFilters, type ViewRow } from '../model/fullView';
import { DirectoryEmpty } from './DirectoryEmpty';
import { CountLine, PartialDataNotes } from './DirectoryNotices';
import { DirectoryResults } from './DirectoryResults';
import { DirectoryToolbar, type OrderChoice, type PresenceChoice } from './DirectoryToolbar';
import { LoadErrorNotice } from './LoadErrorNotice';
import type { ListRow } from './PeopleList';

const PRESENCE_CHOICES: readonly PresenceChoice[] = ['all', 'online', 'dnd', 'away', 'offline'];
/** Without statuses (no im scope) a directory row tells online from offline, nothing more. */
const PRESENCE_CHOICES_WITHOUT_STATUSES: readonly PresenceChoice[] = ['all', 'online', 'offline'];
const ORDER_CHOICES: readonly OrderChoice[] = ['name', 'presence'];
const rowPersonId = (row: ViewRow) => row.person.id;

export function FullDirectory({ first, now }: { first: FirstScreen; now: number }) {
  const m = useMessages(directoryMessages);
  const e = useMessages(errorMessages);
  const { locale } = useI18n();
  const [filters, setFilters] = useState<ViewFilters>(DEFAULT_FILTERS);

  const data = useFullDirectory(first, filters, now);
  const { view, departmentsById, roster } = data;
  const { searchRef, listRef, onSearchKeyDown, onOtherKey } = useDirectoryKeys(view.rows.length > 0);
  const { rootRef, onWindowChange } = useVisibleRows(view.rows, rowPersonId, { fetchMissing: true, enabled: !roster.data?.presenceError });

  const namesOf = useCallback((person: Person) => departmentNames(person, departmentsById), [departmentsById]);
  const rowAt = useCallback(
    (index: number): ListRow | null => {
      const row = view.rows[index];
      return row ? { ...row, departments: namesOf(row.person) } : null;
    },
    [view.rows, namesOf],
  );
  const patch = (next: Partial<ViewFilters>) => setFilters((f) => ({ ...f, ...next }));

  const filtered = activeFilterCount(filters) > 0;
  const presenceChoice: PresenceChoice = data.statusesUnavailable && (filters.presence === 'dnd' || filters.presence === 'away') ? 'all' : (filters.presence as PresenceChoice);
  const loaded = view.loaded;
  // Without a usable total from the portal, the count is what has arrived (the load follows `next`).
  const total = first.totalExact ? Math.max(first.total, loaded) : loaded;
  const count = !data.complete
    ? first.totalExact
      ? m.loadingProgress(formatCount(loaded, locale), formatCount(total, locale))
      : m.loadingSoFar(formatCount(loaded, locale))
    : filtered
      ? m.shownOf(formatCount(view.rows.length, locale), formatCount(loaded, locale))
      : m.peopleCount(locale, loaded);

  return (
    <div
      ref={rootRef}
      className="flex min-h-0 flex-1 flex-col"
      data-directory-mode="full"
      data-loaded={data.complete ? 'complete' : 'partial'}
      data-presence={data.presenceKnown ? 'complete' : 'partial'}
      data-total={total}
    >
      <DirectoryToolbar
        query={filters.query}
        onQueryChange={(query) => patch({ query })}
        presence={presenceChoice}
        presenceOptions={data.statusesUnavailable ? PRESENCE_CHOICES_WITHOUT_STATUSES : PRESENCE_CHOICES}
        onlineMeansConnected={data.statusesUnavailable}
        onPresenceChange={(presence) => patch({ presence })}
        departmentId={filters.departmentId}
        departments={data.departments}
        onDepartmentChange={(departmentId) => patch({ departmentId })}
        order={filters.order}
        orderOptions={ORDER_CHOICES}
        onOrderChange={(order) => patch({ order: order === 'presence' ? 'presence' : 'name' })}
        searchRef={searchRef}
        onSearchKeyDown={onSearchKeyDown}
      />
      <CountLine count={count} busy={data.checking ? m.checkingPresence : null} busyTestId="presence-checking" />
      <PartialDataNotes departmentsError={roster.data?.departmentsError ?? first.departmentsError} presenceError={roster.data?.presenceError ?? null} />
      {data.checkError && <ErrorNotice className="mx-4 mb-2" message={`${m.checkingPresenceFailed} ${describeAppError(data.checkError, e)}`} />}
      {roster.isError && (
        <LoadErrorNotice
          className="mx-4 mb-2"
          title={m.loadMoreFailed}
          error={roster.error}
          onRetry={() => void roster.refetch()}
          retrying={roster.isFetching}
        />
      )}
      <DirectoryResults
        count={view.rows.length}
        rowAt={rowAt}
        renderEmpty={() =>
          data.checking || !data.complete ? (
            <SkeletonRows rows={6} label={data.checking ? m.checkingPresence : m.loadingPeople} />
          ) : (
            <DirectoryEmpty
              reason={emptyReason({
                query: filters.query,
                status: presenceChoice,
                department: chosenDepartmentName(departmentsById, filters.departmentId),
                matchesWithoutFilters: filters.query.trim() ? data.countMatches(filters.query) : null,
              })}
              onClear={(what) => setFilters((f) => clearFilters(f, what))}
            />
          )
        }
        cardFor={data.rowFor}
        departmentsById={departmentsById}
        meId={first.me?.id ?? null}
        now={now}
        listRef={listRef}
        onWindowChange={onWindowChange}
        resetKey={JSON.stringify([filters.query, filters.presence, filters.departmentId, filters.order])}
        onOtherKey={onOtherKey}
      />
    </div>
  );
}
