import { useId, useState } from 'react';
import type { ControlClient } from '../api/control-client';
import { useUserList } from '../hooks/useUserList';
import { Avatar } from '../ui/Avatar';
import { Row } from './Section';

const SHOWN = 12;
const KIND_LABEL: Record<string, string> = { extranet: 'extranet', bot: 'bot', email: 'e-mail user', openlines: 'open lines' };

/** Pick who the app runs as; the app is reopened with that user's tokens. Users are searched on the server. */
export function ActAsSection(props: { client: ControlClient; current: { id: number; name: string }; onActAs(userId: number): void }) {
  const searchId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const list = useUserList(props.client, { query, limit: SHOWN }, open);
  return (
    <details className="surface border border-line" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer select-none px-4 py-2.5 font-semibold">Act as another user</summary>
      <div className="flex flex-col gap-3 px-4 pb-4">
        <p>
          Current user: <strong>{props.current.name}</strong> (id {props.current.id})
        </p>
        <Row>
          <label htmlFor={searchId} className="label">
            Find a user
          </label>
          <input id={searchId} type="search" className="field flex-1" placeholder="Name, position or id" value={query} onChange={(e) => setQuery(e.target.value)} />
        </Row>
        {!list && <p className="text-muted">Loading users…</p>}
        {list && (
          <p className="label" aria-live="polite">
            {list.total === 0 ? 'Nobody matches.' : `${Math.min(SHOWN, list.users.length)} of ${list.total} shown`}
          </p>
        )}
        <ul className="flex flex-col" aria-label="Users">
          {(list?.users ?? []).map((user) => (
            <li key={user.id} className="flex items-center gap-2 border-b border-line py-1.5 last:border-0">
              <Avatar name={user.name} photo={user.avatar} size={28} />
              <span className="min-w-0 flex-1">
                <span className="block truncate">
                  <span className="font-mono text-[12px] text-muted">#{user.id}</span> {user.name}
                  {!user.active && <span className="text-alert-text"> (dismissed)</span>}
                  {KIND_LABEL[user.userType] && <span className="text-muted"> ({KIND_LABEL[user.userType]})</span>}
                </span>
                {user.position && <span className="block truncate text-[12px] text-muted">{user.position}</span>}
              </span>
              <button
                type="button"
                className="btn shrink-0 py-0.5"
                disabled={user.id === props.current.id}
                onClick={() => props.onActAs(user.id)}
                aria-label={`Act as ${user.name}`}
              >
                {user.id === props.current.id ? 'Current' : 'Act as'}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
