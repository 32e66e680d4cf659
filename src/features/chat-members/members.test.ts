import { describe, expect, it } from 'vitest';
import { makePerson } from '../../people/fixtures';
import { derivePresence } from '../../people/presence';
import { memberRows, mergePages, remainingOffsets, summarise, withFreshPeople } from './members';

const NOW = Date.UTC(2026, 2, 2, 9, 30);
const recently = NOW - 60_000;
const longAgo = NOW - 3 * 24 * 3600_000;

describe('remainingOffsets', () => {
  it('asks for nothing when the first page had everyone', () => {
    expect(remainingOffsets(12, 12)).toEqual([]);
    expect(remainingOffsets(200, 200)).toEqual([]);
    expect(remainingOffsets(0, 0)).toEqual([]);
  });

  it('pages through the rest 200 at a time', () => {
    expect(remainingOffsets(200, 300)).toEqual([200]);
    expect(remainingOffsets(200, 401)).toEqual([200, 400]);
    expect(remainingOffsets(200, 1000)).toEqual([200, 400, 600, 800]);
  });

  it('continues after a short first page from where it ended', () => {
    expect(remainingOffsets(50, 120, 50)).toEqual([50, 100]);
  });

  it('pages by what the portal gives when it answers fewer than asked', () => {
    expect(remainingOffsets(50, 300)).toEqual([50, 100, 150, 200, 250]);
  });

  it('never loops on an empty first page', () => {
    expect(remainingOffsets(0, 500)).toEqual([]);
  });
});

describe('mergePages', () => {
  it('keeps page order and drops people repeated across pages', () => {
    const a = makePerson({ id: 1 });
    const b = makePerson({ id: 2 });
    const c = makePerson({ id: 3 });
    const merged = mergePages([
      { people: [a, b], total: 3, next: 2 },
      { people: [b, c], total: 3, next: null },
    ]);
    expect(merged.map((p) => p.id)).toEqual([1, 2, 3]);
  });
});

describe('withFreshPeople', () => {
  const anna = makePerson({ id: 1, presence: { lastActivityAt: longAgo } });
  const boris = makePerson({ id: 2, firstName: 'Boris', presence: { lastActivityAt: longAgo } });

  it('replaces refreshed people and keeps the rest', () => {
    const freshAnna = makePerson({ id: 1, presence: { lastActivityAt: recently } });
    const next = withFreshPeople([anna, boris], [freshAnna]);
    expect(next[0]).toBe(freshAnna);
    expect(next[1]).toBe(boris);
  });

  it('never adds someone who is not a member', () => {
    const stranger = makePerson({ id: 99 });
    const next = withFreshPeople([anna, boris], [stranger]);
    expect(next.map((p) => p.id)).toEqual([1, 2]);
  });

  it('returns the same array when nothing changed', () => {
    const list = [anna, boris];
    expect(withFreshPeople(list, [])).toBe(list);
    expect(withFreshPeople(list, [makePerson({ id: 7 })])).toBe(list);
  });
});

describe('memberRows and summarise', () => {
  const online = makePerson({ id: 1, firstName: 'Zoe', lastName: 'Zimmer', presence: { lastActivityAt: recently } });
  const dnd = makePerson({ id: 2, firstName: 'Anna', lastName: 'Adams', presence: { status: 'dnd', lastActivityAt: recently } });
  const offline = makePerson({ id: 3, firstName: 'Boris', lastName: 'Brown', position: 'Designer', presence: { lastActivityAt: longAgo } });
  const alsoOnline = makePerson({ id: 4, firstName: 'Carl', lastName: 'Clark', presence: { lastActivityAt: recently } });

  it('puts the reachable first, then sorts by name', () => {
    const rows = memberRows([offline, dnd, online, alsoOnline], { now: NOW, locale: 'en' });
    expect(rows.map((r) => r.person.id)).toEqual([4, 1, 2, 3]);
    expect(rows.map((r) => r.presence.state)).toEqual(['online', 'online', 'dnd', 'offline']);
  });

  it('filters by name or position', () => {
    expect(memberRows([offline, dnd, online], { now: NOW, locale: 'en', query: 'desig' }).map((r) => r.person.id)).toEqual([3]);
    expect(memberRows([offline, dnd, online], { now: NOW, locale: 'en', query: 'zoe zim' }).map((r) => r.person.id)).toEqual([1]);
    expect(memberRows([offline, dnd, online], { now: NOW, locale: 'en', query: '  ' })).toHaveLength(3);
  });

  it('counts who is online now (not dnd, not offline)', () => {
    const presences = [online, dnd, offline, alsoOnline].map((p) => derivePresence(p.presence, NOW));
    expect(summarise(presences)).toEqual({ total: 4, online: 2 });
  });
});
