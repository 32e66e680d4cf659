import { describe, expect, it } from 'vitest';
import { fieldPrefixMatch, parseFilterKey } from './user-filter';

describe('parseFilterKey', () => {
  it('reads every documented prefix, longest first', () => {
    const cases: [string, string, string][] = [
      ['>=ID', 'ID', 'gte'], ['>ID', 'ID', 'gt'], ['<=ID', 'ID', 'lte'], ['<ID', 'ID', 'lt'], ['@ID', 'ID', 'in'], ['!@ID', 'ID', 'nin'],
      ['%NAME', 'NAME', 'contains'], ['=%NAME', 'NAME', 'like'], ['%=NAME', 'NAME', 'like'], ['!%NAME', 'NAME', 'ncontains'],
      ['!=%NAME', 'NAME', 'nlike'], ['!%=NAME', 'NAME', 'nlike'], ['=NAME', 'NAME', 'eq'], ['!=NAME', 'NAME', 'neq'], ['!NAME', 'NAME', 'neq'],
      ['name', 'NAME', 'eq'],
    ];
    for (const [key, field, op] of cases) expect(parseFilterKey(key)).toEqual({ field, op });
  });
});

describe('fieldPrefixMatch', () => {
  it('matches word prefixes, case-insensitively, ё as е', () => {
    expect(fieldPrefixMatch('Отдел продаж', 'прод')).toBe(true);
    expect(fieldPrefixMatch('Фёдор', 'федо')).toBe(true);
    expect(fieldPrefixMatch('Frontend Developer', 'end')).toBe(false);
  });
});
