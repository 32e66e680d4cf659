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
import { useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref, type RefObject } from 'react';
import type { Presence } from '../../../people/presence';
import type { Person } from '../../../people/types';
import { NARROW_LIST_PX, PersonRow, PlaceholderRow, ROW_HEIGHT, ROW_HEIGHT_NARROW } from './PersonRow';

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

/** Whether the element is narrower than NARROW_LIST_PX, kept up to date as the frame resizes. */
function useNarrow(ref: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // 0 = no layout (tests): keep the wide rows.
    const update = () => setNarrow(el.clientWidth > 0 && el.clientWidth < NARROW_LIST_PX);
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return narrow;
}

export function PeopleList({ count, rowAt, label, placeholderLabel, meId, now, onOpen, onWindowChange, resetKey, handle, onOtherKey }: PeopleListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const narrow = useNarrow(scrollRef);
  const rowHeight = narrow ? ROW_HEIGHT_NARROW : ROW_HEIGHT;
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

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose (no React Compiler here)
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: OVERSCAN,
    rangeExtractor,
  });

  // Another row height (the frame got narrower or wider): drop the sizes measured with the old
  // one and keep the same person at the top of the screen.
  const laidOutHeight = useRef(rowHeight);
  useLayoutEffect(() => {
    const previous = laidOutHeight.current;
    if (previous === rowHeight) return;
    laidOutHeight.current = rowHeight;
    const el = scrollRef.current;
    const topRow = el ? Math.floor(el.scrollTop / previous) : 0;
    virtualizer.measure();
    if (el) el.scrollTop = topRow * rowHeight;
  }, [rowHeight, virtualizer]);

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
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
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
    <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto overscroll-contain" data-testid="people-scroll">
      <div
        role="listbox"
        aria-label={label}
        onKeyDown={onKeyDown}
        className="relative w-full"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const style = { top: item.start, height: rowHeight };
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
              narrow={narrow}
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
