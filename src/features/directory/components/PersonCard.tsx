/**
 * The person card (a modal dialog): larger avatar, name, position and presence in the header;
 * three actions sent to the portal window — write (imOpenMessenger), call (imCallTo), open the
 * profile (openPath); then departments (as paths), contacts with copy buttons, birthday and last
 * activity. The portal never says whether the actions worked, so nothing waits for them.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { callUser, openMessenger, openProfile } from '../../../b24';
import { formatBirthday, formatDateTime, formatRelativeTime, useI18n, useMessages } from '../../../i18n';
import { isBirthdayToday } from '../../../people/birthday';
import type { Presence } from '../../../people/presence';
import { lacksPresence } from '../../../people/presenceIndex';
import type { Person, Phones } from '../../../people/types';
import { Button, CopyButton, cx, Dialog, IconCake, IconChat, IconExternal, IconPhone, PersonAvatar, PresenceLabel } from '../../../ui';
import { fetchPresence, readPresence } from '../api/presenceCache';
import { directoryMessages, type DirectoryMessages } from '../messages';

/** The card refreshes the person's im object when ours is older than this. */
const CARD_FRESHNESS_MS = 60_000;

export interface PersonCardProps {
  person: Person | null;
  presence: Presence | null;
  /** Each department as names from the top down (see people/departments departmentPathNames). */
  departmentPaths: readonly (readonly string[])[];
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
    <div className="grid grid-cols-1 items-baseline gap-0.5 py-2 sm:grid-cols-[9rem_1fr] sm:gap-3">
      <dt className="text-muted">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** "Development › Frontend": the ancestors muted, the department itself in full ink. */
function DepartmentPath({ names }: { names: readonly string[] }) {
  const own = names[names.length - 1];
  return (
    <span>
      {names.slice(0, -1).map((name, i) => (
        <span key={i} className="text-muted">
          {name}
          <span aria-hidden="true"> › </span>
          <span className="sr-only">, </span>
        </span>
      ))}
      {own}
    </span>
  );
}

const linkClass = 'rounded-xs text-primary-ink underline decoration-primary-ink/40 underline-offset-2 transition-colors hover:decoration-primary-ink';

export function PersonCard({ person, presence, departmentPaths, isMe, now, onClose }: PersonCardProps) {
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
  const birthdayToday = isBirthdayToday(person.birthday, now);
  const lastSeen =
    presence.lastSeenAt === null
      ? m.neverSeen
      : `${formatRelativeTime(presence.lastSeenAt, now, locale)} (${formatDateTime(presence.lastSeenAt, now, locale)})`;

  return (
    <Dialog
      open
      onClose={onClose}
      title={
        <>
          {person.name}
          {isMe && <span className="font-normal text-muted"> ({m.you})</span>}
        </>
      }
      description={person.position ?? m.cardNoPosition}
      media={<PersonAvatar person={person} presence={presence} size="xl" decorative now={now} />}
      subtitle={
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="card-presence">
          <PresenceLabel presence={presence} gender={person.gender} now={now} />
          {birthdayToday && (
            <span className="inline-flex items-center gap-1 rounded-pill bg-primary-soft px-2 text-sm text-primary-ink">
              <IconCake size={14} />
              {m.birthdayToday}
            </span>
          )}
        </p>
      }
      initialFocus={writeRef}
    >
      <div className="flex flex-col gap-3 pb-3">
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
        <dl className="divide-y divide-line border-t border-line text-base">
          {departmentPaths.length > 0 && (
            <Fact term={departmentPaths.length > 1 ? m.cardDepartmentsMany : m.cardDepartments}>
              <ul>
                {departmentPaths.map((path, i) => (
                  <li key={i}>
                    <DepartmentPath names={path} />
                  </li>
                ))}
              </ul>
            </Fact>
          )}
          {person.email && (
            <Fact term={m.cardEmail}>
              <span className="flex max-w-full items-center gap-1.5">
                <a className={cx(linkClass, 'min-w-0 wrap-anywhere')} href={`mailto:${person.email}`}>
                  {person.email}
                </a>
                <CopyButton text={person.email} label={m.cardCopyEmail} copiedMessage={m.cardEmailCopied} className="-my-1" />
              </span>
            </Fact>
          )}
          {phones.length > 0 && (
            <Fact term={m.cardPhones}>
              <ul>
                {phones.map((kind) => {
                  const phone = person.phones[kind]!;
                  return (
                    <li key={kind} className="flex items-center gap-1.5">
                      <a className={cx(linkClass, 'min-w-0 wrap-anywhere')} href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
                        {phone}
                      </a>
                      <span className="shrink-0 text-muted">({phoneKind(kind, m)})</span>
                      <CopyButton text={phone} label={m.cardCopyPhone(phone)} copiedMessage={m.cardPhoneCopied} className="-my-1" />
                    </li>
                  );
                })}
              </ul>
            </Fact>
          )}
          {person.birthday && (
            <Fact term={m.cardBirthday}>
              {formatBirthday(person.birthday, locale)}
            </Fact>
          )}
          <Fact term={m.cardLastActivity}>{lastSeen}</Fact>
        </dl>
      </div>
    </Dialog>
  );
}
