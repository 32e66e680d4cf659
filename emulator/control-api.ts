/**
 * The emulator's control API under /emulator-api/ (docs/TEAM-CONTRACTS.md): state, reset,
 * config, faults, REST and frame logs, sessions (token pairs for the shell), options,
 * install-finish, the user list for pickers, and the internal truth about a user or the chats.
 * JSON in/out, CORS open. Wire types: emulator/types.ts.
 * Mutating endpoints answer the new state.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listUsers, parseUserListQuery } from './control-users';
import type { PortalStore } from './store';
import type { EmulatorChat, EmulatorState, EmulatorUser, FailNext, FaultPatch } from './types';
import { atomOrFalse } from './rest/datetime';
import { CONTROL_ALLOWED_HEADERS, readBody, sendJson, sendPreflight, setCors } from './rest/http';
import { imUserObject } from './rest/im-user-object';
import { isRecord } from './rest/params';
import { FULL, userRow } from './rest/user-row';
import { fullName } from './rest/visibility';
import { variantsAreDefault } from './variants';

const CONTROL_CORS = { methods: 'GET, POST, PATCH, DELETE, OPTIONS', headers: CONTROL_ALLOWED_HEADERS };

function host(req: IncomingMessage): string {
  return req.headers.host ?? 'localhost';
}

export function stateSnapshot(store: PortalStore, domain: string): EmulatorState {
  const current = store.user(store.config.currentUserId);
  const now = store.now();
  const config: EmulatorState['config'] = { ...store.config, placementOptions: { ...store.config.placementOptions }, scopes: [...store.config.scopes] };
  // Portal variants show only while one is on, so the default state keeps the contract's shape.
  if (!variantsAreDefault(store.variants)) config.variants = { ...store.variants };
  return {
    config,
    portal: {
      domain,
      memberId: store.memberId,
      users: store.data.users.length,
      seed: store.data.seed,
      installed: store.installed,
      edgeCases: { ...store.data.edgeCases },
    },
    currentUser: { id: store.config.currentUserId, name: current ? fullName(current) : '' },
    bucket: {
      level: Math.round(store.bucket.level(now) * 100) / 100,
      max: store.bucket.max,
      drainPerSec: store.bucket.drainPerSec,
      enabled: store.config.bucketEnabled,
    },
    faults: store.faults.snapshot,
    userOptions: { ...store.optionsOf(store.config.currentUserId) },
    appOptions: { ...store.appOptions },
    placements: store.placements.map((p) => ({ ...p, options: { ...p.options } })),
  };
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  if (text.trim() === '') return {};
  const parsed: unknown = JSON.parse(text);
  if (!isRecord(parsed)) throw new Error('JSON object expected');
  return parsed;
}

function faultPatch(body: Record<string, unknown>): FaultPatch {
  const patch: FaultPatch = {};
  if (typeof body.latencyMs === 'number') patch.latencyMs = body.latencyMs;
  if (body.failNext === null) patch.failNext = null;
  else if (isRecord(body.failNext) && typeof body.failNext.count === 'number') {
    patch.failNext = { count: body.failNext.count, status: body.failNext.status === 503 ? 503 : 500 } satisfies FailNext;
  }
  if (typeof body.statusSetFails === 'boolean') patch.statusSetFails = body.statusSetFails;
  return patch;
}

/** Chats for the inspector and tests; a private chat of two other users is titled "A — B". */
function chatsList(store: PortalStore): EmulatorChat[] {
  const me = store.config.currentUserId;
  const nameOf = (id: number) => {
    const user = store.user(id);
    return user ? fullName(user) : `#${id}`;
  };
  return store.data.chats.map((c) => {
    const mine = c.type === 'private' && c.memberIds.includes(me);
    const partnerId = mine ? (c.memberIds.find((id) => id !== me) ?? me) : null;
    let title = c.title;
    if (partnerId !== null) title = nameOf(partnerId);
    else if (c.type === 'private') title = c.memberIds.map(nameOf).join(' — ');
    return {
      id: c.id,
      dialogId: partnerId === null ? `chat${c.id}` : String(partnerId),
      title,
      memberIds: [...c.memberIds],
      type: c.type,
    };
  });
}

