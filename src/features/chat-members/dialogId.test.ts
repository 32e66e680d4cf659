import { describe, expect, it } from 'vitest';
import { parseDialogId } from './dialogId';

describe('parseDialogId', () => {
  it('reads group chats, workgroup chats and 1:1 dialogs', () => {
    expect(parseDialogId('chat12')).toEqual({ kind: 'chat', dialogId: 'chat12', chatId: 12 });
    expect(parseDialogId('sg3')).toEqual({ kind: 'group', dialogId: 'sg3', groupId: 3 });
    expect(parseDialogId('47')).toEqual({ kind: 'user', dialogId: '47', userId: 47 });
  });

  it('accepts a number, surrounding spaces and any letter case, and normalises the id', () => {
    expect(parseDialogId(47)).toEqual({ kind: 'user', dialogId: '47', userId: 47 });
    expect(parseDialogId(' CHAT007 ')).toEqual({ kind: 'chat', dialogId: 'chat7', chatId: 7 });
  });

  it('refuses what names no chat', () => {
    for (const value of ['', 'chat', 'chat0', '0', '-3', 'imol|12', 'chat1x', '1.5', null, undefined, {}, 2 ** 60]) {
      expect(parseDialogId(value), String(value)).toBeNull();
    }
  });
});
