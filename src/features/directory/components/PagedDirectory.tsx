/**
 * A directory above FULL_LOAD_LIMIT people: nobody loads everyone. The list pages on the server
 * as the person scrolls; search (debounced), filters and order are the server's; the UI says so.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { describeAppError, errorMessages, errorTechnicalDetail } from '../../../b24';
import { formatCount, useI18n, useMessages } from '../../../i18n';
import { departmentNames, departmentPathNames } from '../../../people/departments';
import { FULL_LOAD_LIMIT } from '../../../people/loadingPlan';
import { derivePresence } from '../../../people/presence';
import { myStatusQuery } from '../../../people/queries';
import { ErrorNotice, SkeletonRows } from '../../../ui';
import { cachedDepartmentsQuery } from '../api/departmentsCache';
import type { FirstScreen } from '../api/firstScreen';
import type { PagedListParams } from '../api/keys';
import { pagedListQuery, searchKind } from '../api/pagedList';
import { presenceIndexQuery } from '../api/presenceCache';
import { setViewportIds } from '../api/viewport';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { usePagedViewport } from '../hooks/usePagedViewport';
import { usePresenceRefresh } from '../hooks/usePresenceRefresh';
import { useSlashToSearch } from '../hooks/useSlashToSearch';
import { directoryMessages } from '../messages';
import { emptyReason } from '../model/emptyReason';
import { displayPerson } from '../model/fullView';
import { pagedSlots, presenceWindowIds, slotPersonId } from '../model/pagedSlots';
import { DirectoryEmpty } from './DirectoryEmpty';
import { CountLine, Note, PartialDataNotes } from './DirectoryNotices';
import { DirectoryToolbar, type OrderChoice, type PresenceChoice } from './DirectoryToolbar';
import { PeopleList, type ListRow, type PeopleListHandle } from './PeopleList';
import { PersonCard } from './PersonCard';

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

export function PagedDirectory({ first, now }: { first: FirstScreen; now: number }) {
  const m = useMessages(directoryMessages);
  const e = useMessages(errorMessages);
  const { locale } = useI18n();
  const qc = useQueryClient();
  const [filters, setFilters] = useState<PagedFilters>(DEFAULTS);
  const [visible, setVisible] = useState({ first: 0, last: 0 });
  const [openId, setOpenId] = useState<number | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<PeopleListHandle>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useSlashToSearch(searchRef);

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
  const viewport = usePagedViewport(params, current ? slots : null, visible, presence);

  const windowIds = useMemo(() => presenceWindowIds(slots, visible.first, slotPersonId), [slots, visible.first]);
  const onScreenIds = useMemo(
    () => presenceWindowIds(slots.slice(0, visible.last + 1), visible.first, slotPersonId),
    [slots, visible],
  );
  useEffect(() => setViewportIds(qc, windowIds), [qc, windowIds]);
  usePresenceRefresh(onScreenIds, { enabled: current !== null, rootRef });

  const rowAt = useCallback(
    (index: number): ListRow | null => {
      const slot = slots[index];
      if (!slot || slot.kind !== 'person') return null;
      const person = displayPerson(slot.person, presence, me);
      return { person, presence: derivePresence(person.presence, now), departments: departmentNames(person, departmentsById) };
    },
    [slots, presence, me, now, departmentsById],
  );

  const onWindowChange = useCallback((a: number, b: number) => setVisible({ first: a, last: b }), []);
  const patch = (next: Partial<PagedFilters>) => setFilters((f) => ({ ...f, ...next }));
  const onSearchKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'ArrowDown' && slots.length > 0) {
      ev.preventDefault();
      listRef.current?.focusActive();
    }
  };
  const onOtherKey = (ev: KeyboardEvent) => {
    if (ev.key === '/') {
      ev.preventDefault();
      searchRef.current?.focus();
    }
  };

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

  const openSlot = openId === null ? null : slots.find((s) => s.kind === 'person' && s.person.id === openId);
  const openPerson = openSlot && openSlot.kind === 'person' ? displayPerson(openSlot.person, presence, me) : null;

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
        <ErrorNotice
          className="mx-4 mb-2"
          title={list.isError ? m.loadFailed : m.loadMoreFailed}
          message={describeAppError(list.error ?? viewport.error, e)}
          details={errorTechnicalDetail(list.error ?? viewport.error, e)}
          onRetry={() => (list.isError ? void list.refetch() : viewport.retry())}
          retrying={list.isFetching}
        />
      )}
      {!list.data ? (
        list.isError ? null : <SkeletonRows rows={6} label={m.loadingPeople} />
      ) : slots.length === 0 ? (
        <DirectoryEmpty
          reason={emptyReason({
            query: params.find,
            status: filters.presence === 'online' || filters.presence === 'offline' ? filters.presence : 'all',
            department: params.departmentId === null ? null : (departmentsById.get(params.departmentId)?.name ?? String(params.departmentId)),
            // The server was asked with the filters only; what the search alone finds is unknown.
            matchesWithoutFilters: null,
          })}
          onClear={(what) =>
            setFilters((f) => ({
              ...f,
              query: what === 'filters' ? f.query : '',
              presence: what === 'search' ? f.presence : 'all',
              departmentId: what === 'search' ? f.departmentId : null,
            }))
          }
        />
      ) : (
        <PeopleList
          handle={listRef}
          count={slots.length}
          rowAt={rowAt}
          label={m.listLabel}
          placeholderLabel={m.loadingRow}
          meId={first.me?.id ?? null}
          now={now}
          onOpen={(person) => setOpenId(person.id)}
          onWindowChange={onWindowChange}
          resetKey={JSON.stringify(params)}
          onOtherKey={onOtherKey}
        />
      )}
      <PersonCard
        person={openPerson}
        presence={openPerson ? derivePresence(openPerson.presence, now) : null}
        departmentPaths={openPerson ? departmentPathNames(openPerson, departmentsById) : []}
        isMe={openPerson?.id === first.me?.id}
        now={now}
        onClose={() => setOpenId(null)}
      />
    </div>
  );
}
