import type {
  ConfigPatch,
  EmulatorChat,
  EmulatorState,
  EmulatorUser,
  FaultPatch,
  FrameLogEntry,
  FrameLogReport,
  OptionKind,
  ResetBody,
  RestLogEntry,
  SessionTokens,
  UserList,
  UserListItem,
  UserListQuery,
} from '../../types';

export class ControlApiError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    body: string,
  ) {
    super(`Emulator control API ${path} answered ${status}${body ? `: ${body.slice(0, 300)}` : ''}`);
    this.name = 'ControlApiError';
  }
}

/** The query string of GET /emulator-api/users (only the parameters that are set). */
export function userListSearch(q: UserListQuery): string {
  const params = new URLSearchParams();
  if (q.query !== undefined && q.query !== '') params.set('query', q.query);
  if (q.limit !== undefined) params.set('limit', String(q.limit));
  if (q.offset !== undefined) params.set('offset', String(q.offset));
  if (q.userType !== undefined) params.set('userType', q.userType);
  if (q.active !== undefined) params.set('active', q.active ? '1' : '0');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A typed client for the emulator's control API (wire types: emulator/types.ts). `baseUrl` is the
 * portal origin ('' in the portal page itself, `http://localhost:5184` in tests).
 */
export function createControlClient(baseUrl: string, fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  const root = baseUrl.replace(/\/+$/, '');

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const init: RequestInit = { method };
    if (body !== undefined) {
      init.headers = { 'content-type': 'application/json' };
      init.body = JSON.stringify(body);
    }
    const res = await fetchImpl(`${root}/emulator-api${path}`, init);
    const text = await res.text();
    if (!res.ok) throw new ControlApiError(res.status, path, text);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    state: () => request<EmulatorState>('GET', '/state'),
    reset: (body: ResetBody = {}) => request<EmulatorState>('POST', '/reset', body),
    /** Config keys to change; `variants` may name only the portal variants to change. */
    config: (patch: ConfigPatch) => request<EmulatorState>('PATCH', '/config', patch),
    faults: (faults: FaultPatch) => request<EmulatorState>('POST', '/faults', faults),
    clearFaults: () => request<EmulatorState>('DELETE', '/faults'),
    log: async (since?: number) =>
      (await request<{ entries: RestLogEntry[] }>('GET', since === undefined ? '/log' : `/log?since=${since}`))
        .entries,
    clearLogs: () => request<unknown>('DELETE', '/log'),
    frameLog: async () => (await request<{ entries: FrameLogEntry[] }>('GET', '/frame-log')).entries,
    reportFrame: (entry: FrameLogReport) => request<unknown>('POST', '/frame-log', entry),
    /** A fresh token pair; with `refreshId`, for the user that refresh token belongs to. */
    session: (refreshId?: string) =>
      request<SessionTokens>('POST', '/session', refreshId ? { REFRESH_ID: refreshId } : undefined),
    setOption: (kind: OptionKind, name: string, value: unknown) =>
      request<unknown>('POST', '/options', { kind, name, value }),
    installFinish: () => request<unknown>('POST', '/install-finish'),
    user: (id: number) => request<EmulatorUser>('GET', `/users/${id}`),
    /** The compact user list (pickers): query, paging and optional userType / active filters. */
    users: (q: UserListQuery = {}) => request<UserList>('GET', `/users${userListSearch(q)}`),
    /** One user's list item by id, or null when there is no such user. */
    userSummary: async (id: number): Promise<UserListItem | null> =>
      (await request<UserList>('GET', `/users${userListSearch({ query: String(id), limit: 1 })}`)).users[0] ?? null,
    chats: () => request<EmulatorChat[]>('GET', '/chats'),
  };
}

export type ControlClient = ReturnType<typeof createControlClient>;