/** Handles a request under /emulator-api/. */
export async function handleControl(req: IncomingMessage, res: ServerResponse, url: URL, store: PortalStore): Promise<void> {
  if (req.method === 'OPTIONS') {
    sendPreflight(req, res, CONTROL_CORS);
    return;
  }
  setCors(req, res, CONTROL_CORS);
  const route = `${req.method ?? 'GET'} ${url.pathname.replace(/\/+$/, '')}`;
  const domain = host(req);
  const state = () => sendJson(res, 200, stateSnapshot(store, domain));
  try {
    switch (route) {
      case 'GET /emulator-api/state':
        return state();
      case 'POST /emulator-api/reset':
        store.reset(await jsonBody(req));
        return state();
      case 'PATCH /emulator-api/config':
        store.patchConfig(await jsonBody(req));
        return state();
      case 'POST /emulator-api/faults': {
        const body = await jsonBody(req);
        store.faults.merge(faultPatch(body));
        if (body.expireTokensNow === true) store.expireAllTokens();
        return state();
      }
      case 'DELETE /emulator-api/faults':
        store.faults.clear();
        return state();
      case 'GET /emulator-api/log': {
        const since = Number(url.searchParams.get('since') ?? 0) || 0;
        return sendJson(res, 200, { entries: store.restLog.filter((e) => e.id > since) });
      }
      case 'DELETE /emulator-api/log':
        store.clearLogs();
        return sendJson(res, 200, { entries: [] });
      case 'GET /emulator-api/frame-log':
        return sendJson(res, 200, { entries: store.frameLog });
      case 'POST /emulator-api/frame-log': {
        const body = await jsonBody(req);
        const entry = store.logFrame({
          at: new Date(store.now()).toISOString(),
          command: typeof body.command === 'string' ? body.command : '',
          params: body.params ?? null,
          answered: body.answered === true,
        });
        return sendJson(res, 200, entry);
      }
      case 'POST /emulator-api/session': {
        const body = await jsonBody(req);
        const refresh = typeof body.REFRESH_ID === 'string' ? body.REFRESH_ID : typeof body.refreshId === 'string' ? body.refreshId : undefined;
        const s = store.issueSession(refresh);
        return sendJson(res, 200, { AUTH_ID: s.AUTH_ID, AUTH_EXPIRES: s.AUTH_EXPIRES, REFRESH_ID: s.REFRESH_ID, MEMBER_ID: s.MEMBER_ID, DOMAIN: domain });
      }
      case 'POST /emulator-api/options': {
        const body = await jsonBody(req);
        if ((body.kind !== 'user' && body.kind !== 'app') || typeof body.name !== 'string') {
          return sendJson(res, 400, { error: 'kind (user|app) and name are required' });
        }
        store.setOption(body.kind, body.name, body.value);
        return state();
      }
      case 'POST /emulator-api/install-finish':
        store.installed = true;
        store.config.install = false;
        return state();
      case 'GET /emulator-api/chats':
        return sendJson(res, 200, chatsList(store));
      case 'GET /emulator-api/users':
        return sendJson(res, 200, listUsers(store.data, parseUserListQuery(url.searchParams), `http://${domain}`));
      default:
        break;
    }
    const userMatch = /^GET \/emulator-api\/users\/(\d+)$/.exec(route);
    const user = userMatch ? store.user(Number(userMatch[1])) : undefined;
    if (user) {
      const origin = `http://${domain}`;
      const now = store.now();
      const truth: EmulatorUser = {
        imUser: imUserObject(user, origin, now),
        userRow: userRow(user, FULL, null, origin, now),
        fired: !user.active,
        userType: user.kind,
        status: user.status,
        idle: atomOrFalse(user.idleSince),
      };
      return sendJson(res, 200, truth);
    }
    sendJson(res, 404, { error: `unknown control route: ${route}` });
  } catch (err) {
    sendJson(res, 400, { error: err instanceof Error ? err.message : String(err) });
  }
}
