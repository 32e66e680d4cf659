/**
 * RestTransport over the SDK's `actions.v2.call` (never the deprecated callMethod/callBatch).
 * The SDK throws for most failures and returns failed results for others (reference b24jssdk §3.3);
 * both end up as AppErrors here. Token refresh through the frame, rate-limit waits and retries
 * happen inside the SDK, invisibly.
 *
 * `batch` is sent as an ordinary call of the `batch` method (the same request the SDK's batch
 * action sends, through the same rate limiter), and its answer is read by batchWire.ts: the SDK's
 * own batch reader fails the WHOLE batch when one command is missing from the answer or the
 * portal lists results as an array, where we keep every answer we got.
 */
import type { AjaxResult, B24Frame } from '@bitrix24/b24jssdk';
import { batchParams, parseBatchAnswer } from './batchWire';
import { AppError, toAppError } from './errors';
import { MAX_BATCH_COMMANDS, type RestRequest, type RestResponse, type RestTransport } from './transport';

const BASE_ERROR = 'base-error';

function firstError(result: { errors: Map<string, Error> }, preferredKey: string): unknown {
  return result.errors.get(preferredKey) ?? result.errors.values().next().value;
}

function responseOf(result: AjaxResult): RestResponse {
  return { result: result.getData()?.result, total: result.getTotal(), more: result.isMore() };
}

export function createSdkTransport(b24: Pick<B24Frame, 'actions'>): RestTransport {
  async function callOnce(method: string, params: Record<string, unknown>): Promise<AjaxResult> {
    let result: AjaxResult;
    try {
      result = await b24.actions.v2.call.make({ method, params });
    } catch (error) {
      throw toAppError(error, method);
    }
    if (!result.isSuccess) throw toAppError(firstError(result, BASE_ERROR), method);
    return result;
  }

  return {
    async call(method, params) {
      return responseOf(await callOnce(method, params));
    },

    async batch(commands: Record<string, RestRequest>) {
      const keys = Object.keys(commands);
      if (keys.length === 0 || keys.length > MAX_BATCH_COMMANDS) {
        throw new AppError('invalid-input', 'BATCH_SIZE', `A batch takes 1…${MAX_BATCH_COMMANDS} commands, got ${keys.length}`, {
          method: 'batch',
        });
      }
      const answer = await callOnce('batch', { ...batchParams(commands) });
      return parseBatchAnswer(answer.getData()?.result, commands);
    },
  };
}
