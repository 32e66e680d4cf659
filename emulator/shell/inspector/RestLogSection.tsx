import { useCallback, useRef, useState } from 'react';
import type { ControlClient } from '../api/control-client';
import type { RestLogEntry } from '../../types';
import { usePolling } from '../hooks/usePolling';
import { appendLog, clockTime, compactJson } from './log-view';
import { Cell, LogTable } from './LogTable';
import { Row, Section } from './Section';

const CAP = 300;

/** Live REST log: polls GET /emulator-api/log?since=<last id>. */
export function RestLogSection({ client, active }: { client: ControlClient; active: boolean }) {
  const [entries, setEntries] = useState<RestLogEntry[]>([]);
  const lastId = useRef(0);
  const polls = useRef(0);

  const poll = useCallback(async () => {
    // Every few polls, re-read the last entry: if it is gone, the portal was reset and ids restarted.
    if (++polls.current % 5 === 0 && lastId.current > 0) {
      const check = await client.log(lastId.current - 1);
      if (!check.some((e) => e.id === lastId.current)) {
        lastId.current = 0;
        setEntries([]);
      }
    }
    const fresh = await client.log(lastId.current);
    if (fresh.length === 0) return;
    lastId.current = Math.max(lastId.current, ...fresh.map((e) => e.id));
    setEntries((all) => appendLog(all, fresh, CAP));
  }, [client]);
  usePolling(poll, 1000, active);

  const clear = async () => {
    await client.clearLogs();
    lastId.current = 0;
    setEntries([]);
  };

  return (
    <Section title={`REST log (${entries.length})`}>
      <Row>
        <button type="button" className="btn" onClick={() => void clear()}>
          Clear logs
        </button>
      </Row>
      <LogTable caption="REST requests, newest first" columns={['Time', 'Method', 'Params', 'Status', 'ms']}>
        {[...entries].reverse().map((e) => (
          <tr key={e.id} className="border-t border-line">
            <Cell className="font-mono">{clockTime(e.at)}</Cell>
            <Cell className="font-mono">
              {e.method}
              {e.commands?.length ? <span className="text-muted"> [{e.commands.join(', ')}]</span> : null}
            </Cell>
            <Cell className="max-w-[160px] truncate font-mono" title={compactJson(e.params, 2000)}>
              {compactJson(e.params, 80)}
            </Cell>
            <Cell className={`font-mono ${e.httpStatus >= 400 ? 'text-alert' : ''}`} title={e.error}>
              {e.httpStatus}
              {e.error && <span className="block text-[11px]">{e.error}</span>}
            </Cell>
            <Cell className="text-right font-mono">{Math.round(e.durationMs)}</Cell>
          </tr>
        ))}
      </LogTable>
    </Section>
  );
}
