/**
 * Server state of the chat-members feature, under the shared `['people', …]` keys so a people-wide
 * invalidation reaches it too.
 *
 * Members come from `im.dialog.users.list` (LIMIT 200) rather than `im.chat.user.list` +
 * `im.user.list.get`: it answers im user objects (presence included) directly, pages by 200 with a
 * `total`, and takes every DIALOG_ID form (chatN, sgN, a user id for a 1:1 dialog). So a chat of up
 * to 200 members costs one command, and any bigger chat one more request: the remaining pages go in
 * one batch (a 300-member chat: 2 commands instead of 1 + 6).
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { cmd, fetchDialogUsers, fetchRecentChats, runBatchList, unwrap, call, type PeoplePage } from '../../b24';
import { loadFirstScreen } from '../../people/firstScreen';
import { peopleKeys } from '../../people/queries';
import type { Person } from '../../people/types';
import { MEMBERS_PAGE_SIZE, mergePages, remainingOffsets } from './members';

export interface DialogMembers {
  dialogId: string;
  people: Person[];
  /** How many members the portal counts (may exceed people.length for a moment while members change). */
  total: number;
}

export const chatMemberKeys = {
  all: [...peopleKeys.all, 'chat-members'] as const,
  members: (dialogId: string) => [...chatMemberKeys.all, dialogId] as const,
  recentChats: () => [...peopleKeys.all, 'recent-chats'] as const,
};

const firstPage = (dialogId: string) => cmd.dialogUsers(dialogId, { offset: 0, limit: MEMBERS_PAGE_SIZE });

/** At most this many extra sequential requests when the portal gives no exact total. */
const MAX_FOLLOW_UPS = 20;

/**
 * The pages after `first`: with an exact total all in one request (one call, or one batch for
 * several pages); without one (`totalExact === false`), page after page while the portal says
 * there are more.
 */
export async function completeMembers(dialogId: string, first: PeoplePage): Promise<DialogMembers> {
  const page = (offset: number) => cmd.dialogUsers(dialogId, { offset, limit: MEMBERS_PAGE_SIZE });
  const offsets = remainingOffsets(first.people.length, first.total);
  let rest: PeoplePage[] = [];
  if (offsets.length === 1) {
    rest = [await call(page(offsets[0]!))];
  } else if (offsets.length > 1) {
    rest = (await runBatchList(offsets.map(page))).map(unwrap);
  }
  let last = rest.at(-1) ?? first;
  for (let i = 0; i < MAX_FOLLOW_UPS && last.totalExact === false && last.next !== null && last.people.length > 0; i++) {
    last = await call(page(last.next));
    rest.push(last);
  }
  const people = mergePages([first, ...rest]);
  return { dialogId, people, total: Math.max(first.total, people.length) };
}

/** Every member of a dialog ("chat12", "sg3", or a user id: me and that person). */
export async function fetchDialogMembers(dialogId: string): Promise<DialogMembers> {
  return completeMembers(dialogId, await fetchDialogUsers(dialogId, { offset: 0, limit: MEMBERS_PAGE_SIZE }));
}

/**
 * The chat sidebar's first screen: me, my status and the first 200 members in ONE batch request
 * (seeding the `me`/`myStatus` caches for the status card), then the rest of a bigger chat.
 */
export async function loadSidebarMembers(queryClient: QueryClient, dialogId: string): Promise<DialogMembers> {
  const outcomes = await loadFirstScreen(queryClient, { members: firstPage(dialogId) });
  return completeMembers(dialogId, unwrap(outcomes.members));
}

/** Members of a dialog opened from the app's own page (the first screen is already loaded there). */
export const chatMembersQuery = (dialogId: string) =>
  queryOptions({
    queryKey: chatMemberKeys.members(dialogId),
    queryFn: () => fetchDialogMembers(dialogId),
    // Membership changes rarely; presence is refreshed separately (usePresenceRefresh).
    staleTime: 5 * 60_000,
  });

/** The same query for the chat sidebar, loaded together with the first screen. */
export const sidebarMembersQuery = (queryClient: QueryClient, dialogId: string) =>
  queryOptions({
    ...chatMembersQuery(dialogId),
    queryFn: () => loadSidebarMembers(queryClient, dialogId),
  });

/** My recent chats and dialogs (the first 50, newest first). */
export const recentChatsQuery = () =>
  queryOptions({
    queryKey: chatMemberKeys.recentChats(),
    queryFn: () => fetchRecentChats({ offset: 0, limit: 50 }),
    staleTime: 60_000,
  });
