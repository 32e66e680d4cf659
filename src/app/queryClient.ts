import { QueryClient } from '@tanstack/react-query';
import { isRetryableError } from '../b24';

/**
 * The SDK already retries network failures and rate limits a few times per request, so a query
 * retries once more at most, and only for those kinds; a missing scope or a denied access will not
 * get better by asking again.
 */
export const MAX_QUERY_RETRIES = 1;

export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_QUERY_RETRIES && isRetryableError(error);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        retryDelay: (attempt) => Math.min(2000 * 2 ** attempt, 10_000),
        // Coming back to the tab must not fire every query at once against the portal's rate
        // limit; presence queries opt in to their own polling/refocus refresh.
        refetchOnWindowFocus: false,
        refetchOnReconnect: true,
        staleTime: 30_000,
        gcTime: 5 * 60_000,
      },
      mutations: {
        retry: false,
      },
    },
  });
}

/** The app's one client (tests make their own with createQueryClient or retry: false). */
export const queryClient = createQueryClient();
