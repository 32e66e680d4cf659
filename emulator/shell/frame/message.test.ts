import { describe, expect, it } from 'vitest';
import { encodeReply, paramsRecord, parseFrameMessage } from './message';

describe('parseFrameMessage', () => {
  it('reads a command without params', () => {
    expect(parseFrameMessage('getInitData:80fd9b49-52b6-4936-86a1-143c76a04fb9:sid123')).toEqual({
      command: 'getInitData',
      params: undefined,
      callbackId: '80fd9b49-52b6-4936-86a1-143c76a04fb9',
      appSid: 'sid123',
    });
  });

  it('re-joins JSON params that contain colons', () => {
    const msg = parseFrameMessage('setTitle:{"title":"Hello: world"}:cb1:sid123');
    expect(msg?.command).toBe('setTitle');
    expect(msg?.params).toEqual({ title: 'Hello: world' });
    expect(msg?.callbackId).toBe('cb1');
    expect(msg?.appSid).toBe('sid123');
  });

  it('keeps a non-JSON params segment as a raw string', () => {
    expect(parseFrameMessage('setValue:plain text:cb:sid')?.params).toBe('plain text');
  });

  it('accepts the object form used for placement commands', () => {
    expect(
      parseFrameMessage({ method: 'im:setTextareaContent', params: { text: 'hi' }, callback: 'cb9', appSid: 's' }),
    ).toEqual({ command: 'im:setTextareaContent', params: { text: 'hi' }, callbackId: 'cb9', appSid: 's' });
    expect(parseFrameMessage({ method: 'x', params: '', callback: 'cb', appSid: 's' })?.params).toBeUndefined();
  });

  it('rejects what is not a frame command', () => {
    expect(parseFrameMessage('hello')).toBeNull();
    expect(parseFrameMessage('a:b')).toBeNull();
    expect(parseFrameMessage(':cb:sid')).toBeNull();
    expect(parseFrameMessage('cmd:cb:')).toBeNull();
    expect(parseFrameMessage(42)).toBeNull();
    expect(parseFrameMessage(null)).toBeNull();
    expect(parseFrameMessage({ method: 'x' })).toBeNull();
  });
});

describe('encodeReply', () => {
  it('prefixes the callback id and JSON-encodes the result', () => {
    expect(encodeReply('cb1', { width: 640, height: 480 })).toBe('cb1:{"width":640,"height":480}');
    expect(encodeReply('cb1', { result: 'close' })).toBe('cb1:{"result":"close"}');
  });

  it('sends an empty payload for "no data"', () => {
    expect(encodeReply('cb1', undefined)).toBe('cb1:');
  });

  it('round-trips through the SDK split rule', () => {
    const reply = encodeReply('id-1', { title: 'a:b:c' });
    const [id, ...rest] = reply.split(':');
    expect(id).toBe('id-1');
    expect(JSON.parse(rest.join(':'))).toEqual({ title: 'a:b:c' });
  });
});

describe('paramsRecord', () => {
  it('returns objects as they are and {} for anything else', () => {
    expect(paramsRecord({ a: 1 })).toEqual({ a: 1 });
    expect(paramsRecord(undefined)).toEqual({});
    expect(paramsRecord('x')).toEqual({});
    expect(paramsRecord([1])).toEqual({});
  });
});
