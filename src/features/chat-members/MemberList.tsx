import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { cx } from '../../ui';
import { nextRowIndex } from './listKeys';
import type { MemberRowModel } from './members';
import { MEMBER_ROW_HEIGHT, MemberRow } from './MemberRow';

/** Up to this many members are all in the page; more are virtualised (a bounded number of rows). */
export const VIRTUALIZE_ABOVE = 50;
/** Rows rendered above and below the visible ones in a virtual list. */
const OVERSCAN = 6;

export interface MemberListProps {
  rows: readonly MemberRowModel[];
  meId: number | null;
  now: number;
  label: string;
  /** Filled with the ids of the people on screen (for the presence refresh). */
  visibleIdsRef: RefObject<readonly number[]>;
  /** Height rules of the scrolling box, e.g. 'flex-1 min-h-0' or 'max-h-[560px]'. */
  className?: string;
}

/**
 * The members, the whole list for small chats, a virtual one (a window of rows) for big ones.
 * Besides Tab, the arrow keys (and PageUp/PageDown, Home/End) move between the people.
 */
export function MemberList(props: MemberListProps) {
  return props.rows.length > VIRTUALIZE_ABOVE ? <VirtualMemberList {...props} /> : <PlainMemberList {...props} />;
}

/** Focuses the row button of person number `index` once it is in the document (a virtual list renders it a frame later). */
function focusRow(list: HTMLElement | null, index: number, framesLeft = 4): void {
  const button = list?.querySelector<HTMLElement>(`[data-row-index="${index}"] [data-row-main]`);
  if (button) button.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusRow(list, index, framesLeft - 1));
}

/**
 * A list's keydown: from the row the focus is in to the row the key asks for. A screenful (PageDown)
 * is the rows the scrolling `box` shows, less one for context.
 */
function moveByKey(e: KeyboardEvent<HTMLElement>, count: number, box: HTMLElement | null, goTo: (index: number) => void): void {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const row = (e.target as HTMLElement).closest<HTMLElement>('[data-row-index]');
  if (!row) return;
  const page = Math.max(1, Math.floor((box?.clientHeight ?? 0) / MEMBER_ROW_HEIGHT) - 1);
  const next = nextRowIndex(e.key, Number(row.dataset.rowIndex), count, page);
  if (next === null) return;
  e.preventDefault();
  goTo(next);
}

function PlainMemberList({ rows, meId, now, label, visibleIdsRef, className }: MemberListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    visibleIdsRef.current = rows.map((row) => row.person.id);
  });
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => moveByKey(e, rows.length, scrollRef.current, (index) => focusRow(listRef.current, index, 0));
  return (
    <div ref={scrollRef} className={cx('overflow-y-auto', className)}>
      <ul ref={listRef} aria-label={label} className="py-1" onKeyDown={onKeyDown}>
        {rows.map(({ person, presence }, index) => (
          <li key={person.id} data-row-index={index}>
            <MemberRow person={person} presence={presence} isMe={person.id === meId} now={now} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function VirtualMemberList({ rows, meId, now, label, visibleIdsRef, className }: MemberListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => MEMBER_ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.person.id ?? index,
    overscan: OVERSCAN,
    initialRect: { width: 320, height: 12 * MEMBER_ROW_HEIGHT },
  });
  const items = virtualizer.getVirtualItems();
  useEffect(() => {
    visibleIdsRef.current = items.map((item) => rows[item.index]?.person.id).filter((id): id is number => id !== undefined);
  });
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) =>
    moveByKey(e, rows.length, scrollRef.current, (index) => {
      virtualizer.scrollToIndex(index, { align: 'auto' });
      focusRow(listRef.current, index);
    });
  return (
    <div ref={scrollRef} className={cx('overflow-y-auto', className)}>
      <ul ref={listRef} aria-label={label} className="relative" style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
              data-row-index={item.index}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className="absolute top-0 left-0 w-full"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <MemberRow person={row.person} presence={row.presence} isMe={row.person.id === meId} now={now} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
