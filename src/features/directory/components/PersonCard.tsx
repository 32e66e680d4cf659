/**
 * The person card (a modal dialog): larger avatar, name, presence, position, departments,
 * contacts, birthday, last activity, and three actions sent to the portal window — write
 * (imOpenMessenger), call (imCallTo), open the profile (openPath). The portal never says whether
 * they worked, so nothing waits for them.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { callUser, openMessenger, openProfile } from '../../../b24';
import { formatBirthday, formatDateTime, formatRelativeTime, useI18n, useMessages } from '../../../i18n';
import type { Presence } from '../../../people/presence';
import { lacksPresence } from '../../../people/presenceIndex';
import type { Person, Phones } from '../../../people/types';
import { Button, Dialog, IconChat, IconExternal, IconPhone, PersonAvatar, PresenceLabel } from '../../../ui';
import { fetchPresence, readPresence } from '../api/presenceCache';
import { directoryMessages, type DirectoryMessages } from '../messages';

/** The card refreshes the person's im object when ours is older than this. */
const CARD_FRESHNESS_MS = 60_000;

export interface PersonCardProps {
  person: Person | null;
  presence: Presence | null;
  departments: readonly string[];
  isMe: boolean;
  now: number;
  onClose: () => void;
}

const PHONE_KINDS: ReadonlyArray<keyof Phones> = ['work', 'mobile', 'inner', 'personal'];

function phoneKind(kind: keyof Phones, m: DirectoryMessages): string {
  return { work: m.phoneWork, mobile: m.phoneMobile, inner: m.phoneInner, personal: m.phonePersonal }[kind];
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[8.5rem_1fr] gap-2 py-1.5">
      <dt className="text-muted">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

export function PersonCard({ person, presence, departments, isMe, now, onClose }: PersonCardProps) {
  const m = useMessages(directoryMessages);
  const { locale } = useI18n();
  const qc = useQueryClient();
  const writeRef = useRef<HTMLButtonElement>(null);
  const personId = person?.id ?? null;

  useEffect(() => {
    if (personId === null) return;
    if (lacksPresence(readPresence(qc), personId, Date.now(), CARD_FRESHNESS_MS)) {
      fetchPresence(qc, [personId]).catch(() => {
        // The card still shows what we know; the b24 layer reports the failure.
      });
    }
  }, [qc, personId]);

  if (!person || !presence) return null;

  const phones = PHONE_KINDS.filter((kind) => person.phones[kind]);
  const lastSeen =
    presence.lastSeenAt === null
      ? m.neverSeen
      : `${formatRelativeTime(presence.lastSeenAt, now, locale)} (${formatDateTime(presence.lastSeenAt, now, locale)})`;

  return (
    <Dialog open onClose={onClose} title={person.name} description={person.position ?? m.cardNoPosition} initialFocus={writeRef}>
      <div className="flex flex-col gap-4 pb-2">
        <div className="flex items-center gap-4">
          <PersonAvatar person={person} presence={presence} size="xl" now={now} />
          <p className="text-base">
            <PresenceLabel presence={presence} gender={person.gender} now={now} />
          </p>
        </div>
        <div role="group" aria-label={m.cardActions} className="flex flex-wrap gap-2">
          <Button ref={writeRef} variant="primary" icon={<IconChat size={16} />} onClick={() => openMessenger(String(person.id))}>
            {m.cardWrite}
          </Button>
          {!isMe && (
            <Button icon={<IconPhone size={16} />} onClick={() => callUser(person.id, false)}>
              {m.cardCall}
            </Button>
          )}
          <Button icon={<IconExternal size={16} />} onClick={() => openProfile(person.id)}>
            {m.cardProfile}
          </Button>
        </div>
        <dl className="divide-y divide-line text-base">
          {departments.length > 0 && <Fact term={m.cardDepartments}>{departments.join(', ')}</Fact>}
          {person.email && (
            <Fact term={m.cardEmail}>
              <a className="text-primary-ink underline underline-offset-2" href={`mailto:${person.email}`}>
                {person.email}
              </a>
            </Fact>
          )}
          {phones.length > 0 && (
            <Fact term={m.cardPhones}>
              <ul>
                {phones.map((kind) => (
                  <li key={kind}>
                    <a className="text-primary-ink underline underline-offset-2" href={`tel:${person.phones[kind]!.replace(/[^\d+]/g, '')}`}>
                      {person.phones[kind]}
                    </a>{' '}
                    <span className="text-muted">({phoneKind(kind, m)})</span>
                  </li>
                ))}
              </ul>
            </Fact>
          )}
          {person.birthday && <Fact term={m.cardBirthday}>{formatBirthday(person.birthday, locale)}</Fact>}
          <Fact term={m.cardLastActivity}>{lastSeen}</Fact>
        </dl>
      </div>
    </Dialog>
  );
}
