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

  const departmentOptions = useMemo<SelectOption<string>[]>(() => {
    const tree = buildDepartmentTree(departments, { locale });
    return [
      { value: 'all', label: m.allDepartments },
      ...flattenDepartmentTree(tree).map((node) => ({
        value: String(node.department.id),
        label: '\u00a0\u00a0\u00a0'.repeat(node.depth) + node.department.name,
      })),
    ];
  }, [departments, locale, m.allDepartments]);

  return (
    <div className="flex flex-col gap-2 px-4 pt-3 pb-2 sm:flex-row sm:flex-wrap sm:items-end">
      <SearchField
        ref={searchRef}
        label={m.searchLabel}
        hideLabel
        placeholder={m.searchPlaceholder}
        value={query}
        onChange={onQueryChange}
        onKeyDown={onSearchKeyDown}
        className="min-w-0 sm:min-w-56 sm:flex-1"
      />
      <div className="flex flex-wrap gap-2">
        <Select
          label={m.presenceFilterLabel}
          hideLabel
          value={presence}
          onChange={onPresenceChange}
          options={presenceOptions.map((value) => ({ value, label: presenceLabels[value] }))}
          className="min-w-44"
        />
        <Select
          label={m.departmentFilterLabel}
          hideLabel
          value={departmentId === null ? 'all' : String(departmentId)}
          onChange={(value) => onDepartmentChange(value === 'all' ? null : Number(value))}
          options={departmentOptions}
          className="w-56 max-w-full"
        />
        <Select
          label={m.orderLabel}
          hideLabel
          value={order}
          onChange={onOrderChange}
          options={orderOptions.map((value) => ({ value, label: orderLabels[value] }))}
          className="min-w-44"
        />
      </div>
    </div>
  );
}
