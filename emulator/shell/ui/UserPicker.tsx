import { useId, useState } from 'react';
import type { UserListItem } from '../../types';
import type { ControlClient } from '../api/control-client';
import { toSelectedUser, type SelectedUser } from '../api/users';
import { useUserList } from '../hooks/useUserList';
import { Avatar } from './Avatar';
import { Dialog } from './Dialog';

const SHOWN = 50;

interface UserPickerProps {
  client: ControlClient;
  multiple: boolean;
  onDone(users: SelectedUser[] | null): void;
}

/**
 * The portal's user selector (selectUser / selectUsers): active employees only, like the portal,
 * searched on the server (GET /emulator-api/users). Cancelling sends nothing back.
 */
export function UserPicker({ client, multiple, onDone }: UserPickerProps) {
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<UserListItem[]>([]);
  const searchId = useId();
  const list = useUserList(client, { query, limit: SHOWN, userType: 'employee', active: true });
  const matches = list?.users ?? [];
  const toggle = (user: UserListItem) =>
    setChosen((all) => (all.some((u) => u.id === user.id) ? all.filter((u) => u.id !== user.id) : [...all, user]));

  return (
    <Dialog title={multiple ? 'Select users' : 'Select a user'} onClose={() => onDone(null)} variant="modal">
      <label htmlFor={searchId} className="label mb-1 block">
        Search people
      </label>
      <input
        id={searchId}
        data-autofocus
        type="search"
        className="field mb-3 w-full"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Name, position or id"
      />
      {!list && <p className="text-muted">Loading people…</p>}
      {list && matches.length === 0 && <p className="text-muted">Nobody matches “{query}”.</p>}
      {list && list.total > matches.length && (
        <p className="label mb-1">
          {matches.length} of {list.total} shown: type to narrow down.
        </p>
      )}
      <ul className="max-h-[45vh] overflow-auto" aria-label="People">
        {matches.map((user) => (
          <li key={user.id}>
            {multiple ? (
              <label className="flex cursor-pointer items-center gap-3 rounded-lg px-2 py-1.5 hover:bg-page">
                <input type="checkbox" checked={chosen.some((u) => u.id === user.id)} onChange={() => toggle(user)} />
                <PersonLine user={user} />
              </label>
            ) : (
              <button
                type="button"
                className="flex w-full items-center gap-3 rounded-lg px-2 py-1.5 text-left hover:bg-page"
                onClick={() => onDone([toSelectedUser(user)])}
              >
                <PersonLine user={user} />
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

function PersonLine({ user }: { user: UserListItem }) {
  return (
    <>
      <Avatar name={user.name} photo={user.avatar} />
      <span className="min-w-0">
        <span className="block truncate">{user.name}</span>
        {user.position && <span className="block truncate text-[12px] text-muted">{user.position}</span>}
      </span>
    </>
  );
}
