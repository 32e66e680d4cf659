import { useCallback, useState } from 'react';
import type { FrameLogEntry } from '../../types';
import type { ControlClient } from '../api/control-client';
import type { LocalFrameEvent } from '../hooks/useFrameBridge';
import { usePolling } from '../hooks/usePolling';
import { clockTime } from './log-view';
import { Cell, JsonLine, LogTable } from './LogTable';
import { Section } from './Section';

const FRAME_COLUMNS = [{ label: 'Time', width: '64px' }, { label: 'Command' }, { label: 'Answered', width: '76px' }];

/** Frame messages: the portal's log (GET /emulator-api/frame-log) plus this page's waiting/dropped ones. */
export function FrameLogSection({ client, active, local }: { client: ControlClient; active: boolean; local: LocalFrameEvent[] }) {
  const [entries, setEntries] = useState<FrameLogEntry[]>([]);
  const poll = useCallback(async () => setEntries((await client.frameLog()).slice(-150)), [client]);
  usePolling(poll, 1000, active);

  return (
    <Section title={`Frame log (${entries.length})`}>
      <LogTable caption="Frame messages from the app, newest first" columns={FRAME_COLUMNS}>
        {[...local].reverse().map((e) => (
          <tr key={`local-${e.key}`} className="border-t border-line">
            <Cell className="font-mono">{clockTime(e.at)}</Cell>
            <Cell>
              <span className="block break-words font-mono">{e.command}</span>
              <span className="block break-words text-muted">{e.detail}</span>
            </Cell>
            <Cell className={e.status === 'dropped' ? 'text-alert-text' : 'text-warning-text'}>{e.status}</Cell>
          </tr>
        ))}
        {[...entries].reverse().map((e) => (
          <tr key={e.id} className="border-t border-line">
            <Cell className="font-mono">{clockTime(e.at)}</Cell>
            <Cell>
              <span className="block break-words font-mono">{e.command}</span>
              {e.params !== null && e.params !== undefined && <JsonLine value={e.params} />}
            </Cell>
            <Cell>{e.answered ? 'yes' : <span className="text-muted">no</span>}</Cell>
          </tr>
        ))}
      </LogTable>
    </Section>
  );
}
