import { openMessenger, openProfile } from '../../b24';
import { useMessages } from '../../i18n';
import type { Presence } from '../../people/presence';
import type { Person } from '../../people/types';
import { IconButton, IconUser, PersonAvatar, PresenceLabel, VisuallyHidden } from '../../ui';
import { chatMembersMessages } from './messages';

/** The fixed height of a member row (px): the virtual list positions rows by it. */
export const MEMBER_ROW_HEIGHT = 52;

export interface MemberRowProps {
  person: Person;
  presence: Presence;
  isMe: boolean;
  now: number;
}

/**
 * One member in a narrow column: avatar with the presence badge, the name, presence in words.
 * The row writes to the person (opens a 1:1 chat); the small button opens their profile. My own
 * row opens my profile.
 */
export function MemberRow({ person, presence, isMe, now }: MemberRowProps) {
  const m = useMessages(chatMembersMessages);
  const action = isMe ? m.openMyProfile : m.writeTo;
  return (
    <div className="flex items-center gap-1 px-2" style={{ height: MEMBER_ROW_HEIGHT }} data-person-id={person.id}>
      <button
        type="button"
        data-row-main
        title={action}
        onClick={() => (isMe ? openProfile(person.id) : openMessenger(person.id))}
        className="group flex min-w-0 flex-1 cursor-pointer items-center gap-2.5 rounded-control px-1.5 py-1 text-left hover:bg-surface-alt"
      >
        <PersonAvatar person={person} presence={presence} size="sm" now={now} decorative />
        <span className="flex min-w-0 flex-col">
          <span data-member-name className="truncate font-semibold text-ink">
            {person.name}
            {isMe && <span className="font-normal text-muted"> ({m.you})</span>}
          </span>
          <PresenceLabel presence={presence} gender={person.gender} now={now} compact className="truncate text-sm" />
        </span>
        <VisuallyHidden>, {action}</VisuallyHidden>
      </button>
      {!isMe && <IconButton size="sm" label={m.openProfileOf(person.name)} icon={<IconUser size={16} />} onClick={() => openProfile(person.id)} />}
    </div>
  );
}
