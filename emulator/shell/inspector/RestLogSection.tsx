import { useCallback, useRef, useState } from 'react';
import type { ControlClient } from '../api/control-client';
import type { RestLogEntry } from '../../types';
import { usePolling } from '../hooks/usePolling';
import { appendLog, clockTime } from './log-view';
import { Cell, JsonLine, LogTable } from './LogTable';
import { Row, Section } from './Section';

const CAP = 300;
const REST_COLUMNS = [{ label: 'Time', width: '64px' }, { label: 'Request' }, { label: 'Status', width: '52px' }, { label: 'ms', width: '44px' }];

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
      <LogTable caption="REST requests, newest first" columns={REST_COLUMNS}>
        {[...entries].reverse().map((e) => (
          <tr key={e.id} className="border-t border-line">
            <Cell className="font-mono">{clockTime(e.at)}</Cell>
            <Cell>
              <span className="block break-words font-mono">
                {e.method}
                {e.error && <span className="text-alert-text"> → {e.error}</span>}
              </span>
              {e.commands?.length ? (
                <span className="block break-words text-muted">
                  {e.commands.length} commands: {e.commands.join(', ')}
                </span>
              ) : null}
              <JsonLine value={e.params} />
            </Cell>
            <Cell className={`font-mono ${e.httpStatus >= 400 ? 'text-alert-text' : ''}`} title={e.error}>
              {e.httpStatus}
            </Cell>
            <Cell className="text-right font-mono">{Math.round(e.durationMs)}</Cell>
          </tr>
        ))}
      </LogTable>
    </Section>
  );
}
