import { describe, expect, it } from 'vitest';
import { EDGE_CASES, generatePortalData } from '../seed';
import type { PortalData, PortalUser } from '../types';
import { words } from './user-filter';
import { userIndex } from './user-index';

const NOW = Date.UTC(2026, 2, 2, 6, 30);
const fresh = (): PortalData => generatePortalData({ users: 400, seed: 11, now: NOW });

/** The slow, obvious definition the index must agree with. */
function bruteForce(data: PortalData, phrase: string): number[] {
  const wanted = words(phrase);
  return data.users
    .filter((u) => {
      const deps = u.departments.map((id) => data.departmentsById.get(id)?.name ?? '');
      const content = words([u.firstName, u.lastName, u.secondName, u.workPosition ?? '', ...deps].join(' '));
      return wanted.every((w) => content.some((c) => c.startsWith(w)));
    })
    .map((u) => u.id);
}

describe('userIndex', () => {
  it('phraseMatches agrees with a word-prefix scan (several words, any case, ё = е)', () => {
    const data = fresh();
    const index = userIndex(data);
    const someone = data.users[100] as PortalUser;
    const phrases = [
      someone.lastName.slice(0, 3),
      `${someone.firstName.slice(0, 2)} ${someone.lastName.slice(0, 2)}`.toUpperCase(),
      'преображ кутуз',
      'Фёд',
      'ген дир',
      'zzzz',
    ];
    for (const phrase of phrases) {
      expect([...(index.phraseMatches(phrase) ?? [])].sort((a, b) => a - b), phrase).toEqual(bruteForce(data, phrase));
    }
    expect(index.phraseMatches('преображ кутуз')).toEqual(new Set([EDGE_CASES.longName]));
    expect(index.phraseMatches(' ,. ')).toBeNull();
  });

  it('listableSorted: employees and extranet only, by field with ID ties, DESC keeps ID ASC ties', () => {
    const data = fresh();
    const byName = userIndex(data).listableSorted('last_name', false);
    expect(byName.every((u) => u.kind === 'employee' || u.kind === 'extranet')).toBe(true);
    expect(byName.map((u) => u.id)).not.toContain(EDGE_CASES.bot);
    for (let i = 1; i < byName.length; i++) {
      const a = byName[i - 1] as PortalUser;
      const b = byName[i] as PortalUser;
      const ka = a.lastName.toLowerCase().replace(/ё/g, 'е');
      const kb = b.lastName.toLowerCase().replace(/ё/g, 'е');
      expect(ka < kb || (ka === kb && a.id < b.id)).toBe(true);
    }
    const desc = userIndex(data).listableSorted('GENDER_UNKNOWN_FIELD', true);
    expect(desc.map((u) => u.id)).toEqual([...desc].map((u) => u.id).sort((x, y) => y - x));
  });

  it('sorting by last activity follows presence changes; other orders are cached per portal', () => {
    const data = fresh();
    const index = userIndex(data);
    expect(index.listableSorted('NAME', false)).toBe(index.listableSorted('name', false));
    const last = index.listableSorted('LAST_ACTIVITY_DATE', true)[0] as PortalUser;
    const sleeper = data.users.find((u) => u.kind === 'employee' && u.id !== last.id) as PortalUser;
    sleeper.lastActivity = (last.lastActivity ?? 0) + 60_000;
    expect(index.listableSorted('LAST_ACTIVITY_DATE', true)[0]?.id).toBe(sleeper.id);
    expect(userIndex(fresh())).not.toBe(index);
  });

  it('departmentMembers: the active employees of a department', () => {
    const data = fresh();
    const dep = data.departments[3]!.id;
    const expected = data.users.filter((u) => u.kind === 'employee' && u.active && u.departments.includes(dep)).map((u) => u.id);
    expect(userIndex(data).departmentMembers(dep).map((u) => u.id)).toEqual(expected);
    expect(userIndex(data).departmentMembers(99_999)).toEqual([]);
  });
});
