/**
 * im.chat.user.list (scope im): member ids of a chat. Not a member ⇒ `[]` (documented "no right");
 * a chat that does not exist ⇒ 403 ACCESS_ERROR; missing CHAT_ID ⇒ 400 CHAT_ID_EMPTY.
 */
import type { CallContext, MethodDef, MethodResult } from './context';
import { RestError } from './errors';
import { toInt, upperKeys, type Params } from './params';

function chatUserList(params: Params, ctx: CallContext): MethodResult {
  const chatId = toInt(upperKeys(params).CHAT_ID);
  if (chatId <= 0) throw new RestError('CHAT_ID_EMPTY', "Chat ID can't be empty", 400);
  const chat = ctx.store.data.chatsById.get(chatId);
  if (!chat) throw new RestError('ACCESS_ERROR', 'Action unavailable', 403);
  if (!chat.memberIds.includes(ctx.userId)) return { result: [] };
  return { result: [...chat.memberIds] };
}

export const imChatMethods: Record<string, MethodDef> = {
  'im.chat.user.list': { scopes: ['im'], handler: chatUserList },
};
