/**
 * A directory above FULL_LOAD_LIMIT people: nobody loads everyone. The list pages on the server
 * as the person scrolls; search (debounced), filters and order are the server's; the UI says so.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { formatCount, useI18n, useMessages } from '../../../i18n';
import { departmentNames } from '../../../people/departments';
import { FULL_LOAD_LIMIT } from '../../../people/loadingPlan';
import { derivePresence, type Presence } from '../../../people/presence';
import type { PresenceIndex } from '../../../people/presenceIndex';
import { myStatusQuery } from '../../../people/queries';
import type { Person } from '../../../people/types';
import { SkeletonRows } from '../../../ui';
import { cachedDepartmentsQuery } from '../api/departmentsCache';
import type { FirstScreen } from '../api/firstScreen';
import type { PagedListParams } from '../api/keys';
import { pagedListQuery, searchKind } from '../api/pagedList';
import { presenceIndexQuery } from '../api/presenceCache';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { useDirectoryKeys } from '../hooks/useDirectoryKeys';
import { usePagedViewport } from '../hooks/usePagedViewport';
import { useVisibleRows } from '../hooks/useVisibleRows';
import { directoryMessages } from '../messages';
import { chosenDepartmentName, clearFilters, emptyReason } from '../model/emptyReason';
import { displayPerson, type FullViewInput } from '../model/fullView';
import { pagedSlots, slotPersonId } from '../model/pagedSlots';
import { DirectoryEmpty } from './DirectoryEmpty';
import { CountLine, Note, PartialDataNotes } from './DirectoryNotices';
import { DirectoryResults } from './DirectoryResults';
import { DirectoryToolbar, type OrderChoice, type PresenceChoice } from './DirectoryToolbar';
import { LoadErrorNotice } from './LoadErrorNotice';
import type { ListRow } from './PeopleList';

const PRESENCE_CHOICES: readonly PresenceChoice[] = ['all', 'online', 'offline'];
const ORDER_CHOICES: readonly OrderChoice[] = ['name', 'recent'];
export const SEARCH_DEBOUNCE_MS = 300;

interface PagedFilters {
  query: string;
  presence: PresenceChoice;
  departmentId: number | null;
  order: 'name' | 'recent';
}

const DEFAULTS: PagedFilters = { query: '', presence: 'all', departmentId: null, order: 'name' };

/** A loaded person as the list and the card show them: with the freshest presence and my chosen status. */
function shownPerson(base: Person, presence: PresenceIndex, me: FullViewInput['me'], now: number): { person: Person; presence: Presence } {
  const person = displayPerson(base, presence, me);
  return { person, presence: derivePresence(person.presence, now) };
}

