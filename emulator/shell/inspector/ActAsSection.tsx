import { useId, useMemo, useState } from 'react';
import { matchesUserQuery, type PortalUser } from '../api/users';
import { Row } from './Section';

/** Pick who the app runs as; the app is reopened with that user's tokens. */
export function ActAsSection(props: {
  current: { id: number; name: string };
  users: PortalUser[] | null;
  onOpen(): void;
  onActAs(userId: number): void;
}) {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(() => (props.users ?? []).filter((u) => matchesUserQuery(u, query)).slice(0, 12), [props.users, query]);
  return (
    <details className="surface border border-line" onToggle={(e) => e.currentTarget.open && props.onOpen()}>
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
        {!props.users && <p className="text-muted">Loading users…</p>}
        <ul className="flex flex-col" aria-label="Users">
          {matches.map((user) => (
            <li key={user.id} className="flex items-center justify-between gap-2 border-b border-line py-1 last:border-0">
              <span className="min-w-0 truncate">
                #{user.id} {user.name} <span className="text-muted">{user.position}</span>
                {user.fired && <span className="text-alert"> (dismissed)</span>}
              </span>
              <button
                type="button"
                className="btn shrink-0 py-0.5"
                disabled={user.id === props.current.id}
                onClick={() => props.onActAs(user.id)}
                aria-label={`Act as ${user.name}`}
              >
                Act as
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
