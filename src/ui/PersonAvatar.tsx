import { useI18n } from '../i18n';
import { initialsOf } from '../people/initials';
import type { Presence } from '../people/presence';
import type { Person } from '../people/types';
import { Avatar, type AvatarSize } from './Avatar';
import { PresenceBadge } from './PresenceBadge';

export interface PersonAvatarProps {
  person: Pick<Person, 'id' | 'name' | 'firstName' | 'lastName' | 'avatarUrl' | 'color' | 'gender'>;
  /** Derived presence; omit to show no badge. */
  presence?: Presence | null;
  size?: AvatarSize;
  /** See Avatar: hide the picture (not the badge) when the name is written beside it. */
  decorative?: boolean;
  now?: number;
  className?: string;
}

/** A person's avatar with their presence badge at the corner (the kit's person picture). */
export function PersonAvatar({ person, presence, size = 'md', decorative, now, className }: PersonAvatarProps) {
  const { locale } = useI18n();
  return (
    <Avatar
      name={person.name}
      src={person.avatarUrl}
      color={person.color}
      id={person.id}
      initials={initialsOf(person, locale)}
      size={size}
      decorative={decorative}
      className={className}
      badge={presence ? <PresenceBadge presence={presence} size={size} gender={person.gender} now={now} /> : undefined}
    />
  );
}
