/**
 * Initials for an avatar without a photo: first letter of the first name and of the last name
 * ("Anna Ivanova" → "AI"); falls back to the first two words of the display name, then to its
 * first letter or digit ("user@example.com" → "U"). Leading punctuation and emoji are skipped;
 * letters outside the Basic Multilingual Plane stay whole.
 */
import type { Person } from './types';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function firstLetter(word: string): string {
  for (const ch of word) if (LETTER_OR_DIGIT.test(ch)) return ch;
  return '';
}

export function initialsOf(
  person: Pick<Person, 'firstName' | 'lastName' | 'name'>,
  locale?: string,
): string {
  const first = firstLetter(person.firstName.trim());
  const last = firstLetter(person.lastName.trim());
  let result = first + last;
  if (!first || !last) {
    const words = person.name.trim().split(/\s+/).map(firstLetter).filter(Boolean);
    const fromName = words.length >= 2 ? words[0]! + words[words.length - 1]! : (words[0] ?? '');
    if (fromName.length >= result.length) result = fromName || result;
  }
  return result.toLocaleUpperCase(locale);
}
