import type { ReactNode } from 'react';
import { APP_TITLE } from '../settings';
import { Avatar } from './Avatar';

export const INSPECTOR_TOGGLE_ID = 'inspector-toggle';

const MENU = ['Feed', 'Messenger', 'Calendar', 'Tasks and Projects', 'Company', 'Applications'];

/** The portal around the app: the left menu with the app's item and the top bar. */
export function PortalChrome(props: {
  domain: string;
  userName: string;
  userPhoto?: string;
  inspectorOpen: boolean;
  onToggleInspector(): void;
  placement: string;
  children: ReactNode;
  inspector: ReactNode;
}) {
  const inMessenger = props.placement !== 'DEFAULT';
  return (
    <div className="flex min-h-screen">
      <nav aria-label="Portal menu" className="sticky top-0 flex h-screen w-56 shrink-0 flex-col gap-1 px-3 py-4">
        <div className="mb-4 px-3 text-[20px] font-bold tracking-tight text-[#0a74a6]">
          Bitrix<span className="text-[#0058c2]">24</span>
        </div>
        <ul className="flex flex-col gap-0.5">
          {MENU.map((item) => (
            <li key={item}>
              <a
                href="#"
                onClick={(e) => e.preventDefault()}
                aria-current={inMessenger && item === 'Messenger' ? 'page' : undefined}
                className="block rounded-xl px-3 py-2 text-ink hover:bg-surface aria-[current=page]:bg-surface aria-[current=page]:font-semibold"
              >
                {item}
              </a>
            </li>
          ))}
          <li>
            <a
              href="/"
              aria-current={inMessenger ? undefined : 'page'}
              className="mt-2 flex items-center gap-2 rounded-xl px-3 py-2 hover:bg-surface aria-[current=page]:bg-surface aria-[current=page]:font-semibold"
            >
              <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full bg-success" />
              {APP_TITLE}
            </a>
          </li>
        </ul>
        <p className="mt-auto px-3 text-[12px] text-muted">Local portal emulator — not a real Bitrix24.</p>
      </nav>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center gap-4 px-4 py-3">
          <span className="font-semibold">{props.domain}</span>
          <input type="search" aria-label="Search the portal" placeholder="Search" className="field w-64 rounded-full px-4 py-1.5" />
          <div className="ml-auto flex items-center gap-3">
            <span className="flex items-center gap-2" aria-label={`Signed in as ${props.userName}`}>
              <Avatar name={props.userName} photo={props.userPhoto} size={28} />
              <span>{props.userName}</span>
            </span>
            <button
              id={INSPECTOR_TOGGLE_ID}
              type="button"
              className={`btn ${props.inspectorOpen ? 'border-accent text-accent-text' : ''}`}
              aria-expanded={props.inspectorOpen}
              aria-controls="emulator-inspector"
              onClick={props.onToggleInspector}
            >
              Inspector
            </button>
          </div>
        </header>
        <main className="flex min-h-0 flex-1 flex-col px-4 pb-4">{props.children}</main>
      </div>
      {props.inspector}
    </div>
  );
}
