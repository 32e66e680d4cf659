import { useMemo, type KeyboardEvent, type Ref } from 'react';
import { useI18n, useMessages } from '../../../i18n';
import { buildDepartmentTree, flattenDepartmentTree } from '../../../people/departments';
import type { Department } from '../../../people/types';
import { SearchField, Select, type SelectOption } from '../../../ui';
import { directoryMessages } from '../messages';

export type PresenceChoice = 'all' | 'online' | 'dnd' | 'away' | 'offline';
export type OrderChoice = 'name' | 'presence' | 'recent';

export interface DirectoryToolbarProps {
  query: string;
  onQueryChange: (query: string) => void;
  presence: PresenceChoice;
  presenceOptions: readonly PresenceChoice[];
  onPresenceChange: (presence: PresenceChoice) => void;
  departmentId: number | null;
  departments: readonly Department[];
  onDepartmentChange: (id: number | null) => void;
  order: OrderChoice;
  orderOptions: readonly OrderChoice[];
  onOrderChange: (order: OrderChoice) => void;
  /** "online" means connected in any status (paged lists filter on IS_ONLINE). */
  onlineMeansConnected?: boolean;
  searchRef?: Ref<HTMLInputElement>;
  /** ArrowDown in the search field: into the list. */
  onSearchKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
}

/** Search, status and department filters, and the order of the list. */
export function DirectoryToolbar({
  query,
  onQueryChange,
  presence,
  presenceOptions,
  onPresenceChange,
  departmentId,
  departments,
  onDepartmentChange,
  order,
  orderOptions,
  onOrderChange,
  onlineMeansConnected = false,
  searchRef,
  onSearchKeyDown,
}: DirectoryToolbarProps) {
  const m = useMessages(directoryMessages);
  const { locale } = useI18n();

  const presenceLabels: Record<PresenceChoice, string> = {
    all: m.filterAll,
    online: onlineMeansConnected ? m.filterConnected : m.filterOnline,
    dnd: m.filterDnd,
    away: m.filterAway,
    offline: m.filterOffline,
  };
  const orderLabels: Record<OrderChoice, string> = { name: m.orderName, presence: m.orderPresence, recent: m.orderRecent };

  const { departmentOptions, departmentName } = useMemo(() => {
    const tree = buildDepartmentTree(departments, { locale });
    const options: SelectOption<string>[] = [
      { value: 'all', label: m.allDepartments },
      ...flattenDepartmentTree(tree).map((node) => ({
        value: String(node.department.id),
        // Indented in the open list; the closed field shows the plain name (displayLabel).
        label: '\u00a0\u00a0\u00a0'.repeat(node.depth) + node.department.name,
      })),
    ];
    const name = departmentId === null ? m.allDepartments : (tree.byId.get(departmentId)?.name ?? m.allDepartments);
    return { departmentOptions: options, departmentName: name };
  }, [departments, departmentId, locale, m.allDepartments]);

  return (
    <div className="flex flex-col gap-2 px-4 pt-3 pb-2 lg:flex-row lg:items-center">
      <SearchField
        ref={searchRef}
        label={m.searchLabel}
        hideLabel
        placeholder={m.searchPlaceholder}
        value={query}
        onChange={onQueryChange}
        onKeyDown={onSearchKeyDown}
        aria-keyshortcuts="/"
        className="min-w-0 lg:min-w-56 lg:flex-1"
      />
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:flex lg:shrink-0">
        <Select
          label={m.presenceFilterLabel}
          hideLabel
          value={presence}
          onChange={onPresenceChange}
          options={presenceOptions.map((value) => ({ value, label: presenceLabels[value] }))}
          className="min-w-0 lg:min-w-40"
        />
        <Select
          label={m.departmentFilterLabel}
          hideLabel
          value={departmentId === null ? 'all' : String(departmentId)}
          onChange={(value) => onDepartmentChange(value === 'all' ? null : Number(value))}
          options={departmentOptions}
          displayLabel={departmentName}
          disabled={departments.length === 0}
          className="order-last col-span-2 min-w-0 sm:order-none sm:col-span-1 lg:w-56"
        />
        <Select
          label={m.orderLabel}
          hideLabel
          value={order}
          onChange={onOrderChange}
          options={orderOptions.map((value) => ({ value, label: orderLabels[value] }))}
          className="min-w-0 lg:min-w-40"
        />
      </div>
    </div>
  );
}
