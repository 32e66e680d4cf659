import { describe, expect, it } from 'vitest';
import { EDGE_CASES, generatePortalData } from './seed';
import { churnPresence } from './seed/presence';
import { createRng } from './seed/rng';
import { PortalStore } from './store';
import type { PortalData } from './types';

const NOW = Date.UTC(2026, 2, 2, 6, 30);
const snapshot = (d: PortalData) => JSON.stringify({ users: d.users, departments: d.departments, chats: d.chats });

describe('determinism', () => {
  it('same (users, seed, now) ⇒ identical portal; another seed ⇒ a different one', () => {
    const a = generatePortalData({ users: 250, seed: 42, now: NOW });
    const b = generatePortalData({ users: 250, seed: 42, now: NOW });
    expect(snapshot(a)).toBe(snapshot(b));
    const c = generatePortalData({ users: 250, seed: 43, now: NOW });
    expect(snapshot(c)).not.toBe(snapshot(a));
  });

  it('generates 10,000 users in well under 2 s', () => {
    const t = performance.now();
    const data = generatePortalData({ users: 10_000, seed: 42, now: NOW });
    const ms = performance.now() - t;
    expect(data.users).toHaveLength(10_000);
    expect(ms).toBeLessThan(1500);
  });

  it('presence churn is deterministic and leaves protected users alone', () => {
    const run = () => {
      const d = generatePortalData({ users: 300, seed: 5, now: NOW });
      const changed = churnPresence(d.users, createRng(99), NOW + 15_000, { protectedIds: new Set([1]) });
      return { changed, d };
    };
    const x = run();
    const y = run();
    expect(x.changed).toEqual(y.changed);
    expect(x.changed.length).toBeGreaterThan(0);
    expect(snapshot(x.d)).toBe(snapshot(y.d));
    const before = generatePortalData({ users: 300, seed: 5, now: NOW }).usersById.get(1);
    expect(x.d.usersById.get(1)?.status).toBe(before?.status);
    expect(x.d.usersById.get(1)?.idleSince).toBe(before?.idleSince);
  });

  it('the store churns on tick and regenerates identically on reset', () => {
    const store = new PortalStore({ users: 100, seed: 9, now: () => NOW, churn: false });
    const first = snapshot(store.data);
    store.churnTick();
    expect(snapshot(store.data)).not.toBe(first);
    store.reset({});
    expect(snapshot(store.data)).toBe(first);
  });
});

describe('portal realism (250 users)', () => {
  const d = generatePortalData({ users: 250, seed: 42, now: NOW });
  const humans = d.users.filter((u) => u.kind === 'employee');

  it('mixes Russian (~60%) and English names', () => {
    const ru = humans.filter((u) => /[а-яё]/i.test(u.lastName)).length / humans.length;
    expect(ru).toBeGreaterThan(0.5);
    expect(ru).toBeLessThan(0.72);
  });

  it('has a realistic presence mix', () => {
    const online = humans.filter((u) => u.lastActivity !== null && NOW - u.lastActivity <= 1_440_000).length / humans.length;
    expect(online).toBeGreaterThan(0.25);
    expect(online).toBeLessThan(0.6);
    for (const s of ['online', 'dnd', 'away', 'break']) expect(humans.some((u) => u.status === s)).toBe(true);
    expect(humans.filter((u) => u.status === 'online').length / humans.length).toBeGreaterThan(0.6);
    expect(humans.some((u) => u.idleSince !== null)).toBe(true);
    expect(humans.some((u) => u.mobileLast !== null)).toBe(true);
    expect(humans.some((u) => u.absentUntil !== null && u.absentUntil > NOW)).toBe(true);
    expect(humans.some((u) => u.lastActivity !== null && NOW - u.lastActivity > 14 * 86_400_000)).toBe(true);
  });

  it('has contact data with gaps: phones false for some, no avatar for some, unique e-mails, birthdays', () => {
    expect(humans.some((u) => u.phones === false)).toBe(true);
    expect(humans.some((u) => u.phones !== false)).toBe(true);
    expect(humans.some((u) => !u.hasAvatar)).toBe(true);
    const emails = humans.map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(humans.some((u) => u.birthday !== null)).toBe(true);
  });

  it('puts every employee in 1-2 existing departments; the tree has a root, heads and 2-3 levels', () => {
    for (const u of humans) {
      expect(u.departments.length).toBeGreaterThanOrEqual(1);
      expect(u.departments.length).toBeLessThanOrEqual(2);
      for (const dep of u.departments) expect(d.departmentsById.has(dep)).toBe(true);
    }
    expect(d.departments.length).toBeGreaterThanOrEqual(10);
    expect(d.departments.filter((x) => x.parent === null)).toHaveLength(1);
    expect(d.departments.filter((x) => x.head !== null).length).toBeGreaterThan(d.departments.length / 2);
    const depth = (id: number): number => {
      const dep = d.departmentsById.get(id);
      return dep?.parent ? 1 + depth(dep.parent) : 0;
    };
    expect(Math.max(...d.departments.map((x) => depth(x.id)))).toBeGreaterThanOrEqual(2);
  });

  it('has chats: a general chat with all active employees, one without user 1, 1:1 dialogs of user 1', () => {
    const general = d.chatsById.get(1);
    expect(general?.memberIds.length).toBe(humans.filter((u) => u.active).length);
    expect(d.chats.some((c) => !c.memberIds.includes(1))).toBe(true);
    expect(d.chats.filter((c) => c.type === 'private' && c.memberIds.includes(1)).length).toBeGreaterThanOrEqual(5);
  });

  it('caps the general chat at 300 members for big portals', () => {
    const big = generatePortalData({ users: 2000, seed: 1, now: NOW });
    expect(big.chatsById.get(1)?.memberIds).toHaveLength(300);
  });
});

describe('edge cases at fixed ids', () => {
  const d = generatePortalData({ users: 250, seed: 42, now: NOW });
  const u = (id: number) => d.usersById.get(id);

  it('user 1 is an active admin employee with an ordinary name, online', () => {
    expect(u(1)).toMatchObject({ isAdmin: true, active: true, kind: 'employee', status: 'online' });
    expect(u(1)?.firstName).toMatch(/^[\p{L}-]+$/u);
  });

  it('has every documented edge case', () => {
    expect(u(EDGE_CASES.noAvatar)?.hasAvatar).toBe(false);
    expect(u(EDGE_CASES.nullPosition)?.workPosition).toBeNull();
    expect(u(EDGE_CASES.noPhones)?.phones).toBe(false);
    expect(u(EDGE_CASES.fired)?.active).toBe(false);
    expect(u(EDGE_CASES.extranet)?.kind).toBe('extranet');
    expect(u(EDGE_CASES.bot)?.kind).toBe('bot');
    expect(`${u(EDGE_CASES.longName)?.firstName} ${u(EDGE_CASES.longName)?.lastName}`.length).toBeGreaterThan(60);
    expect(u(EDGE_CASES.htmlName)?.firstName).toBe('<img src=x onerror=alert(1)>Hacker');
    expect(u(EDGE_CASES.emailUser)?.kind).toBe('email');
    expect(u(EDGE_CASES.openlines)?.kind).toBe('openlines');
  });

  it('tiny portals are grown to 12 users so the edge cases exist', () => {
    expect(generatePortalData({ users: 3, seed: 1, now: NOW }).users).toHaveLength(12);
  });
});
