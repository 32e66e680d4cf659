import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import { cx } from '../../ui';
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

/** The members, the whole list for small chats, a virtual one (a window of rows) for big ones. */
export function MemberList(props: MemberListProps) {
  return props.rows.length > VIRTUALIZE_ABOVE ? <VirtualMemberList {...props} /> : <PlainMemberList {...props} />;
}

function PlainMemberList({ rows, meId, now, label, visibleIdsRef, className }: MemberListProps) {
  useEffect(() => {
    visibleIdsRef.current = rows.map((row) => row.person.id);
  });
  return (
    <div className={cx('overflow-y-auto', className)}>
      <ul aria-label={label} className="py-1">
        {rows.map(({ person, presence }) => (
          <li key={person.id}>
            <MemberRow person={person} presence={presence} isMe={person.id === meId} now={now} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function VirtualMemberList({ rows, meId, now, label, visibleIdsRef, className }: MemberListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
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
  return (
    <div ref={scrollRef} className={cx('overflow-y-auto', className)}>
      <ul aria-label={label} className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <li
              key={item.key}
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
