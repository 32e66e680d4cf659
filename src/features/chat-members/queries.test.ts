import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { setRestTransport } from '../../b24';
import type { RestParams } from '../../b24/transport';
import { createFakeTransport, imUser, listAnswer, restError } from '../../b24/testing';
import { peopleKeys } from '../../people/queries';
import { fetchDialogMembers, loadSidebarMembers } from './queries';

function chatOf(size: number) {
  const users = Array.from({ length: size }, (_, i) => imUser({ id: i + 1 }));
  return ({ OFFSET, LIMIT }: RestParams) => {
    const offset = Number(OFFSET ?? 0);
    const limit = Math.min(200, Number(LIMIT ?? 50));
    return listAnswer(users.slice(offset, offset + limit), users.length);
  };
}

function portal(size: number) {
  const rest = createFakeTransport({
    'im.user.get': () => imUser({ id: 1, name: 'Me Myself' }),
    'im.user.status.get': () => 'dnd',
    'im.dialog.users.list': chatOf(size),
  });
  setRestTransport(rest);
  return rest;
}

/** HTTP requests the app made: single calls plus whole batches (not the commands inside batches). */
function requestCount(rest: ReturnType<typeof createFakeTransport>): number {
  const inBatches = rest.batches.reduce((n, keys) => n + keys.length, 0);
  return rest.calls.length - inBatches;
}

afterEach(() => setRestTransport(null));

describe('loadSidebarMembers', () => {
  it('loads me, my status and a small chat in one batch request, and seeds the shared caches', async () => {
    const rest = portal(12);
    const client = new QueryClient();
    const members = await loadSidebarMembers(client, 'chat5');
    expect(members.people).toHaveLength(12);
    expect(members.total).toBe(12);
    expect(rest.batches).toHaveLength(1);
    expect(requestCount(rest)).toBe(1);
    const dialogCall = rest.calls.find((c) => c.method === 'im.dialog.users.list');
    expect(dialogCall?.params).toMatchObject({ DIALOG_ID: 'chat5', OFFSET: 0, LIMIT: 200 });
    expect(client.getQueryData(peopleKeys.myStatus())).toBe('dnd');
    expect(client.getQueryData<{ name: string }>(peopleKeys.me())?.name).toBe('Me Myself');
  });

  it('costs two requests for a 300-member chat', async () => {
    const rest = portal(300);
    const members = await loadSidebarMembers(new QueryClient(), 'chat1');
    expect(members.people.map((p) => p.id)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(requestCount(rest)).toBe(2);
    expect(rest.calls.filter((c) => c.method === 'im.dialog.users.list').map((c) => c.params.OFFSET)).toEqual([0, 200]);
  });

  it('asks for every remaining page of a very big chat in one more batch', async () => {
    const rest = portal(650);
    const members = await loadSidebarMembers(new QueryClient(), 'chat1');
    expect(members.people).toHaveLength(650);
    expect(rest.batches).toHaveLength(2);
    expect(rest.batches[1]).toHaveLength(3);
    expect(requestCount(rest)).toBe(2);
  });

  it('misses nobody when the portal answers fewer members per page than asked', async () => {
    const users = Array.from({ length: 300 }, (_, i) => imUser({ id: i + 1 }));
    const rest = portal(0);
    rest.handle({ 'im.dialog.users.list': ({ OFFSET }) => listAnswer(users.slice(Number(OFFSET ?? 0), Number(OFFSET ?? 0) + 50), 300) });
    const members = await loadSidebarMembers(new QueryClient(), 'chat1');
    expect(members.people.map((p) => p.id)).toEqual(users.map((u) => u.id));
    expect(requestCount(rest)).toBe(2);
  });

  it('follows the portal’s "more" page after page when it gives no total', async () => {
    const users = Array.from({ length: 450 }, (_, i) => imUser({ id: i + 1 }));
    const rest = portal(0);
    rest.handle({
      'im.dialog.users.list': ({ OFFSET }) => {
        const offset = Number(OFFSET ?? 0);
        return listAnswer(users.slice(offset, offset + 200), 0, offset + 200 < users.length);
      },
    });
    const members = await loadSidebarMembers(new QueryClient(), 'chat1');
    expect(members.people).toHaveLength(450);
    expect(rest.calls.filter((c) => c.method === 'im.dialog.users.list').map((c) => c.params.OFFSET)).toEqual([0, 200, 400]);
  });

  it('fails with the portal’s refusal when I may not see the chat', async () => {
    const rest = portal(5);
    rest.handle({ 'im.dialog.users.list': () => restError('ACCESS_ERROR', 403, "You don't have access to this chat") });
    await expect(loadSidebarMembers(new QueryClient(), 'chat9')).rejects.toMatchObject({ kind: 'access-denied', code: 'ACCESS_ERROR' });
  });
});

describe('fetchDialogMembers', () => {
  it('shows a 1:1 dialog as its two people in one call', async () => {
    const rest = createFakeTransport({
      'im.dialog.users.list': ({ DIALOG_ID }) => listAnswer([imUser({ id: 1 }), imUser({ id: Number(DIALOG_ID) })], 2),
    });
    setRestTransport(rest);
    const members = await fetchDialogMembers('47');
    expect(members.people.map((p) => p.id)).toEqual([1, 47]);
    expect(requestCount(rest)).toBe(1);
  });
});
