import { describe, expect, it } from 'vitest';
import { acceptFrameEvent } from './accept';

const expected = { appOrigin: 'http://localhost:5183', appSid: 'a'.repeat(32) };

describe('acceptFrameEvent', () => {
  it('accepts a command from the app origin with the current APP_SID', () => {
    const result = acceptFrameEvent({ origin: 'http://localhost:5183', data: `getInitData:cb1:${'a'.repeat(32)}` }, expected);
    expect(result).toEqual({
      ok: true,
      message: { command: 'getInitData', params: undefined, callbackId: 'cb1', appSid: 'a'.repeat(32) },
    });
  });

  it('drops messages from another origin', () => {
    const result = acceptFrameEvent({ origin: 'http://localhost:5184', data: `getInitData:cb1:${'a'.repeat(32)}` }, expected);
    expect(result).toMatchObject({ ok: false, reason: 'origin' });
  });

  it('drops messages with a wrong APP_SID', () => {
    const result = acceptFrameEvent({ origin: 'http://localhost:5183', data: 'getInitData:cb1:wrong' }, expected);
    expect(result).toMatchObject({ ok: false, reason: 'sid' });
  });

  it('drops payloads that are not frame commands', () => {
    expect(acceptFrameEvent({ origin: 'http://localhost:5183', data: { hello: 1 } }, expected)).toMatchObject({
      ok: false,
      reason: 'format',
    });
  });
});
