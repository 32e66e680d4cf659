import { useId, useState } from 'react';
import type { EmulatorState, FaultPatch, PortalConfig } from '../../types';
import { faultsSummary } from './log-view';
import { Row, Section } from './Section';

/** Fault injection: latency, failing calls, token expiry, status.set failures, presence churn. */
export function FaultsSection(props: {
  state: EmulatorState;
  onFaults(faults: FaultPatch): void;
  onClearFaults(): void;
  onConfig(patch: Partial<PortalConfig>): void;
}) {
  const { faults, config } = props.state;
  const ids = { latency: useId(), count: useId(), status: useId(), summary: useId() };
  const [latency, setLatency] = useState(String(faults.latencyMs));
  const [count, setCount] = useState('3');
  const [status, setStatus] = useState<500 | 503>(503);
  const active = faultsSummary(faults);

  return (
    <Section title="Faults">
      <p id={ids.summary} className={`rounded-lg px-3 py-1.5 text-[12px] ${active === 'none' ? 'bg-page text-muted' : 'bg-[#fff1e0] text-ink'}`}>
        Active: {active}
      </p>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          props.onFaults({ latencyMs: Number(latency) || 0 });
        }}
      >
        <label htmlFor={ids.latency} className="label w-28">
          Added latency
        </label>
        <input id={ids.latency} className="field w-20" inputMode="numeric" value={latency} onChange={(e) => setLatency(e.target.value.replace(/\D/g, ''))} />
        <span className="label">ms</span>
        <button type="submit" className="btn">
          Apply
        </button>
      </form>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          props.onFaults({ failNext: { count: Number(count) || 1, status } });
        }}
      >
        <label htmlFor={ids.count} className="label w-28">
          Fail the next
        </label>
        <input id={ids.count} className="field w-14" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value.replace(/\D/g, ''))} />
        <label htmlFor={ids.status} className="label">
          calls with
        </label>
        <select id={ids.status} className="field" value={status} onChange={(e) => setStatus(Number(e.target.value) === 500 ? 500 : 503)}>
          <option value={503}>503 QUERY_LIMIT_EXCEEDED</option>
          <option value={500}>500 INTERNAL_SERVER_ERROR</option>
        </select>
        <button type="submit" className="btn">
          Fail next calls
        </button>
      </form>
      <Row>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={faults.statusSetFails} onChange={(e) => props.onFaults({ statusSetFails: e.target.checked })} />
          im.user.status.set fails (500)
        </label>
      </Row>
      <Row>
        <button type="button" className="btn" onClick={() => props.onFaults({ expireTokensNow: true })}>
          Expire tokens now
        </button>
        <button type="button" className="btn" onClick={props.onClearFaults} disabled={active === 'none'}>
          Clear faults
        </button>
      </Row>
      <label className="flex items-center gap-2 border-t border-line pt-3">
        <input type="checkbox" checked={config.presenceChurn} onChange={(e) => props.onConfig({ presenceChurn: e.target.checked })} />
        Presence churn (others come and go every 15 s)
      </label>
    </Section>
  );
}
