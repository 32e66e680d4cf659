/**
 * Chat members: who of a chat is reachable now.
 * - `ChatMembersPanel`: the chat sidebar (placement IM_SIDEBAR), from PLACEMENT_OPTIONS.dialogId;
 * - `ChatsView`: the "Chats" tab of the app's page (recent chats → the same members view);
 * - `RecentChats`, `ChatMembersView`: the two halves, for other layouts.
 */
export { ChatMembersPanel, type ChatMembersPanelProps } from './ChatMembersPanel';
export { ChatsView, type ChatsViewProps } from './ChatsView';
export { RecentChats, type RecentChatsProps } from './RecentChats';
export { ChatMembersView, type ChatMembersViewProps } from './ChatMembersView';
export { parseDialogId, type DialogRef } from './dialogId';
export { chatMembersMessages } from './messages';
