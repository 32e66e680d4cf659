/**
 * The virtualised people list: a `listbox` whose options are the rows in the DOM (a few dozen,
 * whatever the count), each telling its place with aria-posinset / aria-setsize.
 *
 * Keyboard: real focus moves between options (roving tabindex: one Tab stop, the active row).
 * We chose this over aria-activedescendant because it works the same in every screen reader
 * (VoiceOver follows real focus reliably, activedescendant less so) and a listbox puts NVDA and
 * JAWS in focus mode, so the arrow keys reach us. The active row is always kept rendered (custom
 * range extractor), so focus is never lost when it scrolls out of view.
 * ArrowUp/Down, PageUp/Down, Home/End move; Enter (or Space) opens the person.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Presence } from '../../../people/presence';
import type { Person } from '../../../people/types';
import { PersonRow, PlaceholderRow, ROW_HEIGHT } from './PersonRow';

export interface ListRow {
  person: Person;
  presence: Presence;
  departments: readonly string[];
}

export interface PeopleListHandle {
  /** Focuses the active row (the first one at the start). */
  focusActive(): void;
}

export interface PeopleListProps {
  count: number;
  /** The row at an index, or null for a placeholder (not loaded yet). */
  rowAt: (index: number) => ListRow | null;
  label: string;
  placeholderLabel: string;
  meId: number | null;
  now: number;
  onOpen: (person: Person) => void;
  /** The first and last visible rows, after every scroll or resize. */
  onWindowChange?: (first: number, last: number) => void;
  /** A new list (other search or filter): go back to the top. */
  resetKey?: string;
  handle?: Ref<PeopleListHandle>;
  /** Keys pressed on a row that the list does not use (e.g. "/" to search). */
  onOtherKey?: (e: KeyboardEvent) => void;
}

const OVERSCAN = 6;

export function PeopleList({ count, rowAt, label, placeholderLabel, meId, now, onOpen, onWindowChange, resetKey, handle, onOtherKey }: PeopleListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const [activeState, setActive] = useState(0);
  const active = Math.min(activeState, Math.max(0, count - 1));
  /** The active row for callbacks the virtualizer and key handlers run (kept in step below). */
  const activeRef = useRef(active);
  useLayoutEffect(() => {
    activeRef.current = active;
  }, [active]);

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const keep = activeRef.current;
    if (keep < range.count && !indexes.includes(keep)) {
      indexes.push(keep);
      indexes.sort((a, b) => a - b);
    }
    return indexes;
  }, []);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    rangeExtractor,
  });

  const rowId = (index: number) => `${listId}-row-${index}`;

  const focusRow = useCallback(
    (index: number) => {
      if (count === 0) return;
      const target = Math.max(0, Math.min(count - 1, index));
      activeRef.current = target;
      setActive(target);
      virtualizer.scrollToIndex(target, { align: 'auto' });
      // The row may only be rendered on the next frame.
      requestAnimationFrame(() => document.getElementById(rowId(target))?.focus({ preventScroll: true }));
    },
    // rowId depends on listId only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [count, virtualizer, listId],
  );

  useImperativeHandle(handle, () => ({ focusActive: () => focusRow(activeRef.current) }), [focusRow]);

  useEffect(() => {
    if (resetKey === undefined) return;
    setActive(0);
    activeRef.current = 0;
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const range = virtualizer.range;
  const first = range?.startIndex ?? 0;
  const last = range?.endIndex ?? -1;
  useEffect(() => {
    if (count > 0 && last >= first) onWindowChange?.(first, Math.min(last, count - 1));
  }, [first, last, count, onWindowChange]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const at = activeRef.current;
    switch (e.key) {
      case 'ArrowDown':
        focusRow(at + 1);
        break;
      case 'ArrowUp':
        focusRow(at - 1);
        break;
      case 'PageDown':
        focusRow(at + page);
        break;
      case 'PageUp':
        focusRow(at - page);
        break;
      case 'Home':
        focusRow(0);
        break;
      case 'End':
        focusRow(count - 1);
        break;
      case 'Enter':
      case ' ': {
        const row = rowAt(at);
        if (row) onOpen(row.person);
        break;
      }
      default:
        onOtherKey?.(e);
        return;
    }
    e.preventDefault();
  };

  const onActivate = useCallback((index: number) => {
    activeRef.current = index;
    setActive(index);
  }, []);

  return (
    <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto" data-testid="people-scroll">
      <div
        role="listbox"
        aria-label={label}
        onKeyDown={onKeyDown}
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const style = { top: item.start, height: ROW_HEIGHT };
          const row = rowAt(item.index);
          if (!row) return <PlaceholderRow key={item.key} style={style} label={placeholderLabel} />;
          return (
            <PersonRow
              key={item.key}
              id={rowId(item.index)}
              person={row.person}
              presence={row.presence}
              departments={row.departments}
              isMe={row.person.id === meId}
              now={now}
              index={item.index}
              setSize={count}
              active={item.index === active}
              style={style}
              onOpen={onOpen}
              onActivate={onActivate}
            />
          );
        })}
      </div>
    </div>
  );
}
