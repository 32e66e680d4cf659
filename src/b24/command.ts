/**
 * Commands and how they run. A Command<T> is one REST method with its parameters and the parser
 * that turns its answer into domain values. The same command runs alone (`call`) or together with
 * others in one `batch` request (`runBatch`), so a screen can load everything it needs at once:
 *
 *   const r = await runBatch({ me: cmd.me(), status: cmd.myStatus(), deps: cmd.departmentsPage(0) });
 *   if (r.me.ok) show(r.me.value); else showError(r.me.error);
 *
 * Failures are AppErrors: thrown by `call`, per key in `runBatch` / `runBatchList`.
 */
import { AppError, reportAppError, toAppError } from './errors';
import type { MapContext } from './map';
import { mapContext, restTransport } from './session';
import { MAX_BATCH_COMMANDS, type RestOutcome, type RestParams, type RestRequest, type RestResponse } from './transport';

export interface Command<T> {
  readonly method: string;
  readonly params: RestParams;
  /** Wire → domain. May throw on an unexpected shape (reported as a 'portal-error'). */
  readonly parse: (response: RestResponse, ctx: MapContext) => T;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** The value type a command produces. */
export type CommandValue<C> = C extends Command<infer T> ? T : never;

export type BatchOutcomes<C extends Record<string, Command<unknown>>> = { [K in keyof C]: Outcome<CommandValue<C[K]>> };

/** A command key must be a plain identifier: it travels inside the batch's query strings. */
const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/** The value of a successful outcome; throws the AppError of a failed one. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}

function failure(error: AppError): { ok: false; error: AppError } {
  reportAppError(error);
  return { ok: false, error };
}

function parseOutcome<T>(command: Command<T>, outcome: RestOutcome, ctx: MapContext): Outcome<T> {
  if (!outcome.ok) return failure(outcome.error);
  try {
    return { ok: true, value: command.parse(outcome.response, ctx) };
  } catch (error) {
    return failure(
      new AppError('portal-error', 'UNEXPECTED_RESPONSE', `Unexpected answer from ${command.method}: ${String(error)}`, {
        method: command.method,
        cause: error,
      }),
    );
  }
}

/** Runs one command as a single REST call. Rejects with an AppError. */
export async function call<T>(command: Command<T>): Promise<T> {
  let outcome: RestOutcome;
  try {
    outcome = { ok: true, response: await restTransport().call(command.method, command.params) };
  } catch (error) {
    outcome = { ok: false, error: toAppError(error, command.method) };
  }
  return unwrap(parseOutcome(command, outcome, mapContext()));
}

/**
 * Runs named commands in `batch` requests of at most 50 commands each (one request when there are
 * ≤50 commands; otherwise several, one after another). Never rejects: every key gets an Outcome.
 * When a whole batch request fails, each of its keys carries that request's error.
 */
export async function runBatch<C extends Record<string, Command<unknown>>>(commands: C): Promise<BatchOutcomes<C>> {
  const keys = Object.keys(commands);
  for (const key of keys) {
    if (!KEY_PATTERN.test(key)) throw new RangeError(`batch command key "${key}" must be an identifier`);
  }
  const ctx = mapContext();
  const outcomes: Record<string, Outcome<unknown>> = {};
  for (const group of chunk(keys, MAX_BATCH_COMMANDS)) {
    const requests: Record<string, RestRequest> = {};
    for (const key of group) {
      const command = commands[key] as Command<unknown>;
      requests[key] = { method: command.method, params: command.params };
    }
    let answers: Record<string, RestOutcome>;
    try {
      answers = await restTransport().batch(requests);
    } catch (error) {
      const shared = toAppError(error, 'batch');
      answers = Object.fromEntries(group.map((key) => [key, { ok: false, error: shared } as const]));
    }
    for (const key of group) {
      const command = commands[key] as Command<unknown>;
      const answer: RestOutcome = answers[key] ?? {
        ok: false,
        error: new AppError('portal-error', 'BATCH_NO_ANSWER', `The batch returned nothing for "${key}"`, {
          method: command.method,
        }),
      };
      outcomes[key] = parseOutcome(command, answer, ctx);
    }
  }
  return outcomes as BatchOutcomes<C>;
}

/** `runBatch` for a list: outcomes in the order of the commands (≤50 per request, sequential). */
export async function runBatchList<T>(commands: readonly Command<T>[]): Promise<Outcome<T>[]> {
  const named = Object.fromEntries(commands.map((command, index) => [`c${index}`, command]));
  const outcomes = await runBatch(named);
  return commands.map((_, index) => outcomes[`c${index}`] as Outcome<T>);
}
