/**
 * Chats of the generated portal: the general chat (every active employee, capped at 300
 * members), a few small group chats, a partners chat with the extranet user, one chat the
 * default current user (id 1) is not in, and 1:1 dialogs of user 1 and of the extranet user
 * (their recent lists). Each chat carries its last message for im.recent.list.
 */
import type { Chat, EdgeCases, PortalUser } from '../types';
import { CHAT_TITLES, MESSAGE_TEXTS, USER_COLORS, type Bilingual } from './catalog';
import type { Rng } from './rng';

export const GENERAL_CHAT_ID = 1;
export const GENERAL_CHAT_MAX_MEMBERS = 300;
const MIN = 60_000;

export interface ChatContext {
  rng: Rng;
  now: number;
  users: PortalUser[];
  edge: EdgeCases;
}

function uuidFrom(rng: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

export function generateChats(ctx: ChatContext): Chat[] {
  const { rng, now, users, edge } = ctx;
  const employees = users.filter((u) => u.kind === 'employee' && u.active);
  const byId = new Map(users.map((u) => [u.id, u]));
  let messageId = 1000;
  const chats: Chat[] = [];
  const pickText = (authorId: number, texts: Bilingual[] = MESSAGE_TEXTS) => rng.pick(texts)[byId.get(authorId)?.locale ?? 'ru'];

  const makeChat = (id: number, type: Chat['type'], title: string, memberIds: number[], ownerId: number): Chat => {
    const members = [...new Set(memberIds)].sort((a, b) => a - b);
    const authorId = rng.pick(members);
    const date = now - rng.int(1, 6 * 24 * 60) * MIN;
    messageId += rng.int(1, 40);
    const counters: Record<number, number> = {};
    for (const m of members) if (rng.chance(0.3)) counters[m] = rng.int(1, 7);
    const chat: Chat = {
      id,
      type,
      title,
      ownerId,
      color: rng.pick(USER_COLORS),
      memberIds: members,
      dateCreate: date - rng.int(10, 400) * 24 * 60 * MIN,
      lastMessage: { id: messageId, text: pickText(authorId), authorId, date, uuid: uuidFrom(rng) },
      counters,
      pinnedFor: [],
      entityType: type === 'open' ? 'GENERAL' : '',
    };
    chats.push(chat);
    return chat;
  };

  // 1. the general chat
  const generalPool = employees.filter((u) => u.id !== 1);
  const generalMembers = [1, ...rng.sample(generalPool, GENERAL_CHAT_MAX_MEMBERS - 1).map((u) => u.id)];
  const general = makeChat(GENERAL_CHAT_ID, 'open', 'Общий чат', generalMembers, 1);
  general.pinnedFor.push(1);

  // 2. small group chats with user 1
  const others = employees.filter((u) => u.id > 11);
  let chatId = 2;
  for (const title of CHAT_TITLES) {
    const members = [1, ...rng.sample(others, rng.int(2, 14)).map((u) => u.id)];
    const lang = rng.chance(0.6) ? 'ru' : 'en';
    makeChat(chatId++, 'chat', title[lang], members, rng.pick(members));
  }
  // 3. partners chat with the extranet user
  makeChat(chatId++, 'chat', 'Partners: Acme & Northwind', [1, edge.extranet, ...rng.sample(others, 3).map((u) => u.id)], 1);
  // 4. a chat user 1 is NOT a member of
  const board = rng.sample(others, Math.min(5, others.length)).map((u) => u.id);
  if (board.length > 0) makeChat(chatId, 'chat', 'Совет директоров', board, board[0] ?? 0);

  // 5. 1:1 dialogs (private chats) of user 1 and of the extranet user
  let privateId = 100;
  const partners = [edge.htmlName, edge.noAvatar, edge.longName, edge.bot, ...rng.sample(others, 6).map((u) => u.id)];
  for (const partner of partners) {
    if (!byId.has(partner)) continue;
    makeChat(privateId++, 'private', '', [1, partner], 1);
  }
  const extranetPartners = [1, ...rng.sample(others, 1).map((u) => u.id)];
  for (const partner of extranetPartners) makeChat(privateId++, 'private', '', [edge.extranet, partner], partner);
  return chats;
}
