import { describe, expect, it } from 'vitest';
import { makePerson } from './fixtures';
import { EMPTY_PRESENCE_INDEX, idsLackingPresence, lacksPresence, personWithIm, withImPeople } from './presenceIndex';

const NOW = Date.UTC(2026, 2, 2, 12, 0, 0);

const directoryAnna = makePerson({
  id: 7,
  position: 'Developer',
  email: null,
  avatarUrl: null,
  color: null,
  presence: { source: 'directory', status: null, onlineFlag: true, lastActivityAt: NOW - 60_000 },
});
const imAnna = makePerson({
  id: 7,
  position: 'Senior developer',
  email: 'anna@example.com',
  avatarUrl: 'https://portal.example/a.png',
  color: '#ff0000',
  presence: { source: 'im', status: 'dnd', lastActivityAt: NOW - 30_000 },
});

describe('withImPeople', () => {
  it('records people with the time of the answer, newer answers winning', () => {
    const first = withImPeople(EMPTY_PRESENCE_INDEX, [imAnna], NOW - 10_000);
    expect(first.get(7)?.at).toBe(NOW - 10_000);
    const older = withImPeople(first, [{ ...imAnna, position: 'old' }], NOW - 20_000);
    expect(older.get(7)?.person.position).toBe('Senior developer');
    const newer = withImPeople(first, [{ ...imAnna, position: 'new' }], NOW);
    expect(newer.get(7)?.person.position).toBe('new');
    expect(first.get(7)?.person.position).toBe('Senior developer'); // immutable
  });

  it('returns the same index when nothing arrives', () => {
    expect(withImPeople(EMPTY_PRESENCE_INDEX, [], NOW)).toBe(EMPTY_PRESENCE_INDEX);
  });
});

describe('lacksPresence / idsLackingPresence', () => {
  const index = withImPeople(EMPTY_PRESENCE_INDEX, [imAnna, makePerson({ id: 8 })], NOW - 90_000);

  it('lacks when unknown or older than the allowed age', () => {
    expect(lacksPresence(index, 7, NOW)).toBe(false);
    expect(lacksPresence(index, 9, NOW)).toBe(true);
    expect(lacksPresence(index, 7, NOW, 60_000)).toBe(true);
    expect(lacksPresence(index, 7, NOW, 120_000)).toBe(false);
  });

  it('lists the lacking ids in order without repeats', () => {
    expect(idsLackingPresence(index, [9, 7, 10, 9, 8], NOW)).toEqual([9, 10]);
    expect(idsLackingPresence(index, [9, 7, 10, 9, 8], NOW, 60_000)).toEqual([9, 7, 10, 8]);
  });
});

describe('personWithIm', () => {
  it('keeps a directory person as is without an im object', () => {
    expect(personWithIm(directoryAnna, undefined)).toBe(directoryAnna);
  });

  it('takes im facts: presence, contacts, avatar, colour', () => {
    const merged = personWithIm(directoryAnna, { person: imAnna, at: NOW });
    expect(merged.presence.source).toBe('im');
    expect(merged.presence.status).toBe('dnd');
    expect(merged.presence.onlineFlag).toBe(true); // kept from the directory row
    expect(merged.email).toBe('anna@example.com');
    expect(merged.avatarUrl).toBe('https://portal.example/a.png');
    expect(merged.color).toBe('#ff0000');
    expect(merged.position).toBe('Senior developer');
  });

  it('puts my chosen status over the im object (optimistic DND)', () => {
    const merged = personWithIm(directoryAnna, { person: { ...imAnna, presence: { ...imAnna.presence, status: 'online' } }, at: NOW }, 'dnd');
    expect(merged.presence.status).toBe('dnd');
    const same = personWithIm(directoryAnna, { person: imAnna, at: NOW }, 'dnd');
    expect(same.presence.status).toBe('dnd');
  });

  it('ignores a chosen status while only directory facts are known', () => {
    expect(personWithIm(directoryAnna, undefined, 'dnd')).toBe(directoryAnna);
  });
});
