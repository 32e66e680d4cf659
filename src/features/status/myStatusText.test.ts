import { describe, expect, it } from 'vitest';
import { presenceMessages } from '../../people/presence.messages';
import { statusMessages } from './messages';
import { myStatusWords, type MyStatusInput } from './myStatusText';

const TZ = 'Europe/Moscow';
const now = Date.UTC(2026, 2, 2, 10, 0); // 13:00 in Moscow
const at = (h: number, min: number) => Date.UTC(2026, 2, 2, h - 3, min); // Moscow wall clock
const base: MyStatusInput = { status: 'online', idleSince: null, until: null, gender: 'F', now };
const en = (input: Partial<MyStatusInput>) => myStatusWords({ ...base, ...input }, statusMessages.en, presenceMessages.en, 'en-GB', TZ);
const ru = (input: Partial<MyStatusInput>) => myStatusWords({ ...base, ...input }, statusMessages.ru, presenceMessages.ru, 'ru-RU', TZ);

describe('myStatusWords', () => {
  it('online, and "none stored" reads as online', () => {
    expect(en({})).toEqual({ label: 'Online', detail: null });
    expect(en({ status: null })).toEqual({ label: 'Online', detail: null });
    expect(ru({})).toEqual({ label: 'В сети', detail: null });
  });

  it('do not disturb with its end time, today as a time and another day with the date', () => {
    expect(en({ status: 'dnd' })).toEqual({ label: 'Do not disturb', detail: null });
    expect(en({ status: 'dnd', until: at(14, 30) })).toEqual({ label: 'Do not disturb', detail: 'until 14:30' });
    expect(ru({ status: 'dnd', until: at(14, 30) })).toEqual({ label: 'Не беспокоить', detail: 'до 14:30' });
    expect(en({ status: 'dnd', until: at(14, 30) + 24 * 3600_000 }).detail).toMatch(/^until 3 Mar.*14:30$/);
  });

  it('away and break set in the messenger are named', () => {
    expect(en({ status: 'away' })).toEqual({ label: 'Away', detail: 'set in the messenger' });
    expect(ru({ status: 'away' })).toEqual({ label: 'Отошла', detail: 'установлен в мессенджере' });
    expect(ru({ status: 'away', gender: null }).label).toBe('Нет на месте');
    expect(en({ status: 'break' })).toEqual({ label: 'On a break', detail: 'set in the messenger' });
  });

  it('the legacy idle mark reads "Away since 14:20"', () => {
    expect(en({ idleSince: at(14, 20) - 3600_000 })).toEqual({ label: 'Away since 13:20', detail: null });
    expect(ru({ idleSince: at(12, 50), gender: 'M' })).toEqual({ label: 'Отошёл с 12:50', detail: null });
    // DND wins over idle: it is the deliberate choice.
    expect(en({ status: 'dnd', idleSince: at(12, 50) }).label).toBe('Do not disturb');
  });
});
