import { describe, expect, it } from 'vitest';
import { createControlClient, userListSearch } from './control-client';
import { toSelectedUser } from './users';

describe('toSelectedUser', () => {
  it('has the SelectedUser shape with a string id and a profile url', () => {
    const user = { id: 3, name: 'A B', position: 'P', avatar: 'http://p/avatars/3.svg', active: true, userType: 'employee' as const };
    expect(toSelectedUser(user)).toEqual({
      id: '3',
      name: 'A B',
      photo: 'http://p/avatars/3.svg',
      position: 'P',
      url: '/company/personal/user/3/',
      sub: false,
      sup: false,
    });
  });
});

describe('the user list request', () => {
  it('sends only the parameters that are set', () => {
    expect(userListSearch({})).toBe('');
    expect(userListSearch({ query: 'анна п', limit: 12, offset: 24, userType: 'employee', active: true })).toBe(
      '?query=%D0%B0%D0%BD%D0%BD%D0%B0+%D0%BF&limit=12&offset=24&userType=employee&active=1',
    );
    expect(userListSearch({ query: '', active: false })).toBe('?active=0');
  });

  it('userSummary asks the list for one exact id and answers null when nobody matches', async () => {
    const asked: string[] = [];
    const fakeFetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      asked.push(url);
      const users = url.includes('query=7') ? [{ id: 7, name: 'Bot', position: '', avatar: '', active: true, userType: 'bot' }] : [];
      return new Response(JSON.stringify({ total: users.length, users }), { status: 200 });
    }) as typeof fetch;
    const client = createControlClient('http://p', fakeFetch);
    expect(await client.userSummary(7)).toMatchObject({ id: 7, userType: 'bot' });
    expect(await client.userSummary(8)).toBeNull();
    expect(asked[0]).toBe('http://p/emulator-api/users?query=7&limit=1');
  });
});
