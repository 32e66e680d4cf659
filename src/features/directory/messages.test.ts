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

  it('count a lower bound when the portal sent no total', () => {
    expect([1, 2, 5, 21, 5051].map((n) => ru.peopleAtLeast('ru-RU', n))).toEqual([
      'Не менее 1 сотрудника',
      'Не менее 2 сотрудников',
      'Не менее 5 сотрудников',
      'Не менее 21 сотрудника',
      'Не менее 5\u00a0051 сотрудника',
    ]);
    expect(en.peopleAtLeast('en-US', 5051)).toBe('At least 5,051 people');
    expect(en.pagedNoteMoreThan('en-US', 5000)).toMatch(/^This portal has more than 5,000 people, so/);
    expect(ru.pagedNoteMoreThan('ru-RU', 5000)).toMatch(/^На портале больше 5\u00a0000 сотрудников, поэтому/);
    expect(en.shownOf('12', en.atLeast('240'))).toBe('12 of 240+');
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
