/**
 * The one seam between our typed API and the SDK: two operations, plain data in and out,
 * failures already turned into AppErrors. `sdkTransport.ts` implements it once over the B24Frame;
 * tests (ours and the features') use `createFakeTransport` from `testing.ts`.
 */
import type { AppError } from './errors';

export type RestParams = Record<string, unknown>;

export interface RestRequest {
  method: string;
  params: RestParams;
}

/** A successful answer: the `result` payload and the envelope's paging facts. */
export interface RestResponse {
  result: unknown;
  /** The envelope's `total` (0 when none was sent: list parsers then decide by rows, see paging.ts). */
  total: number;
  /** Whether the envelope carried a numeric `next` (more rows to ask for); undefined = not known. */
  more?: boolean;
}

export type RestOutcome = { ok: true; response: RestResponse } | { ok: false; error: AppError };

/** The most commands one `batch` request may carry (Bitrix24 and the SDK both enforce it). */
export const MAX_BATCH_COMMANDS = 50;

export interface RestTransport {
  /** One REST call. Rejects with an AppError. */
  call(method: string, params: RestParams): Promise<RestResponse>;
  /**
   * One `batch` request of 1…50 named commands, run without halting on errors. Resolves with an
   * outcome for every key; rejects with an AppError only when the batch request itself failed.
   */
  batch(commands: Record<string, RestRequest>): Promise<Record<string, RestOutcome>>;
}
