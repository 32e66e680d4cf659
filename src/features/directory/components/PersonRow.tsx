import { memo, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { useMessages } from '../../../i18n';
import { isBirthdayToday } from '../../../people/birthday';
import type { Presence } from '../../../people/presence';
import type { Person } from '../../../people/types';
import { cx, IconCake, PersonAvatar, PresenceLabel } from '../../../ui';
import { directoryMessages } from '../messages';

/** Row heights: two lines beside the avatar, or three in a narrow frame (presence on its own line). */
export const ROW_HEIGHT = 60;
export const ROW_HEIGHT_NARROW = 76;
/** Below this list width the row stacks name, position and presence. */
export const NARROW_LIST_PX = 520;

export interface PersonRowProps {
  id: string;
  person: Person;
  presence: Presence;
  /** Department names of the person, in their order. */
  departments: readonly string[];
  isMe: boolean;
  now: number;
  index: number;
  setSize: number;
  active: boolean;
  /** Three stacked lines (a narrow frame) instead of presence on the right. */
  narrow?: boolean;
  style: CSSProperties;
  onOpen: (person: Person) => void;
  onActivate: (index: number) => void;
}

const ROW_CLASSES = cx(
  'group absolute left-0 flex w-full cursor-pointer items-center gap-3 border-b border-line px-4',
  'transition-colors duration-150 hover:bg-surface-alt focus-visible:bg-surface-alt focus-visible:-outline-offset-2',
);

/**
 * One person as a listbox option: avatar with presence badge, name (as text, always), position and
 * departments, and presence in words. The option is named by the name and described by the rest.
 */
export const PersonRow = memo(function PersonRow({
  id,
  person,
  presence,
  departments,
  isMe,
  now,
  index,
  setSize,
  active,
  narrow = false,
  style,
  onOpen,
  onActivate,
}: PersonRowProps) {
  const m = useMessages(directoryMessages);
  const secondary = [person.position, departments.join(', ')].filter(Boolean).join(' · ');
  const birthday = isBirthdayToday(person.birthday, now);
  const open = (e: MouseEvent | KeyboardEvent) => {
    e.preventDefault();
    onOpen(person);
  };
  const described = [`${id}-presence`, `${id}-secondary`, birthday && `${id}-birthday`].filter(Boolean).join(' ');
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-labelledby={`${id}-name`}
      aria-describedby={described}
      tabIndex={active ? 0 : -1}
      data-person-id={person.id}
      data-presence={presence.state}
      data-presence-source={person.presence.source}
      style={style}
      onClick={open}
      onFocus={() => onActivate(index)}
      className={ROW_CLASSES}
    >
      <PersonAvatar person={person} presence={presence} decorative now={now} />
      <div className="flex min-w-0 flex-1 flex-col">
        <span className="flex min-w-0 items-center gap-1.5">
          <span id={`${id}-name`} className="truncate font-semibold text-ink">
            {person.name}
            {isMe && <span className="font-normal text-muted"> ({m.you})</span>}
          </span>
          {birthday && (
            <span className="inline-flex shrink-0 text-primary-ink" title={m.birthdayToday} data-testid="birthday-today">
              <IconCake size={15} />
              <span id={`${id}-birthday`} className="sr-only">
                {m.birthdayToday}
              </span>
            </span>
          )}
        </span>
        <span id={`${id}-secondary`} className="truncate text-sm text-muted">
          {secondary}
        </span>
        {narrow && <PresenceLabel presence={presence} gender={person.gender} now={now} compact className="truncate text-sm" />}
      </div>
      {!narrow && (
        <PresenceLabel
          presence={presence}
          gender={person.gender}
          now={now}
          compact
          className="max-w-[40%] shrink-0 truncate text-right text-sm"
        />
      )}
      <span id={`${id}-presence`} className="sr-only">
        <PresenceLabel presence={presence} gender={person.gender} now={now} />
      </span>
    </div>
  );
});

/** A row-shaped placeholder for a person not loaded yet (paged lists). */
export function PlaceholderRow({ style, label }: { style: CSSProperties; label: string }) {
  return (
    <div role="option" aria-selected={false} aria-disabled="true" aria-label={label} style={style} className="absolute left-0 flex w-full items-center gap-3 border-b border-line px-4">
      <span aria-hidden="true" className="block size-10 shrink-0 animate-pulse rounded-full bg-skeleton" />
      <span aria-hidden="true" className="flex flex-1 flex-col gap-2">
        <span className="block h-3.5 w-40 max-w-3/5 animate-pulse rounded-sm bg-skeleton" />
        <span className="block h-3 w-56 max-w-4/5 animate-pulse rounded-sm bg-skeleton" />
      </span>
    </div>
  );
}
