import { useId, useMemo, useState } from 'react';
import { matchesUserQuery, toSelectedUser, type PortalUser, type SelectedUser } from '../api/users';
import { Avatar } from './Avatar';
import { Dialog } from './Dialog';

const SHOWN = 50;

interface UserPickerProps {
  multiple: boolean;
  users: PortalUser[] | null;
  onDone(users: SelectedUser[] | null): void;
}

/** The portal's user selector (selectUser / selectUsers): active employees only, like the portal. Cancelling sends nothing back. */
export function UserPicker({ multiple, users, onDone }: UserPickerProps) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<PortalUser[]>([]);
  const searchId = useId();
  const matches = useMemo(
    () => (users ?? []).filter((u) => !u.fired && u.kind === 'employee' && matchesUserQuery(u, query)).slice(0, SHOWN),
    [users, query],
  );
  const toggle = (user: PortalUser) =>
    setChosen((all) => (all.some((u) => u.id === user.id) ? all.filter((u) => u.id !== user.id) : [...all, user]));

  return (
    <Dialog title={multiple ? 'Select users' : 'Select a user'} onClose={() => onDone(null)} variant="modal">
      <label htmlFor={searchId} className="label mb-1 block">
        Search people
      </label>
      <input
        id={searchId}
        type="search"
        className="field mb-3 w-full"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Name, position or id"
      />
      {!users && <p className="text-muted">Loading people…</p>}
      {users && matches.length === 0 && <p className="text-muted">Nobody matches “{query}”.</p>}
      <ul className="max-h-[45vh] overflow-auto" aria-label="People">
        {matches.map((user) => (
          <li key={user.id}>
            {multiple ? (
              <label className="flex cursor-pointer items-center gap-3 rounded-lg px-2 py-1.5 hover:bg-page">
                <input type="checkbox" checked={chosen.some((u) => u.id === user.id)} onChange={() => toggle(user)} />
                <Avatar name={user.name} photo={user.photo} />
                <span>
                  {user.name} <span className="text-muted">{user.position}</span>
                </span>
              </label>
            ) : (
              <button
                type="button"
                className="flex w-full items-center gap-3 rounded-lg px-2 py-1.5 text-left hover:bg-page"
                onClick={() => onDone([toSelectedUser(user)])}
              >
                <Avatar name={user.name} photo={user.photo} />
                <span>
                  {user.name} <span className="text-muted">{user.position}</span>
                </span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="mt-4 flex justify-end gap-2">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          Cancel
        </button>
        {multiple && (
          <button type="button" className="btn btn-primary" onClick={() => onDone(chosen.map(toSelectedUser))}>
            Select ({chosen.length})
          </button>
        )}
      </div>
    </Dialog>
  );
}
