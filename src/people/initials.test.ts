import { describe, expect, it } from 'vitest';
import { initialsOf } from './initials';

const p = (firstName: string, lastName: string, name = `${firstName} ${lastName}`) => ({ firstName, lastName, name });

describe('initialsOf', () => {
  it('takes the first letters of first and last name', () => {
    expect(initialsOf(p('Anna', 'Ivanova'))).toBe('AI');
    expect(initialsOf(p('ёжик', 'иванов'), 'ru')).toBe('ЁИ');
  });

  it('falls back to the display name when a part is missing', () => {
    expect(initialsOf(p('', '', 'Maria de la Cruz'))).toBe('MC');
    expect(initialsOf(p('Anna', '', 'Anna'))).toBe('A');
    expect(initialsOf(p('', '', 'user@example.com'))).toBe('U');
  });

  it('skips punctuation and emoji, keeps astral letters whole', () => {
    expect(initialsOf(p('(Anna)', '"Ivanova"'))).toBe('AI');
    expect(initialsOf(p('🙂 Boris', 'Petrov', '🙂 Boris Petrov'))).toBe('BP');
    expect(initialsOf(p('𝒜lice', 'Smith'))).toBe('𝒜S');
  });

  it('is empty when there is nothing to take', () => {
    expect(initialsOf(p('', '', '  '))).toBe('');
    expect(initialsOf(p('', '', '—'))).toBe('');
  });
});
