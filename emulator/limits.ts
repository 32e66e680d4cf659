/**
 * Limits and faults of the emulated portal:
 * - LeakyBucket: +1 per REST request, drains `drainPerSec`, a request that would push the level
 *   above `max` is refused (503 QUERY_LIMIT_EXCEEDED) and not counted (Bitrix24 non-enterprise: 50, 2/s).
 * - FaultInjector: latency added to every REST call, "fail the next N calls" with 500/503, and the
 *   status-set failure switch. Token expiry lives with the tokens in store.ts.
 */
import type { FaultPatch, Faults } from './types';

export const BUCKET_MAX = 50;
export const BUCKET_DRAIN_PER_SEC = 2;

export class LeakyBucket {
  private levelAt = 0;
  private updatedAt = 0;

  constructor(
    readonly max = BUCKET_MAX,
    readonly drainPerSec = BUCKET_DRAIN_PER_SEC,
  ) {}

  level(now: number): number {
    const drained = this.levelAt - ((now - this.updatedAt) / 1000) * this.drainPerSec;
    return Math.max(0, drained);
  }

  /** Counts one request; false (and not counted) when it would exceed the limit. */
  tryAdd(now: number): boolean {
    const current = this.level(now);
    if (current + 1 > this.max) {
      this.levelAt = current;
      this.updatedAt = now;
      return false;
    }
    this.levelAt = current + 1;
    this.updatedAt = now;
    return true;
  }

  reset(): void {
    this.levelAt = 0;
    this.updatedAt = 0;
  }
}

export class FaultInjector {
  private state: Faults = { latencyMs: 0, failNext: null, statusSetFails: false };

  get snapshot(): Faults {
    return { ...this.state, failNext: this.state.failNext ? { ...this.state.failNext } : null };
  }

  merge(patch: FaultPatch): void {
    if (patch.latencyMs !== undefined) this.state.latencyMs = Math.max(0, Math.floor(patch.latencyMs));
    if (patch.failNext !== undefined) {
      const f = patch.failNext;
      this.state.failNext = f && f.count > 0 ? { count: Math.floor(f.count), status: f.status === 503 ? 503 : 500 } : null;
    }
    if (patch.statusSetFails !== undefined) this.state.statusSetFails = patch.statusSetFails;
  }

  clear(): void {
    this.state = { latencyMs: 0, failNext: null, statusSetFails: false };
  }

  get latencyMs(): number {
    return this.state.latencyMs;
  }

  get statusSetFails(): boolean {
    return this.state.statusSetFails;
  }

  /** Takes one "fail next" charge; the HTTP status to fail with, or null. */
  takeFailure(): 500 | 503 | null {
    const f = this.state.failNext;
    if (!f) return null;
    f.count -= 1;
    if (f.count <= 0) this.state.failNext = null;
    return f.status;
  }
}
