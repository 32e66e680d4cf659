/** Pure helpers for the inspector's log tables and summaries. */
import type { Faults } from '../../types';

/** Appends new entries (by increasing id), dropping duplicates and keeping the newest `cap`. */
export function appendLog<T extends { id: number }>(current: T[], incoming: T[], cap: number): T[] {
  const lastId = current.at(-1)?.id ?? -Infinity;
  const fresh = incoming.filter((e) => e.id > lastId).sort((a, b) => a.id - b.id);
  if (fresh.length === 0) return current;
  const merged = [...current, ...fresh];
  return merged.length > cap ? merged.slice(merged.length - cap) : merged;
}

/** One-line JSON for a table cell, cut to `max` characters. */
export function compactJson(value: unknown, max = 120): string {
  let text: string;
  try {
    text = value === undefined ? '' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "14:03:07" for a log timestamp (ms number or ISO string). */
export function clockTime(at: number | string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return String(at);
  return date.toLocaleTimeString('en-GB', { hour12: false });
}

/** The active faults in words, e.g. "+300 ms per call · next 2 calls fail with 503". */
export function faultsSummary(faults: Faults): string {
  const parts: string[] = [];
  if (faults.latencyMs > 0) parts.push(`+${faults.latencyMs} ms per call`);
  if (faults.failNext) {
    const { count, status } = faults.failNext;
    parts.push(`next ${count === 1 ? 'call fails' : `${count} calls fail`} with ${status}`);
  }
  if (faults.statusSetFails) parts.push('im.user.status.set fails');
  return parts.length > 0 ? parts.join(' · ') : 'none';
}
