import { describe, expect, it } from 'vitest';
import { makePresence as p } from './fixtures';
import { presenceMessages } from './presence.messages';
import { presenceText, type PresenceTextContext } from './presence-text';

const NOW = Date.UTC(2026, 2, 2, 9); // 12:00 in Moscow
const HOUR = 3_600_000;
const en = presenceMessages.en;
const ru = presenceMessages.ru;
const ctxEn: PresenceTextContext = { locale: 'en-US', now: NOW, timeZone: 'Europe/Moscow' };
const ctxRu: PresenceTextContext = { locale: 'ru-RU', now: NOW, timeZone: 'Europe/Moscow' };


describe('presenceText', () => {
  it('names online, online on mobile and dnd', () => {
    expect(presenceText(p({}), en, ctxEn)).toEqual({ label: 'Online', detail: null });
    expect(presenceText(p({ onMobile: true }), ru, ctxRu)).toEqual({ label: 'В сети с мобильного', detail: null });
    expect(presenceText(p({ state: 'dnd' }), ru, ctxRu).label).toBe('Не беспокоить');
    expect(presenceText(p({ state: 'dnd', onMobile: true }), en, ctxEn)).toEqual({ label: 'Do not disturb', detail: 'On mobile' });
  });

  it('says away with since-when, gendered in Russian and neutral when unknown', () => {
    const away = p({ state: 'away', idleSince: NOW - HOUR });
    const enAway = presenceText(away, en, ctxEn);
    expect(enAway.label).toBe('Away');
    expect(enAway.detail?.replace(/\s/g, ' ')).toBe('since 11:00 AM');
    expect(presenceText(away, ru, { ...ctxRu, gender: 'F' })).toEqual({ label: 'Отошла', detail: 'с 11:00' });
    expect(presenceText(away, ru, { ...ctxRu, gender: 'M' })).toEqual({ label: 'Отошёл', detail: 'с 11:00' });
    expect(presenceText(away, ru, ctxRu)).toEqual({ label: 'Нет на месте', detail: 'с 11:00' });
    expect(presenceText(p({ state: 'away' }), ru, ctxRu).detail).toBeNull();
  });

  it('says offline with last seen, by gender in Russian', () => {
    const off = p({ state: 'offline', lastSeenAt: NOW - 3 * HOUR });
    expect(presenceText(off, en, ctxEn)).toEqual({ label: 'Offline', detail: 'last seen 3 hours ago' });
    expect(presenceText(off, ru, { ...ctxRu, gender: 'F' }).detail).toBe('была в сети 3 часа назад');
    expect(presenceText(off, ru, { ...ctxRu, gender: 'M' }).detail).toBe('был в сети 3 часа назад');
    expect(presenceText(off, ru, ctxRu).detail).toBe('был(а) в сети 3 часа назад');
    expect(presenceText(p({ state: 'offline' }), en, ctxEn)).toEqual({ label: 'Offline', detail: null });
  });

  it('says on leave until a date, with last seen as detail', () => {
    const leave = p({ state: 'vacation', absentUntil: Date.UTC(2026, 2, 12, 9), lastSeenAt: NOW - 30 * HOUR });
    expect(presenceText(leave, en, ctxEn)).toEqual({ label: 'On leave until March 12', detail: 'last seen yesterday' });
    expect(presenceText(leave, ru, ctxRu)).toEqual({ label: 'В отпуске до 12 марта', detail: 'был(а) в сети вчера' });
  });

  it('mentions the leave as detail when someone on leave is online', () => {
    const online = p({ state: 'online', absentUntil: Date.UTC(2026, 2, 12, 9) });
    expect(presenceText(online, en, ctxEn)).toEqual({ label: 'Online', detail: 'On leave until March 12' });
  });

  it('says unknown without detail', () => {
    expect(presenceText(p({ state: 'unknown' }), ru, ctxRu)).toEqual({ label: 'Статус неизвестен', detail: null });
  });
});

describe('presenceMessages', () => {
  it('has every English key in Russian', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });
});
