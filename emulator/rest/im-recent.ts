/**
 * im.recent.list (scope im): the caller's group chats and 1:1 dialogs as recent items, pinned
 * first, then newest first. Shapes follow the docs example (chats/im-recent-list.md): user items
 * carry `user` + a small `chat`, chat items a full `chat` + the last author as `user`.
 * Filters SKIP_DIALOG, SKIP_CHAT, UNREAD_ONLY, LAST_MESSAGE_DATE, ONLY_* ; OFFSET, LIMIT (50, max 200).
 * The envelope `total` is -1, as the portal prints it.
 */
import type { Chat, PortalUser } from '../types';
import type { CallContext, MethodDef, MethodResult } from './context';
import { atom, parsePortalDate } from './datetime';
import { avatarUrl, imUserObject } from './im-user-object';
import { imPaging, isYes, upperKeys, type Params } from './params';
import { fullName } from './visibility';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

function message(chat: Chat, viewerId: number): Record<string, unknown> {
  const m = chat.lastMessage;
  return {
    id: m.id,
    text: m.text,
    file: false,
    author_id: m.authorId,
    attach: false,
    sticker: null,
    date: atom(m.date),
    status: m.authorId === viewerId ? 'delivered' : 'received',
    uuid: m.uuid,
  };
}

function chatObject(chat: Chat, viewerId: number, ctx: CallContext): Record<string, unknown> {
  const hasExtranet = chat.memberIds.some((id) => ctx.store.user(id)?.kind === 'extranet');
  const all = { avatar: true, rename: true, extend: true, call: true, mute: true, leave: true, leave_owner: true, send: true, user_list: true };
  return {
    id: chat.id,
    parent_chat_id: 0,
    parent_message_id: 0,
    name: chat.title,
    owner: chat.ownerId,
    extranet: hasExtranet,
    contains_collaber: false,
    avatar: '',
    color: chat.color,
    type: chat.type === 'open' ? 'open' : 'chat',
    entity_type: chat.entityType,
    entity_id: '',
    entity_data_1: '',
    entity_data_2: '',
    entity_data_3: '',
    mute_list: [],
    manager_list: [],
    date_create: atom(chat.dateCreate),
    message_type: chat.type === 'open' ? 'O' : 'C',
    user_counter: chat.memberIds.length,
    restrictions: all,
    role: chat.ownerId === viewerId ? 'OWNER' : 'MEMBER',
    text_field_enabled: true,
    background_id: null,
    entity_link: { type: '', url: '', id: '' },
    permissions: {
      manage_users_add: 'member',
      manage_users_delete: 'manager',
      manage_ui: 'member',
      manage_settings: 'owner',
      manage_messages: 'member',
      can_post: 'member',
    },
    public: '',
  };
}

interface RecentEntry {
  chat: Chat;
  partner: PortalUser | null;
  counter: number;
  pinned: boolean;
}

function item(entry: RecentEntry, ctx: CallContext): Record<string, unknown> {
  const { chat, partner, counter, pinned } = entry;
  const m = chat.lastMessage;
  const common = {
    message: message(chat, ctx.userId),
    counter,
    last_id: m.id - counter,
    pinned,
    unread: false,
    has_reminder: false,
    date_update: atom(m.date),
    date_last_activity: atom(m.date),
  };
  if (partner) {
    return {
      id: partner.id,
      chat_id: chat.id,
      type: 'user',
      avatar: { url: avatarUrl(partner, ctx.origin), color: partner.color },
      title: fullName(partner),
      ...common,
      user: imUserObject(partner, ctx.origin, ctx.now),
      chat: { text_field_enabled: true, background_id: null, mute_list: [] },
      options: [],
    };
  }
  const author = ctx.store.user(m.authorId);
  return {
    id: `chat${chat.id}`,
    chat_id: chat.id,
    type: 'chat',
    avatar: { url: '', color: chat.color },
    title: chat.title,
    ...common,
    chat: chatObject(chat, ctx.userId, ctx),
    user: author ? imUserObject(author, ctx.origin, ctx.now) : { id: 0 },
    options: [],
  };
}

function recentList(params: Params, ctx: CallContext): MethodResult {
  const up = upperKeys(params);
  const onlySpecial = isYes(up.ONLY_OPENLINES) || isYes(up.ONLY_COPILOT) || isYes(up.ONLY_CHANNEL);
  const before = up.LAST_MESSAGE_DATE === undefined ? Number.NaN : parsePortalDate(up.LAST_MESSAGE_DATE);
  let entries: RecentEntry[] = ctx.store.data.chats
    .filter((c) => c.memberIds.includes(ctx.userId))
    .map((chat) => {
      const partnerId = chat.type === 'private' ? chat.memberIds.find((id) => id !== ctx.userId) ?? ctx.userId : null;
      return {
        chat,
        partner: partnerId === null ? null : (ctx.store.user(partnerId) ?? null),
        counter: chat.counters[ctx.userId] ?? 0,
        pinned: chat.pinnedFor.includes(ctx.userId),
      };
    });
  if (onlySpecial) entries = [];
  if (isYes(up.SKIP_DIALOG)) entries = entries.filter((e) => e.chat.type !== 'private');
  if (isYes(up.SKIP_CHAT)) entries = entries.filter((e) => e.chat.type === 'private');
  if (isYes(up.UNREAD_ONLY)) entries = entries.filter((e) => e.counter > 0);
  if (!Number.isNaN(before)) entries = entries.filter((e) => e.chat.lastMessage.date < before);
  entries.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.chat.lastMessage.date - a.chat.lastMessage.date);
  const { offset, limit } = imPaging(up, DEFAULT_LIMIT, MAX_LIMIT);
  const hasMore = offset + limit < entries.length;
  return {
    result: {
      items: entries.slice(offset, offset + limit).map((e) => item(e, ctx)),
      hasMorePages: hasMore,
      hasMore,
      copilot: { chats: null, messages: null, roles: [], recommendedRoles: [] },
      messagesAutoDeleteConfigs: [],
    },
    total: -1,
  };
}

export const imRecentMethods: Record<string, MethodDef> = {
  'im.recent.list': { scopes: ['im'], handler: recentList },
};
