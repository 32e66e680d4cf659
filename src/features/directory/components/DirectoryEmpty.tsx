import { useI18n, useMessages } from '../../../i18n';
import { Button, EmptyState, IconFilterOff, IconSearch, IconUsers } from '../../../ui';
import { directoryMessages, type DirectoryMessages } from '../messages';
import type { ClearChoice, EmptyReason, StatusChoice } from '../model/emptyReason';

export interface DirectoryEmptyProps {
  reason: EmptyReason;
  /** Clears the search, the filters, or both (the order stays; see clearFilters). */
  onClear: (what: ClearChoice) => void;
}

/** “Do not disturb” and “Sales”: the active filters as the selects name them. */
function filterList(status: StatusChoice | null, department: string | null, m: DirectoryMessages, locale: string): string {
  const labels: Record<StatusChoice, string> = { online: m.filterOnline, dnd: m.filterDnd, away: m.filterAway, offline: m.filterOffline };
  const parts = [status && labels[status], department].filter((p): p is string => !!p).map(m.quote);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}

/** Why the list is empty, in words, with the way back that fits the reason. */
export function DirectoryEmpty({ reason, onClear }: DirectoryEmptyProps) {
  const m = useMessages(directoryMessages);
  const { locale } = useI18n();

  switch (reason.kind) {
    case 'nobody':
      return <EmptyState icon={<IconUsers size={22} />} title={m.emptyDirectoryTitle} description={m.emptyDirectory} />;
    case 'no-match':
      return (
        <EmptyState
          icon={<IconSearch size={22} />}
          title={m.emptyNoMatchTitle}
          description={m.emptyNoMatch(reason.query)}
          action={<Button onClick={() => onClear(reason.filtered ? 'all' : 'search')}>{reason.filtered ? m.clearFilters : m.clearSearch}</Button>}
        />
      );
    case 'filters':
      return (
        <EmptyState
          icon={<IconFilterOff size={22} />}
          title={m.emptyFilterTitle}
          description={m.emptyFilter(reason.status && m.statusInSentence(reason.status), reason.department)}
          action={<Button onClick={() => onClear('filters')}>{m.clearStatusAndDepartment}</Button>}
        />
      );
    case 'filters-hide-matches': {
      const filters = filterList(reason.status, reason.department, m, locale);
      return (
        <EmptyState
          icon={<IconFilterOff size={22} />}
          title={m.emptyFilterTitle}
          description={
            reason.matches === null
              ? m.emptyQueryAndFilter(reason.query, filters)
              : m.emptyFilterHidesMatches(locale, reason.query, reason.matches, filters)
          }
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <Button variant="primary" onClick={() => onClear('filters')}>
                {reason.matches === null ? m.clearStatusAndDepartment : m.showAllMatches(locale, reason.matches)}
              </Button>
              <Button onClick={() => onClear('all')}>{m.clearFilters}</Button>
            </div>
          }
        />
      );
    }
  }
}
