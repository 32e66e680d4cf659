import { describe, expect, it } from 'vitest';
import { applyListTotals } from './list-totals';

const page = { result: [1, 2], total: 120, next: 50 };

describe('applyListTotals', () => {
  it('leaves every answer alone by default', () => {
    expect(applyListTotals('user.get', page, 'reference')).toEqual(page);
  });

  it("'omit' drops total and keeps next; 'omitBoth' drops both", () => {
    for (const method of ['user.get', 'USER.SEARCH', 'department.get', 'im.dialog.users.list']) {
      expect(applyListTotals(method, page, 'omit')).toEqual({ result: [1, 2], next: 50 });
      expect(applyListTotals(method, page, 'omitBoth')).toEqual({ result: [1, 2] });
    }
    expect(page).toEqual({ result: [1, 2], total: 120, next: 50 });
  });

  it('changes only the four list methods', () => {
    expect(applyListTotals('im.search.user.list', page, 'omitBoth')).toEqual(page);
    expect(applyListTotals('im.recent.list', page, 'omit')).toEqual(page);
  });
});
