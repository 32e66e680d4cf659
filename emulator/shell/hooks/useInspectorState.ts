import { useCallback, useRef, useState } from 'react';
import type { EmulatorState, FaultPatch, PortalConfig } from '../../types';
import type { ControlClient } from '../api/control-client';
import { relaunchNeeded, withConfig, withFaults } from '../inspector/optimistic';
import { usePolling } from './usePolling';

/**
 * The portal state the inspector shows (polled while it is open) and its actions. A change shows
 * at once and is confirmed by the portal's answer; a poll that started before a change is dropped.
 */
export function useInspectorState(client: ControlClient, launched: EmulatorState | null, polling: boolean, relaunch: () => void) {
  const [live, setLive] = useState<EmulatorState | null>(null);
  const [status, setStatus] = useState('');
  const changes = useRef(0);
  const state = live ?? launched;

  usePolling(
    useCallback(async () => {
      const seen = changes.current;
      const fresh = await client.state();
      if (seen === changes.current) setLive(fresh);
    }, [client]),
    1500,
    polling,
  );

  const run = useCallback(
    async (label: string, action: () => Promise<EmulatorState>, optimistic: ((s: EmulatorState) => EmulatorState) | null, reopen: boolean) => {
      changes.current += 1;
      if (optimistic) setLive((s) => (s ?? launched ? optimistic((s ?? launched) as EmulatorState) : s));
      try {
        setStatus(`${label}…`);
        const answer = await action();
        changes.current += 1;
        setLive(answer);
        if (reopen) relaunch();
        setStatus(`${label}: done`);
      } catch (reason) {
        setStatus(`${label} failed: ${reason instanceof Error ? reason.message : String(reason)}`);
      }
    },
    [launched, relaunch],
  );

  return {
    state,
    status,
    onConfig: (patch: Partial<PortalConfig>) =>
      void run('Config', () => client.config(patch), (s) => withConfig(s, patch), relaunchNeeded(patch)),
    onFaults: (patch: FaultPatch) => void run('Faults', () => client.faults(patch), (s) => withFaults(s, patch), false),
    onClearFaults: () => void run('Clear faults', () => client.clearFaults(), null, false),
    onReset: () => void run('Reset', () => client.reset({}), null, true),
  };
}
