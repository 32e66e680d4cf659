import { describe, expect, it } from 'vitest';
import { parseAwayMinutes } from './awayMinutes';

describe('parseAwayMinutes', () => {
  it('accepts whole minutes from 1 to 1440, around spaces', () => {
    expect(parseAwayMinutes('10')).toEqual({ ok: true, minutes: 10 });
    expect(parseAwayMinutes(' 1 ')).toEqual({ ok: true, minutes: 1 });
    expect(parseAwayMinutes('1440')).toEqual({ ok: true, minutes: 1440 });
  });

  it('names what is wrong', () => {
    expect(parseAwayMinutes('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseAwayMinutes('  ')).toEqual({ ok: false, problem: 'empty' });
    for (const text of ['abc', '2.5', '1e3', '10 min', '0x10']) expect(parseAwayMinutes(text)).toEqual({ ok: false, problem: 'not-whole' });
    expect(parseAwayMinutes('0')).toEqual({ ok: false, problem: 'too-small' });
    expect(parseAwayMinutes('-5')).toEqual({ ok: false, problem: 'too-small' });
    expect(parseAwayMinutes('1441')).toEqual({ ok: false, problem: 'too-large' });
  });
});
