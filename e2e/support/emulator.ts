import { createControlClient } from '../../emulator/shell/api/control-client';
import type { FrameLogEntry } from '../../emulator/types';

/** The control API's wire types (one source: emulator/types.ts), also under the older names tests use. */
export type * from '../../emulator/types';
export type { FaultPatch as EmulatorFaults, Lang as EmulatorLang, PortalConfig as EmulatorConfig } from '../../emulator/types';

/** The portal origin the tests run against (same rule as playwright.config.ts). */
export const PORTAL_URL = `http://localhost:${process.env.E2E_PORTAL_PORT ?? 5184}`;

/**
 * A typed client for the emulator's control API (docs/TEAM-CONTRACTS.md): reset, config, faults,
 * logs, users, chats, state — plus small waiting helpers for tests.
 */
export function createEmulatorClient(baseUrl: string = PORTAL_URL) {
  const api = createControlClient(baseUrl);

  /** The id of the newest REST log entry (0 when empty): pass it to `log(since)` / `restCalls(since)`. */
  async function lastLogId(): Promise<number> {
    const entries = await api.log();
    return entries.reduce((max, e) => Math.max(max, e.id), 0);
  }

  async function lastFrameLogId(): Promise<number> {
    const entries = await api.frameLog();
    return entries.reduce((max, e) => Math.max(max, e.id), 0);
  }

  /** Waits until the shell reports `command` (newer than `afterId`); returns that frame-log entry. */
  async function waitForFrameCommand(command: string, afterId = 0, timeoutMs = 20_000): Promise<FrameLogEntry> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = (await api.frameLog()).find((e) => e.id > afterId && e.command === command);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`The portal page never logged the frame command ${command} (waited ${timeoutMs} ms)`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return { ...api, lastLogId, lastFrameLogId, waitForFrameCommand };
}

export type EmulatorClient = ReturnType<typeof createEmulatorClient>;
