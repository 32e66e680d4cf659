/**
 * Deterministic portal generator: (users, seed, now) → users, department tree and chats.
 * Same inputs ⇒ identical data (tests pass a fixed `now`; the portal passes the clock).
 *
 * Edge cases live at fixed small ids so tests and the app team can find them
 * (also returned by GET /emulator-api/state as portal.edgeCases):
 *
 * | id | key          | what it is                                                            |
 * |----|--------------|-----------------------------------------------------------------------|
 * |  1 | (current)    | default current user: admin, active employee, ordinary name, online   |
 * |  2 | noAvatar     | no avatar: im `avatar: ""`, no PERSONAL_PHOTO                          |
 * |  3 | nullPosition | `work_position: null` (user.get omits WORK_POSITION)                   |
 * |  4 | noPhones     | `phones: false`, no phone fields in user.get                           |
 * |  5 | fired        | ACTIVE false — excluded by user.get ACTIVE:true                        |
 * |  6 | extranet     | USER_TYPE extranet, no departments, `extranet: true`                   |
 * |  7 | bot          | chat bot: `bot: true`, never in user.get / user.search                 |
 * |  8 | longName     | very long first/last name and position                                 |
 * |  9 | htmlName     | first name `<img src=x onerror=alert(1)>Hacker`, HTML in the position  |
 * | 10 | emailUser    | e-mail (USER_TYPE email) user, never in user.get                       |
 * | 11 | openlines    | open-lines connector user (`connector: true`), never in user.get       |
 *
 * Portals smaller than 12 users are grown to 12 so every edge case exists.
 */
import type { EdgeCases, PortalData, PortalUser } from './types';
import { generateChats } from './seed/chats';
import { planDepartments } from './seed/departments';
import { assignHeads, generatePeople } from './seed/people';
import { createRng } from './seed/rng';

export const MIN_USERS = 12;
export const DEFAULT_USERS = 250;
export const DEFAULT_SEED = 42;

export const EDGE_CASES: EdgeCases = {
  noAvatar: 2,
  nullPosition: 3,
  noPhones: 4,
  fired: 5,
  extranet: 6,
  bot: 7,
  longName: 8,
  htmlName: 9,
  emailUser: 10,
  openlines: 11,
};

export interface SeedOptions {
  users?: number;
  seed?: number;
  now: number;
}

const patch = (user: PortalUser, fields: Partial<PortalUser>): void => {
  Object.assign(user, fields);
};

function applyEdgeCases(byId: Map<number, PortalUser>, now: number): void {
  const get = (id: number): PortalUser => {
    const u = byId.get(id);
    if (!u) throw new Error(`edge-case user ${id} missing`);
    return u;
  };
  const current = get(1);
  patch(current, { isAdmin: true, active: true, kind: 'employee', status: 'online', idleSince: null, absentUntil: null });
  patch(current, { sessionActive: true, lastActivity: now - 30_000, hasAvatar: true });

  get(EDGE_CASES.noAvatar).hasAvatar = false;
  get(EDGE_CASES.nullPosition).workPosition = null;
  get(EDGE_CASES.noPhones).phones = false;
  const fired = get(EDGE_CASES.fired);
  patch(fired, { active: false, sessionActive: false, idleSince: null, absentUntil: null });
  fired.lastActivity = now - 40 * 86_400_000;

  const extranet = get(EDGE_CASES.extranet);
  patch(extranet, { kind: 'extranet', departments: [], workPosition: 'Partner manager (Acme Ltd.)', email: 'partner@acme.example' });

  const bot = get(EDGE_CASES.bot);
  patch(bot, {
    kind: 'bot', externalAuthId: 'bot', firstName: 'HR-бот', lastName: '', secondName: '', departments: [], workPosition: 'Чат-бот',
    phones: false, email: '', birthday: null, status: 'online', sessionActive: false, idleSince: null, absentUntil: null,
    lastActivity: null, mobileLast: null, desktopLast: null, website: '', lastLogin: null,
  });

  patch(get(EDGE_CASES.longName), {
    firstName: 'Александра-Виктория-Екатерина', lastName: 'Преображенская-Константинопольская-Голенищева-Кутузова',
    secondName: 'Владиславовна', gender: 'F', locale: 'ru', email: 'a.preobrazhenskaya@northwind.example', workPosition: 'Ведущий специалист по взаимодействию с ключевыми региональными партнёрами и дистрибьюторами',
  });
  patch(get(EDGE_CASES.htmlName), {
    firstName: '<img src=x onerror=alert(1)>Hacker', lastName: "O'Brien & <b>Sons</b>", secondName: '',
    workPosition: 'QA <script>alert("xss")</script> Engineer', locale: 'en', email: 'hacker@northwind.example',
  });

  const emailUser = get(EDGE_CASES.emailUser);
  patch(emailUser, {
    kind: 'email', externalAuthId: 'email', departments: [], workPosition: '', phones: false, sessionActive: false,
    idleSince: null, absentUntil: null, lastActivity: null, mobileLast: null, desktopLast: null, email: 'client@mail.example',
  });
  const openlines = get(EDGE_CASES.openlines);
  patch(openlines, {
    kind: 'openlines', externalAuthId: 'imconnector', departments: [], workPosition: '', phones: false, sessionActive: false,
    idleSince: null, absentUntil: null, mobileLast: null, desktopLast: null, email: '',
  });
}

export function generatePortalData(opts: SeedOptions): PortalData {
  const count = Math.max(MIN_USERS, Math.floor(opts.users ?? DEFAULT_USERS));
  const seed = Math.floor(opts.seed ?? DEFAULT_SEED);
  const now = Math.floor(opts.now / 1000) * 1000;
  const rng = createRng(seed);
  const plan = planDepartments(count, rng);
  const users = generatePeople(count, { rng, seed, now, plan });
  const usersById = new Map(users.map((u) => [u.id, u]));
  applyEdgeCases(usersById, now);
  assignHeads(users, plan.departments, plan, rng);
  const chats = generateChats({ rng, now, users, edge: EDGE_CASES });
  return {
    seed,
    generatedAt: now,
    users,
    usersById,
    departments: plan.departments,
    departmentsById: new Map(plan.departments.map((d) => [d.id, d])),
    chats,
    chatsById: new Map(chats.map((c) => [c.id, c])),
    edgeCases: { ...EDGE_CASES },
  };
}
