/**
 * How the inspector shows a change before the portal confirms it (controls do not flick back while
 * the request runs), and which config changes need the app to be opened again.
 */
import type { EmulatorState, FaultPatch, PortalConfig } from '../../types';

/** Config keys that change what the app is launched with (tokens, init data, the iframe). */
const LAUNCH_KEYS: readonly (keyof PortalConfig)[] = [
  'lang', 'placement', 'placementOptions', 'install', 'isAdmin', 'currentUserId', 'authExpiresSec', 'scopes', 'variants',
];

export function relaunchNeeded(patch: Partial<PortalConfig>): boolean {
  return LAUNCH_KEYS.some((key) => key in patch);
}

export function withConfig(state: EmulatorState, patch: Partial<PortalConfig>): EmulatorState {
  return { ...state, config: { ...state.config, ...patch } };
}

export function withFaults(state: EmulatorState, patch: FaultPatch): EmulatorState {
  const faults = { ...state.faults };
  if (patch.latencyMs !== undefined) faults.latencyMs = Math.max(0, Math.floor(patch.latencyMs));
  if (patch.failNext !== undefined) faults.failNext = patch.failNext && patch.failNext.count > 0 ? { ...patch.failNext } : null;
  if (patch.statusSetFails !== undefined) faults.statusSetFails = patch.statusSetFails;
  return { ...state, faults };
}
