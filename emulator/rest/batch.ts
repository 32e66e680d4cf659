/**
 * batch (basic scope). `cmd` is an object or an array of `"method?query"` strings (PHP bracket
 * query syntax, URL-decoded); commands run in order, each with its own scope check;
 * `$result[cmd][field][0]…` (and $result_total / $result_next) refer to earlier results — a value
 * that is exactly one reference takes the referenced value as is (arrays stay arrays).
 * `halt` (0/1/true/false, default false) stops at the first failing command.
 * Limits (our reading of the docs): commands past the 50th are not run and each gets
 * ERROR_BATCH_LENGTH_EXCEEDED in result_error (with halt: only the 51st, then stop); a nested
 * `batch` gets ERROR_BATCH_METHOD_NOT_ALLOWED. Sections print as PHP arrays (`[]` when empty).
 * The HTTP status stays 200 whatever the sub-commands do.
 */
import type { CallContext, MethodDef, MethodResult } from './context';
import { phpArray, timeBlock } from './envelope';
import type { RestError } from './errors';
import { systemErrors } from './errors';
import { isRecord, toBool, upperKeys, type Params } from './params';
import { parseQueryString, stripTransportKeys } from './request';

export const MAX_BATCH_COMMANDS = 50;

type Entry = readonly [string | number, unknown];

interface BatchState {
  result: Map<string, unknown>;
  total: Map<string, unknown>;
  next: Map<string, unknown>;
  error: Map<string, unknown>;
}

const REF = /\$(result|result_total|result_next|result_error)\[([^\]]+)\]((?:\[[^\]]*\])*)/g;
const WHOLE_REF = /^\$(result|result_total|result_next|result_error)\[([^\]]+)\]((?:\[[^\]]*\])*)$/;

function lookup(state: BatchState, section: string, key: string, path: string): unknown {
  const map = section === 'result' ? state.result : section === 'result_total' ? state.total : section === 'result_next' ? state.next : state.error;
  let value: unknown = map.get(key);
  for (const m of path.matchAll(/\[([^\]]*)\]/g)) {
    const step = m[1] ?? '';
    if (Array.isArray(value)) value = value[Number(step)];
    else if (isRecord(value)) value = value[step];
    else return undefined;
  }
  return value;
}

function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(scalarText).join(',');
  if (typeof value === 'object') return '';
  return String(value);
}

function resolveRefs(value: unknown, state: BatchState): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE_REF.exec(value);
    if (whole) {
      const found = lookup(state, whole[1] ?? '', whole[2] ?? '', whole[3] ?? '');
      return found === undefined ? '' : found;
    }
    return value.replace(REF, (_all, section: string, key: string, path: string) => scalarText(lookup(state, section, key, path)));
  }
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, state));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = resolveRefs(v, state);
    return out;
  }
  return value;
}

function splitCommand(command: unknown): { method: string; query: string } {
  const text = typeof command === 'string' ? command : '';
  const q = text.indexOf('?');
  return q < 0 ? { method: text.trim(), query: '' } : { method: text.slice(0, q).trim(), query: text.slice(q + 1) };
}

function batch(params: Params, ctx: CallContext): MethodResult {
  const up = upperKeys(params);
  const halt = toBool(up.HALT);
  const cmd = up.CMD;
  const commands: Entry[] = Array.isArray(cmd) ? cmd.map((c, i) => [i, c] as const) : isRecord(cmd) ? Object.entries(cmd) : [];
  const state: BatchState = { result: new Map(), total: new Map(), next: new Map(), error: new Map() };
  const results: Entry[] = [];
  const errors: Entry[] = [];
  const totals: Entry[] = [];
  const nexts: Entry[] = [];
  const times: Entry[] = [];
  const methods: string[] = [];
  const fail = (key: string | number, error: RestError) => {
    const body = { error: error.code, error_description: error.description };
    errors.push([key, body]);
    state.error.set(String(key), body);
  };
  for (const [index, [key, command]] of commands.entries()) {
    const { method, query } = splitCommand(command);
    methods.push(method);
    if (index >= MAX_BATCH_COMMANDS) {
      fail(key, systemErrors.batchLengthExceeded());
      if (halt) break;
      continue;
    }
    if (method.toLowerCase() === 'batch') {
      fail(key, systemErrors.batchMethodNotAllowed());
      if (halt) break;
      continue;
    }
    const subParams = resolveRefs(stripTransportKeys(parseQueryString(query)), state) as Params;
    const outcome = ctx.dispatch(method, subParams, true);
    times.push([key, timeBlock(outcome.startedAt, outcome.finishedAt)]);
    if (!outcome.ok) {
      fail(key, outcome.error);
      if (halt) break;
      continue;
    }
    results.push([key, outcome.value.result]);
    state.result.set(String(key), outcome.value.result);
    if (outcome.value.total !== undefined) {
      totals.push([key, outcome.value.total]);
      state.total.set(String(key), outcome.value.total);
    }
    if (outcome.value.next !== undefined) {
      nexts.push([key, outcome.value.next]);
      state.next.set(String(key), outcome.value.next);
    }
  }
  return {
    result: {
      result: phpArray(results),
      result_error: phpArray(errors),
      result_total: phpArray(totals),
      result_next: phpArray(nexts),
      result_time: phpArray(times),
    },
    commands: methods,
  };
}

export const batchMethods: Record<string, MethodDef> = {
  batch: { scopes: null, handler: batch },
};
