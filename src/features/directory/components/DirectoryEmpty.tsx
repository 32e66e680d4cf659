import { useMessages } from '../../../i18n';
import { Button, EmptyState, IconSearch, IconUsers } from '../../../ui';
import { directoryMessages } from '../messages';

export interface DirectoryEmptyProps {
  /** Nobody at all (no filter in play). */
  nobody: boolean;
  query: string;
  /** A status or department filter is on. */
  filtered: boolean;
  onClear: () => void;
}

/** Why the list is empty: nobody in the portal, no match for the search, or filters too narrow. */
export function DirectoryEmpty({ nobody, query, filtered, onClear }: DirectoryEmptyProps) {
  const m = useMessages(directoryMessages);
  if (nobody) return <EmptyState icon={<IconUsers size={22} />} title={m.emptyDirectoryTitle} description={m.emptyDirectory} />;
  const byQuery = query.trim() !== '' && !filtered;
  return (
    <EmptyState
      icon={<IconSearch size={22} />}
      title={byQuery ? m.emptyNoMatchTitle : m.emptyFilterTitle}
      description={byQuery ? m.emptyNoMatch(query.trim()) : m.emptyFilter}
      action={<Button onClick={onClear}>{m.clearFilters}</Button>}
    />
  );
}
