/**
 * Builders of domain objects for tests (unit and component). Not used by the app itself.
 */
import type { Presence } from './presence';
import type { Person, PresenceFacts } from './types';

export function makeFacts(over: Partial<PresenceFacts> = {}): PresenceFacts {
  return {
    source: 'im',
    status: 'online',
    idleSince: null,
    lastActivityAt: null,
    mobileLastAt: null,
    desktopLastAt: null,
    absentUntil: null,
    onlineFlag: null,
    ...over,
  };
}

export function makePerson(over: Partial<Omit<Person, 'presence'>> & { presence?: Partial<PresenceFacts> } = {}): Person {
  const firstName = over.firstName ?? 'Anna';
  const lastName = over.lastName ?? 'Ivanova';
  const { presence, ...rest } = over;
  return {
    id: 1,
    name: `${firstName} ${lastName}`.trim(),
    firstName,
    lastName,
    position: null,
    departmentIds: [],
    avatarUrl: null,
    color: '#048bd0',
    email: null,
    phones: {},
    birthday: null,
    gender: null,
    isExtranet: false,
    isBot: false,
    ...rest,
    presence: makeFacts(presence),
  };
}

/** A derived presence: online, nothing else known (override any field). */
export function makePresence(over: Partial<Presence> = {}): Presence {
  return {
    state: 'online',
    onMobile: false,
    lastSeenAt: null,
    idleSince: null,
    absentUntil: null,
    chosen: null,
    ...over,
  };
}
