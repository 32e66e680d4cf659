/**
 * RestTransport over the SDK's `actions.v2` (never the deprecated callMethod/callBatch).
 * The SDK throws for most failures and returns failed results for others (reference b24jssdk §3.3);
 * both end up as AppErrors here. Token refresh through the frame, rate-limit waits and retries
 * happen inside the SDK, invisibly.
 */
import type { AjaxResult, B24Frame, Result } from '@bitrix24/b24jssdk';
import { AppError, toAppError } from './errors';
import { MAX_BATCH_COMMANDS, type RestOutcome, type RestRequest, type RestResponse, type RestTransport } from './transport';

const BASE_ERROR = 'base-error';

function firstError(result: { errors: Map<string, Error> }, preferredKey: string): unknown {
  return result.errors.get(preferredKey) ?? result.errors.values().next().value;
}

function responseOf(result: AjaxResult): RestResponse {
  return { result: result.getData()?.result, total: result.getTotal() };
}

export function createSdkTransport(b24: Pick<B24Frame, 'actions'>): RestTransport {
  return {
    async call(method, params) {
      let result: AjaxResult;
      try {
        result = await b24.actions.v2.call.make({ method, params });
      } catch (error) {
        throw toAppError(error, method);
      }
      if (!result.isSuccess) throw toAppError(firstError(result, BASE_ERROR), method);
      return responseOf(result);
    },

    async batch(commands: Record<string, RestRequest>) {
      const keys = Object.keys(commands);
      if (keys.length === 0 || keys.length > MAX_BATCH_COMMANDS) {
        throw new AppError('invalid-input', 'BATCH_SIZE', `A batch takes 1…${MAX_BATCH_COMMANDS} commands, got ${keys.length}`, {
          method: 'batch',
        });
      }
      const calls = Object.fromEntries(keys.map((key) => [key, commands[key] as RestRequest]));
      let answer: Result<Record<string, AjaxResult>>;
      try {
        answer = (await b24.actions.v2.batch.make({
          calls,
          options: { isHaltOnError: false, returnAjaxResult: true },
        })) as Result<Record<string, AjaxResult>>;
      } catch (error) {
        throw toAppError(error, 'batch');
      }
      const perKey = answer.getData() ?? {};
      // The batch request itself failed (its envelope carried an error): nothing ran.
      if (!answer.isSuccess && answer.errors.has(BASE_ERROR) && Object.keys(perKey).length === 0) {
        throw toAppError(answer.errors.get(BASE_ERROR), 'batch');
      }
      const outcomes: Record<string, RestOutcome> = {};
      for (const key of keys) {
        const method = (commands[key] as RestRequest).method;
        const result = perKey[key];
        if (result === undefined) {
          const error = answer.errors.get(key);
          outcomes[key] = {
            ok: false,
            error: error
              ? toAppError(error, method)
              : new AppError('portal-error', 'BATCH_NO_ANSWER', `The batch returned nothing for "${key}"`, { method }),
          };
        } else if (result.isSuccess) {
          outcomes[key] = { ok: true, response: responseOf(result) };
        } else {
          outcomes[key] = { ok: false, error: toAppError(firstError(result, BASE_ERROR), method) };
        }
      }
      return outcomes;
    },
  };
}