export function PagedDirectory({ first, now }: { first: FirstScreen; now: number }) {
  const m = useMessages(directoryMessages);
  const { locale } = useI18n();
  const [filters, setFilters] = useState<PagedFilters>(DEFAULTS);

  const find = useDebouncedValue(filters.query.trim(), SEARCH_DEBOUNCE_MS);
  const params = useMemo<PagedListParams>(
    () => ({
      find,
      departmentId: filters.departmentId,
      online: filters.presence === 'online' ? true : filters.presence === 'offline' ? false : null,
      order: filters.order,
    }),
    [find, filters.departmentId, filters.presence, filters.order],
  );

  const list = useQuery({ ...pagedListQuery(params), placeholderData: keepPreviousData });
  const presence = useQuery(presenceIndexQuery()).data;
  const departments = useQuery(cachedDepartmentsQuery()).data ?? first.departments;
  const myStatus = useQuery({ ...myStatusQuery(), enabled: false }).data;
  const departmentsById = useMemo(() => new Map(departments.map((d) => [d.id, d])), [departments]);
  const me = useMemo(() => (first.me ? { id: first.me.id, status: myStatus ?? null } : null), [first.me, myStatus]);

  const current = list.data && !list.isPlaceholderData ? list.data : null;
  const slots = useMemo(() => (list.data ? pagedSlots(list.data.total, list.data.pages) : []), [list.data]);
  const { rootRef, visible, onWindowChange } = useVisibleRows(slots, slotPersonId, { fetchMissing: false, enabled: current !== null });
  const viewport = usePagedViewport(params, current ? slots : null, visible, presence);
  const { searchRef, listRef, onSearchKeyDown, onOtherKey } = useDirectoryKeys(slots.length > 0);

  const rowAt = useCallback(
    (index: number): ListRow | null => {
      const slot = slots[index];
      if (!slot || slot.kind !== 'person') return null;
      const shown = shownPerson(slot.person, presence, me, now);
      return { ...shown, departments: departmentNames(shown.person, departmentsById) };
    },
    [slots, presence, me, now, departmentsById],
  );

  const patch = (next: Partial<PagedFilters>) => setFilters((f) => ({ ...f, ...next }));

  const searching = filters.query.trim() !== find || (list.isFetching && list.isPlaceholderData);
  const filtered = params.departmentId !== null || params.online !== null;
  const shown = list.data?.total ?? 0;
  // Without a usable total from the portal the counts are lower bounds ("At least 120 people").
  const shownExact = list.data?.totalExact !== false;
  const amount = (n: number, exact: boolean) => (exact ? formatCount(n, locale) : m.atLeast(formatCount(n, locale)));
  const count = params.find
    ? shownExact
      ? m.foundCount(locale, shown)
      : m.foundAtLeast(locale, shown)
    : filtered
      ? m.shownOf(amount(shown, shownExact), amount(first.total, first.totalExact))
      : shownExact
        ? m.peopleCount(locale, shown)
        : m.peopleAtLeast(locale, shown);

  const cardFor = (id: number) => {
    const slot = slots.find((s) => s.kind === 'person' && s.person.id === id);
    return slot?.kind === 'person' ? shownPerson(slot.person, presence, me, now) : null;
  };

  return (
    <div ref={rootRef} className="flex min-h-0 flex-1 flex-col" data-directory-mode="paged" data-loaded="paged" data-total={first.total}>
      <DirectoryToolbar
        query={filters.query}
        onQueryChange={(query) => patch({ query })}
        presence={filters.presence}
        presenceOptions={PRESENCE_CHOICES}
        onPresenceChange={(presence) => patch({ presence })}
        onlineMeansConnected
        departmentId={filters.departmentId}
        departments={departments}
        onDepartmentChange={(departmentId) => patch({ departmentId })}
        order={filters.order}
        orderOptions={ORDER_CHOICES}
        onOrderChange={(order) => patch({ order: order === 'recent' ? 'recent' : 'name' })}
        searchRef={searchRef}
        onSearchKeyDown={onSearchKeyDown}
      />
      <CountLine count={list.data ? count : m.loadingPeople} busy={searching ? m.searching : null} busyTestId="directory-searching" />
      <Note>{first.totalExact ? m.pagedNote(locale, first.total) : m.pagedNoteMoreThan(locale, FULL_LOAD_LIMIT)}</Note>
      {list.data && !list.data.ordered && <Note testId="directory-portal-order">{m.pagedPortalOrder}</Note>}
      {filters.presence === 'online' && <Note>{m.pagedOnlineNote}</Note>}
      {filters.departmentId !== null && <Note>{m.pagedDepartmentNote}</Note>}
      {searchKind(params) === 'name' && <Note>{m.pagedSearchNamesOnly}</Note>}
      <PartialDataNotes departmentsError={first.departmentsError} presenceError={null} />
      {(list.isError || viewport.error) && (
        <LoadErrorNotice
          className="mx-4 mb-2"
          title={list.isError ? m.loadFailed : m.loadMoreFailed}
          error={list.error ?? viewport.error}
          onRetry={() => (list.isError ? void list.refetch() : viewport.retry())}
          retrying={list.isFetching}
        />
      )}
      <DirectoryResults
        count={slots.length}
        rowAt={rowAt}
        renderEmpty={() =>
          !list.data ? (
            list.isError ? null : <SkeletonRows rows={6} label={m.loadingPeople} />
          ) : (
            <DirectoryEmpty
              reason={emptyReason({
                query: params.find,
                status: filters.presence === 'online' || filters.presence === 'offline' ? filters.presence : 'all',
                department: chosenDepartmentName(departmentsById, params.departmentId),
                // The server was asked with the filters only; what the search alone finds is unknown.
                matchesWithoutFilters: null,
              })}
              onClear={(what) => setFilters((f) => clearFilters(f, what))}
            />
          )
        }
        cardFor={cardFor}
        departmentsById={departmentsById}
        meId={first.me?.id ?? null}
        now={now}
        listRef={listRef}
        onWindowChange={onWindowChange}
        resetKey={JSON.stringify(params)}
        onOtherKey={onOtherKey}
      />
    </div>
  );
}
