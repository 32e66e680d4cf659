import { describe, expect, it } from 'vitest';
import { dialogTarget, imNoticeText, imTarget } from './im-notice';

describe('imTarget', () => {
  it('reads users, chats and phones from the params each command sends', () => {
    expect(imTarget('imOpenMessenger', { dialogId: '12' })).toEqual({ kind: 'user', userId: 12 });
    expect(imTarget('imOpenMessenger', { dialogId: 'chat3' })).toEqual({ kind: 'chat', dialogId: 'chat3' });
    expect(imTarget('imOpenHistory', { dialogId: 5 })).toEqual({ kind: 'user', userId: 5 });
    expect(imTarget('imCallTo', { userId: 9, video: true })).toEqual({ kind: 'user', userId: 9 });
    expect(imTarget('imPhoneTo', { phone: '+1 555 0100' })).toEqual({ kind: 'phone', phone: '+1 555 0100' });
    expect(imTarget('imOpenMessenger', {})).toEqual({ kind: 'none' });
  });

  it('treats a non-numeric dialog id as a chat', () => {
    expect(dialogTarget('sg4')).toEqual({ kind: 'chat', dialogId: 'sg4' });
    expect(dialogTarget(undefined)).toEqual({ kind: 'none' });
  });
});

describe('imNoticeText', () => {
  it('says what the portal would have done', () => {
    expect(imNoticeText('imOpenMessenger', { dialogId: '5' }, { kind: 'user', userId: 5 }, 'Anna Ivanova')).toBe(
      'Would open a chat with Anna Ivanova',
    );
    expect(imNoticeText('imOpenMessenger', { dialogId: 'chat1' }, { kind: 'chat', dialogId: 'chat1' }, 'Sales')).toBe(
      'Would open a chat with the chat “Sales”',
    );
    expect(imNoticeText('imOpenHistory', { dialogId: '5' }, { kind: 'user', userId: 5 }, 'Anna Ivanova')).toBe(
      'Would open the chat history with Anna Ivanova',
    );
    expect(imNoticeText('imCallTo', { userId: 5, video: true }, { kind: 'user', userId: 5 }, 'Anna Ivanova')).toBe(
      'Would start a video call with Anna Ivanova',
    );
    expect(imNoticeText('imCallTo', { userId: 5, video: false }, { kind: 'user', userId: 5 }, 'Anna Ivanova')).toBe(
      'Would start an audio call with Anna Ivanova',
    );
    expect(imNoticeText('imPhoneTo', { phone: '+1' }, { kind: 'phone', phone: '+1' }, '+1')).toBe('Would dial +1');
    expect(imNoticeText('imOpenMessenger', {}, { kind: 'none' }, '')).toBe('Would open the messenger');
  });
});
