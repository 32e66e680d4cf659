import { describe, expect, it } from 'vitest';
import { directoryMessages } from './messages';

const { en, ru } = directoryMessages;

describe('directory messages', () => {
  it('count people with Russian plural forms and grouped digits', () => {
    expect([1, 2, 5, 21, 22, 25].map((n) => ru.peopleCount('ru-RU', n))).toEqual([
      '1 сотрудник',
      '2 сотрудника',
      '5 сотрудников',
      '21 сотрудник',
      '22 сотрудника',
      '25 сотрудников',
    ]);
    expect(ru.pagedNote('ru-RU', 10_000)).toMatch(/^На портале 10\u00a0000 сотрудников, поэтому/);
    expect(en.pagedNote('en-US', 10_000)).toMatch(/^This portal has 10,000 people, so/);
  });

  it('offer to show the matches in words that fit the number', () => {
    expect(en.showAllMatches('en-US', 1)).toBe('Show the 1 match');
    expect(en.showAllMatches('en-US', 21)).toBe('Show all 21 matches');
    expect(ru.showAllMatches('ru-RU', 1)).toBe('Показать найденного');
    expect(ru.showAllMatches('ru-RU', 21)).toBe('Показать всех найденных (21)');
    expect(ru.emptyFilterHidesMatches('ru-RU', 'ан', 3, '«Нет на месте»')).toBe(
      'По запросу «ан» нашлись 3 сотрудника, но не с фильтрами «Нет на месте».',
    );
  });

  it('explain an empty filter in a sentence', () => {
    expect(en.emptyFilter(en.statusInSentence('away'), 'Sales')).toBe('Nobody in “Sales” is away right now.');
    expect(en.emptyFilter(en.statusInSentence('dnd'), null)).toBe('Nobody is on Do not disturb right now.');
    expect(ru.emptyFilter(null, 'Продажи')).toBe('В отделе «Продажи» никого нет.');
  });
});
