import { useCallback, useState } from 'react';
import type { ControlClient } from '../api/control-client';
import type { FrameLogEntry } from '../../types';
import type { LocalFrameEvent } from '../hooks/useFrameBridge';
import { usePolling } from '../hooks/usePolling';
import { clockTime, compactJson } from './log-view';
import { Section } from './Section';

/** Frame messages: the portal's log (GET /emulator-api/frame-log) plus this page's waiting/dropped ones. */
export function FrameLogSection({ client, active, local }: { client: ControlClient; active: boolean; local: LocalFrameEvent[] }) {
  const [entries, setEntries] = useState<FrameLogEntry[]>([]);
  const poll = useCallback(async () => setEntries((await client.frameLog()).slice(-150)), [client]);
  usePolling(poll, 1000, active);

  return (
    <Section title={`Frame log (${entries.length})`}>
      <div className="max-h-[320px] overflow-auto">
        <table className="w-full border-collapse text-[12px]">
          <caption className="sr-only">Frame messages from the app, newest first</caption>
          <thead className="sticky top-0 bg-surface text-left text-muted">
            <tr>
              <th scope="col" className="py-1 pr-2 font-normal">Time</th>
              <th scope="col" className="py-1 pr-2 font-normal">Command</th>
              <th scope="col" className="py-1 pr-2 font-normal">Params</th>
              <th scope="col" className="py-1 font-normal">Answered</th>
            </tr>
          </thead>
          <tbody>
            {[...local].reverse().map((e) => (
              <tr key={`local-${e.key}`} className="border-t border-line align-top">
                <td className="py-1 pr-2 font-mono">{clockTime(e.at)}</td>
                <td className="py-1 pr-2 font-mono">{e.command}</td>
                <td className="py-1 pr-2 text-muted">{e.detail}</td>
                <td className={`py-1 ${e.status === 'dropped' ? 'text-alert' : 'text-warning'}`}>{e.status}</td>
              </tr>
            ))}
            {[...entries].reverse().map((e) => (
              <tr key={e.id} className="border-t border-line align-top">
                <td className="py-1 pr-2 font-mono">{clockTime(e.at)}</td>
                <td className="py-1 pr-2 font-mono">{e.command}</td>
                <td className="max-w-[180px] truncate py-1 pr-2 font-mono" title={compactJson(e.params, 2000)}>
                  {compactJson(e.params, 80)}
                </td>
                <td className="py-1">{e.answered ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
