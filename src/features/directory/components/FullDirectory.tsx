/**
 * A directory of up to FULL_LOAD_LIMIT people: everyone is loaded in the background, and search,
 * filters and order run instantly in the browser.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { describeAppError, errorMessages, errorTechnicalDetail } from '../../../b24';
import { formatCount, useI18n, useMessages } from '../../../i18n';
import { departmentNames, departmentPathNames } from '../../../people/departments';
import type { Person } from '../../../people/types';
import { ErrorNotice, SkeletonRows } from '../../../ui';
import type { FirstScreen } from '../api/firstScreen';
import { setViewportIds } from '../api/viewport';
import { useFullDirectory } from '../hooks/useFullDirectory';
import { usePresenceRefresh } from '../hooks/usePresenceRefresh';
import { useSlashToSearch } from '../hooks/useSlashToSearch';
import { directoryMessages } from '../messages';
import { emptyReason } from '../model/emptyReason';
import { activeFilterCount, DEFAULT_FILTERS, type ViewFilters } from '../model/fullView';
import { presenceWindowIds } from '../model/pagedSlots';
import { DirectoryEmpty } from './DirectoryEmpty';
import { CountLine, PartialDataNotes } from './DirectoryNotices';
import { DirectoryToolbar, type OrderChoice, type PresenceChoice } from './DirectoryToolbar';
import { PeopleList, type ListRow, type PeopleListHandle } from './PeopleList';
import { PersonCard } from './PersonCard';

const PRESENCE_CHOICES: readonly PresenceChoice[] = ['all', 'online', 'dnd', 'away', 'offline'];
/** Without statuses (no im scope) a directory row tells online from offline, nothing more. */
const PRESENCE_CHOICES_WITHOUT_STATUSES: readonly PresenceChoice[] = ['all', 'online', 'offline'];
const ORDER_CHOICES: readonly OrderChoice[] = ['name', 'presence'];

export function FullDirectory({ first, now }: { first: FirstScreen; now: number }) {
  const m = useMessages(directoryMessages);
  const e = useMessages(errorMessages);
  const { locale } = useI18n();
  const qc = useQueryClient();
  const [filters, setFilters] = useState<ViewFilters>(DEFAULT_FILTERS);
  const [openId, setOpenId] = useState<number | null>(null);
  const [visible, setVisible] = useState({ first: 0, last: 0 });
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<PeopleListHandle>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useSlashToSearch(searchRef);

  const data = useFullDirectory(first, filters, now);
  const { view, departmentsById, roster } = data;
  const meId = first.me?.id ?? null;

  const namesOf = useCallback((person: Person) => departmentNames(person, departmentsById), [departmentsById]);
  const rowAt = useCallback(
    (index: number): ListRow | null => {
      const row = view.rows[index];
      return row ? { ...row, departments: namesOf(row.person) } : null;
    },
    [view.rows, namesOf],
  );

  const windowIds = useMemo(() => presenceWindowIds(view.rows, visible.first, (row) => row.person.id), [view.rows, visible.first]);
  const onScreenIds = useMemo(() => windowIds.slice(0, visible.last - visible.first + 1), [windowIds, visible]);
  useEffect(() => setViewportIds(qc, windowIds), [qc, windowIds]);
  usePresenceRefresh(onScreenIds, { ahead: windowIds, enabled: !roster.data?.presenceError, rootRef });

  const onWindowChange = useCallback((firstRow: number, lastRow: number) => setVisible({ first: firstRow, last: lastRow }), []);
  const patch = (next: Partial<ViewFilters>) => setFilters((f) => ({ ...f, ...next }));
  const onSearchKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'ArrowDown' && view.rows.length > 0) {
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
  const open = openId === null ? null : data.rowFor(openId);
  const openPerson = open?.person ?? null;

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
        <ErrorNotice
          className="mx-4 mb-2"
          title={m.loadMoreFailed}
          message={describeAppError(roster.error, e)}
          details={errorTechnicalDetail(roster.error, e)}
          onRetry={() => void roster.refetch()}
          retrying={roster.isFetching}
        />
      )}
      {view.rows.length === 0 ? (
        data.checking || !data.complete ? (
          <SkeletonRows rows={6} label={data.checking ? m.checkingPresence : m.loadingPeople} />
        ) : (
          <DirectoryEmpty
            reason={emptyReason({
              query: filters.query,
              status: presenceChoice,
              department: filters.departmentId === null ? null : (departmentsById.get(filters.departmentId)?.name ?? String(filters.departmentId)),
              matchesWithoutFilters: filters.query.trim() ? data.countMatches(filters.query) : null,
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
        )
      ) : (
        <PeopleList
          handle={listRef}
          count={view.rows.length}
          rowAt={rowAt}
          label={m.listLabel}
          placeholderLabel={m.loadingRow}
          meId={meId}
          now={now}
          onOpen={(person) => setOpenId(person.id)}
          onWindowChange={onWindowChange}
          resetKey={JSON.stringify([filters.query, filters.presence, filters.departmentId, filters.order])}
          onOtherKey={onOtherKey}
        />
      )}
      <PersonCard
        person={openPerson}
        presence={open?.presence ?? null}
        departmentPaths={openPerson ? departmentPathNames(openPerson, departmentsById) : []}
        isMe={openPerson?.id === meId}
        now={now}
        onClose={() => setOpenId(null)}
      />
    </div>
  );
}
