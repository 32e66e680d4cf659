/**
 * The `batch` method on the wire, both ways, as pure functions (reference bitrix24-rest §4.4,
 * b24jssdk §3.5).
 *
 * Sending (conservative): exactly what the SDK sends — `{"halt": 0, "cmd": {"key": "method?query"}}`,
 * named commands, each query in PHP bracket notation (queryString.ts).
 *
 * Reading (liberal), per command key:
 * - each section (`result`, `result_error`, `result_total`, `result_next`) may be an object keyed by
 *   command name, PHP's `[]` when empty, or an array in command order (read by position only when
 *   it has one entry per command, so a compacted list is never matched to the wrong command);
 * - an error wins over a result; it may be `{error, error_description}`, `{error: {code, message}}`,
 *   `{code, message}` or a plain string;
 * - a command missing from both `result` and `result_error` gets its own 'portal-error'
 *   (BATCH_NO_ANSWER) — the other commands keep their answers;
 * - a payload without the sections but keyed by our command names is read as the `result` map.
 */
import { AppError, toAppError } from './errors';
import { toQueryString } from './queryString';
import { countOrNull } from './scalars';
import type { RestOutcome, RestRequest } from './transport';

export interface BatchEnvelope {
  halt: 0;
  cmd: Record<string, string>;
}

/** One command as the batch carries it: "user.get?filter%5BACTIVE%5D=true&start=0". */
export function batchCommandLine(request: RestRequest): string {
  return `${request.method}?${toQueryString(request.params)}`;
}

/** The `batch` parameters for named commands, run without halting on errors. */
export function batchParams(commands: Record<string, RestRequest>): BatchEnvelope {
  const cmd: Record<string, string> = {};
  for (const [key, request] of Object.entries(commands)) cmd[key] = batchCommandLine(request);
  return { halt: 0, cmd };
}

const SECTION_NAMES = ['result', 'result_error', 'result_total', 'result_next', 'result_time'] as const;

interface Sections {
  result: unknown;
  errors: unknown;
  totals: unknown;
  nexts: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sectionsOf(payload: unknown, keys: readonly string[]): Sections | null {
  if (!isRecord(payload)) return null;
  if (SECTION_NAMES.some((name) => name in payload)) {
    return { result: payload.result, errors: payload.result_error, totals: payload.result_total, nexts: payload.result_next };
  }
  if (keys.some((key) => key in payload)) return { result: payload, errors: undefined, totals: undefined, nexts: undefined };
  return null;
}

/** The entry of command `key` (number `index` of `count`) in a section. */
function entry(section: unknown, key: string, index: number, count: number): unknown {
  if (Array.isArray(section)) return section.length === count ? section[index] : undefined;
  if (!isRecord(section)) return undefined;
  if (Object.hasOwn(section, key)) return section[key];
  return Object.hasOwn(section, String(index)) ? section[String(index)] : undefined;
}

function isNoError(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === false ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (isRecord(value) && Object.keys(value).length === 0)
  );
}

/** A sub-command's error, however the portal printed it. */
export function batchSubError(value: unknown, method: string): AppError {
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value).trim();
    return /^[A-Za-z0-9_.:-]{1,80}$/.test(text)
      ? toAppError({ error: text, error_description: text }, method)
      : new AppError('portal-error', 'BATCH_COMMAND_FAILED', text, { method });
  }
  const error = toAppError(value, method);
  if (error.code !== 'UNKNOWN') return error;
  return new AppError('portal-error', 'BATCH_COMMAND_FAILED', JSON.stringify(value) ?? String(value), { method, cause: value });
}

/**
 * The batch answer's `result` payload → an outcome for every command key. Throws a 'portal-error'
 * AppError when the payload is not a batch answer at all.
 */
export function parseBatchAnswer(payload: unknown, commands: Record<string, RestRequest>): Record<string, RestOutcome> {
  const keys = Object.keys(commands);
  const sections = sectionsOf(payload, keys);
  if (sections === null) {
    throw new AppError('portal-error', 'UNEXPECTED_RESPONSE', 'The batch answer has no results', { method: 'batch' });
  }
  const outcomes: Record<string, RestOutcome> = {};
  keys.forEach((key, index) => {
    const method = (commands[key] as RestRequest).method;
    const error = entry(sections.errors, key, index, keys.length);
    if (!isNoError(error)) {
      outcomes[key] = { ok: false, error: batchSubError(error, method) };
      return;
    }
    const result = entry(sections.result, key, index, keys.length);
    if (result === undefined) {
      outcomes[key] = {
        ok: false,
        error: new AppError('portal-error', 'BATCH_NO_ANSWER', `The batch returned nothing for "${key}"`, { method }),
      };
      return;
    }
    const total = countOrNull(entry(sections.totals, key, index, keys.length)) ?? 0;
    const more = sections.nexts === undefined ? undefined : countOrNull(entry(sections.nexts, key, index, keys.length)) !== null;
    outcomes[key] = { ok: true, response: more === undefined ? { result, total } : { result, total, more } };
  });
  return outcomes;
}
