import { describe, expect, it } from 'vitest';
import { pageAfter } from './paging';

describe('pageAfter with a usable total', () => {
  it('goes on while rows remain, right after the rows received', () => {
    expect(pageAfter({ start: 0, received: 50, pageSize: 50, total: 130 })).toEqual({ total: 130, totalExact: true, next: 50 });
    expect(pageAfter({ start: 100, received: 30, pageSize: 50, total: 130 })).toEqual({ total: 130, totalExact: true, next: null });
  });

  it('follows a portal that pages by fewer rows than asked (nobody skipped)', () => {
    expect(pageAfter({ start: 0, received: 25, pageSize: 50, total: 130 })).toMatchObject({ next: 25 });
  });

  it('lets the total win over a `next` sent on the last page', () => {
    expect(pageAfter({ start: 50, received: 50, pageSize: 50, total: 100, more: true })).toMatchObject({ next: null, totalExact: true });
  });

  it('ends at an empty page', () => {
    expect(pageAfter({ start: 0, received: 0, pageSize: 50, total: 0 })).toEqual({ total: 0, totalExact: true, next: null });
    expect(pageAfter({ start: 100, received: 0, pageSize: 50, total: 130 })).toMatchObject({ next: null });
  });
});

describe('pageAfter without a usable total', () => {
  it('expects more after a full page when neither total nor next was sent', () => {
    expect(pageAfter({ start: 0, received: 50, pageSize: 50, total: 0 })).toEqual({ total: 51, totalExact: false, next: 50 });
  });

  it('stops after a short page', () => {
    expect(pageAfter({ start: 50, received: 20, pageSize: 50, total: 0 })).toEqual({ total: 70, totalExact: false, next: null });
  });

  it('follows `next` when the total is missing', () => {
    expect(pageAfter({ start: 0, received: 30, pageSize: 200, total: 0, more: true })).toEqual({ total: 31, totalExact: false, next: 30 });
    expect(pageAfter({ start: 0, received: 30, pageSize: 200, total: 0, more: false })).toMatchObject({ next: null });
  });

  it('does not trust a total smaller than the rows already seen', () => {
    expect(pageAfter({ start: 50, received: 50, pageSize: 50, total: 60 })).toEqual({ total: 101, totalExact: false, next: 100 });
  });

  it('ends at an empty page even without a total', () => {
    expect(pageAfter({ start: 100, received: 0, pageSize: 50, total: 0 })).toEqual({ total: 100, totalExact: false, next: null });
  });
});
