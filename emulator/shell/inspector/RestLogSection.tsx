import { useCallback, useRef, useState } from 'react';
import type { ControlClient } from '../api/control-client';
import type { RestLogEntry } from '../../types';
import { usePolling } from '../hooks/usePolling';
import { appendLog, clockTime, compactJson } from './log-view';
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
      <div className="max-h-[320px] overflow-auto">
        <table className="w-full border-collapse text-[12px]">
          <caption className="sr-only">REST requests, newest first</caption>
          <thead className="sticky top-0 bg-surface text-left text-muted">
            <tr>
              <th scope="col" className="py-1 pr-2 font-normal">Time</th>
              <th scope="col" className="py-1 pr-2 font-normal">Method</th>
              <th scope="col" className="py-1 pr-2 font-normal">Params</th>
              <th scope="col" className="py-1 pr-2 font-normal">Status</th>
              <th scope="col" className="py-1 font-normal">ms</th>
            </tr>
          </thead>
          <tbody>
            {[...entries].reverse().map((e) => (
              <tr key={e.id} className="border-t border-line align-top">
                <td className="py-1 pr-2 font-mono">{clockTime(e.at)}</td>
                <td className="py-1 pr-2 font-mono">
                  {e.method}
                  {e.commands?.length ? <span className="text-muted"> [{e.commands.join(', ')}]</span> : null}
                </td>
                <td className="max-w-[160px] truncate py-1 pr-2 font-mono" title={compactJson(e.params, 2000)}>
                  {compactJson(e.params, 80)}
                </td>
                <td className={`py-1 pr-2 font-mono ${e.httpStatus >= 400 ? 'text-alert' : ''}`} title={e.error}>
                  {e.httpStatus}
                </td>
                <td className="py-1 font-mono">{Math.round(e.durationMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
