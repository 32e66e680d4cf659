import { describe, expect, it } from 'vitest';
import { chosenDepartmentName, clearFilters, emptyReason } from './emptyReason';

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

describe('clearFilters', () => {
  const filters = { query: 'ann', presence: 'away', departmentId: 7, order: 'presence' };

  it('clears the search only, the filters only, or both, and keeps the order', () => {
    expect(clearFilters(filters, 'search')).toEqual({ query: '', presence: 'away', departmentId: 7, order: 'presence' });
    expect(clearFilters(filters, 'filters')).toEqual({ query: 'ann', presence: 'all', departmentId: null, order: 'presence' });
    expect(clearFilters(filters, 'all')).toEqual({ query: '', presence: 'all', departmentId: null, order: 'presence' });
  });
});

describe('chosenDepartmentName', () => {
  const byId = new Map([[3, { name: 'Sales' }]]);

  it('names the chosen department, falls back to its id, and is null without a choice', () => {
    expect(chosenDepartmentName(byId, 3)).toBe('Sales');
    expect(chosenDepartmentName(byId, 9)).toBe('9');
    expect(chosenDepartmentName(byId, null)).toBeNull();
  });
});
