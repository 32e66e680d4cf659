import { useId, useState } from 'react';
import type { PortalConfig, FaultPatch, EmulatorState } from '../../types';
import { Row, Section } from './Section';

/** Fault injection: latency, failing calls, token expiry, status.set failures, presence churn. */
export function FaultsSection(props: {
  state: EmulatorState;
  onFaults(faults: FaultPatch): void;
  onClearFaults(): void;
  onConfig(patch: Partial<PortalConfig>): void;
}) {
  const { faults, config } = props.state;
  const ids = { latency: useId(), count: useId(), status: useId() };
  const [latency, setLatency] = useState(String(faults.latencyMs ?? 0));
  const [count, setCount] = useState('3');
  const [status, setStatus] = useState<500 | 503>(503);

  return (
    <Section title="Faults">
      <Row>
        <label htmlFor={ids.latency} className="label w-32">
          Added latency (ms)
        </label>
        <input id={ids.latency} className="field w-24" inputMode="numeric" value={latency} onChange={(e) => setLatency(e.target.value.replace(/\D/g, ''))} />
        <button type="button" className="btn" onClick={() => props.onFaults({ latencyMs: Number(latency) || 0 })}>
          Apply latency
        </button>
      </Row>
      <Row>
        <label htmlFor={ids.count} className="label w-32">
          Calls to fail
        </label>
        <input id={ids.count} className="field w-16" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value.replace(/\D/g, ''))} />
        <label htmlFor={ids.status} className="label">
          with status
        </label>
        <select id={ids.status} className="field" value={status} onChange={(e) => setStatus(Number(e.target.value) === 500 ? 500 : 503)}>
          <option value={503}>503</option>
          <option value={500}>500</option>
        </select>
        <button type="button" className="btn" onClick={() => props.onFaults({ failNext: { count: Number(count) || 1, status } })}>
          Fail next calls
        </button>
      </Row>
      <Row>
        <button type="button" className="btn" onClick={() => props.onFaults({ expireTokensNow: true })}>
          Expire token now
        </button>
        <button type="button" className="btn" onClick={props.onClearFaults}>
          Clear faults
        </button>
      </Row>
      <Row>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={Boolean(faults.statusSetFails)} onChange={(e) => props.onFaults({ statusSetFails: e.target.checked })} />
          im.user.status.set fails
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={config.presenceChurn} onChange={(e) => props.onConfig({ presenceChurn: e.target.checked })} />
          Presence churn
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={config.bucketEnabled} onChange={(e) => props.onConfig({ bucketEnabled: e.target.checked })} />
          Rate limit bucket
        </label>
      </Row>
      <p className="text-[12px] text-muted">
        Active faults: <code className="font-mono">{JSON.stringify(faults)}</code>
      </p>
    </Section>
  );
}
