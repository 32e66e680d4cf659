import { describe, expect, it } from 'vitest';
import { AppError } from '../b24';
import { createQueryClient, shouldRetryQuery } from './queryClient';

describe('query defaults', () => {
  it('retries network and rate-limit failures once', () => {
    expect(shouldRetryQuery(0, new AppError('network', 'NETWORK_ERROR', ''))).toBe(true);
    expect(shouldRetryQuery(0, new AppError('rate-limited', 'QUERY_LIMIT_EXCEEDED', ''))).toBe(true);
    expect(shouldRetryQuery(1, new AppError('network', 'NETWORK_ERROR', ''))).toBe(false);
  });

  it('never retries other failures', () => {
    expect(shouldRetryQuery(0, new AppError('missing-scope', 'insufficient_scope', ''))).toBe(false);
    expect(shouldRetryQuery(0, new AppError('not-authorised', 'NO_AUTH_FOUND', ''))).toBe(false);
    expect(shouldRetryQuery(0, new Error('boom'))).toBe(false);
  });

  it('does not refetch everything when the window regains focus', () => {
    const defaults = createQueryClient().getDefaultOptions();
    expect(defaults.queries?.refetchOnWindowFocus).toBe(false);
    expect(defaults.mutations?.retry).toBe(false);
  });
});
