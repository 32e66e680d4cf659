import { describe, expect, it } from 'vitest';
import { emptyReason } from './emptyReason';

describe('emptyReason', () => {
  it('nobody at all when neither a search nor a filter is on', () => {
    expect(emptyReason({ query: '  ', status: 'all', department: null, matchesWithoutFilters: null })).toEqual({ kind: 'nobody' });
  });

  it('a search alone that matches nobody', () => {
    expect(emptyReason({ query: ' zzz ', status: 'all', department: null, matchesWithoutFilters: 0 })).toEqual({
      kind: 'no-match',
      query: 'zzz',
      filtered: false,
    });
  });

  it('filters alone: names the status and the department', () => {
    expect(emptyReason({ query: '', status: 'dnd', department: 'Sales', matchesWithoutFilters: null })).toEqual({
      kind: 'filters',
      status: 'dnd',
      department: 'Sales',
    });
    expect(emptyReason({ query: '', status: 'all', department: 'Sales', matchesWithoutFilters: null })).toMatchObject({ status: null });
  });

  it('a search with filters: the search is to blame when it finds nobody even without them', () => {
    expect(emptyReason({ query: 'zzz', status: 'away', department: null, matchesWithoutFilters: 0 })).toEqual({
      kind: 'no-match',
      query: 'zzz',
      filtered: true,
    });
  });

  it('a search with filters: the filters hide the people it found (count known or not)', () => {
    expect(emptyReason({ query: 'ann', status: 'away', department: 'Sales', matchesWithoutFilters: 7 })).toEqual({
      kind: 'filters-hide-matches',
      query: 'ann',
      status: 'away',
      department: 'Sales',
      matches: 7,
    });
    expect(emptyReason({ query: 'ann', status: 'online', department: null, matchesWithoutFilters: null })).toMatchObject({
      kind: 'filters-hide-matches',
      matches: null,
    });
  });
});
