/**
 * Response envelope pieces: the `time` block every answer carries, and PHP-array semantics for
 * maps (an empty PHP array prints as `[]`; keys 0..n-1 in order print as a JSON array; anything
 * else prints as an object).
 */
import { atom } from './datetime';

export interface TimeBlock {
  start: number;
  finish: number;
  duration: number;
  processing: number;
  date_start: string;
  date_finish: string;
  operating_reset_at: number;
  operating: number;
}

/** Operating-limit window the portal reports (10 minutes after the call). */
const OPERATING_WINDOW_S = 600;

export function timeBlock(startMs: number, finishMs: number): TimeBlock {
  const start = startMs / 1000;
  const finish = Math.max(finishMs, startMs) / 1000;
  const duration = finish - start;
  return {
    start,
    finish,
    duration,
    processing: duration,
    date_start: atom(startMs),
    date_finish: atom(finishMs),
    operating_reset_at: Math.floor(start) + OPERATING_WINDOW_S,
    operating: 0,
  };
}

/** Ordered key/value pairs → what PHP's json_encode would print for that array. */
export function phpArray(entries: ReadonlyArray<readonly [string | number, unknown]>): unknown[] | Record<string, unknown> {
  if (entries.length === 0) return [];
  const isList = entries.every(([key], index) => String(key) === String(index));
  if (isList) return entries.map(([, value]) => value);
  const obj: Record<string, unknown> = {};
  for (const [key, value] of entries) obj[String(key)] = value;
  return obj;
}
