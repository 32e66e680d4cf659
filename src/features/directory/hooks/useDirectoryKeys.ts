import { useRef, type KeyboardEvent } from 'react';
import type { PeopleListHandle } from '../components/PeopleList';
import { useSlashToSearch } from './useSlashToSearch';

/**
 * The keys between the search field and the list: "/" focuses the search (anywhere outside a text
 * field, and from a row), ArrowDown in the search moves into the list when it has rows.
 */
export function useDirectoryKeys(hasRows: boolean) {
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<PeopleListHandle>(null);
  useSlashToSearch(searchRef);

  const onSearchKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'ArrowDown' && hasRows) {
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

  return { searchRef, listRef, onSearchKeyDown, onOtherKey };
}
