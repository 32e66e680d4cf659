/**
 * The app's own page (placement DEFAULT): my status card on top, then the sections — for now only
 * the people directory.
 *
 * Height: the page fills the iframe's viewport and the list scrolls inside it (a virtualised list
 * needs a scroll box of known height; growing the iframe to 10 000 rows is not an option). Once,
 * on mount, the frame is fitted to the page: the page is at least FRAME_MIN_HEIGHT_PX tall, so a
 * portal that opens the app in a short frame makes it that tall, and a taller frame stays as is.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { fitWindow } from '../b24';
import { ChatsView } from '../features/chat-members';
import { PeopleDirectory, useDirectoryFirstScreenSettled } from '../features/directory';
import { MyStatusCard } from '../features/status';
import { defineMessages, useMessages } from '../i18n';
import { Skeleton } from '../ui';
import type { ScreenProps } from './ScreenProps';

export const FRAME_MIN_HEIGHT_PX = 800;

const mainScreenMessages = defineMessages({
  en: { sections: 'Sections', people: 'People', chats: 'Chats' },
  ru: { sections: 'Разделы', people: 'Сотрудники', chats: 'Чаты' },
});

const TABS = ['people', 'chats'] as const;
type Tab = (typeof TABS)[number];

export function MainScreen(_props: ScreenProps) {
  const m = useMessages(mainScreenMessages);
  const settled = useDirectoryFirstScreenSettled();
  const id = useId();
  const [tab, setTab] = useState<Tab>('people');
  // The Chats panel loads on first use and then stays mounted, like the directory.
  const [chatsOpened, setChatsOpened] = useState(false);
  const choose = (next: Tab) => {
    setTab(next);
    if (next === 'chats') setChatsOpened(true);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft' || e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      choose(e.key === 'Home' ? 'people' : e.key === 'End' ? 'chats' : tab === 'people' ? 'chats' : 'people');
    }
  };
  const tabClass = (selected: boolean) =>
    `-mb-px border-b-2 px-3 py-2.5 font-semibold transition-colors duration-150 focus-visible:-outline-offset-2 ${selected ? 'border-primary text-ink' : 'border-transparent text-muted hover:border-line-strong hover:text-ink'}`;

  useEffect(() => {
    // Outside a portal frame (tests: fitWindow throws at once) or an old portal (it rejects): the
    // page still works with its own scroll.
    Promise.resolve()
      .then(fitWindow)
      .catch(() => undefined);
  }, []);

  return (
    <main
      className="flex h-dvh flex-col gap-3 bg-page p-3 font-sans text-base text-ink"
      style={{ minHeight: FRAME_MIN_HEIGHT_PX }}
    >
      {/* The status card reads the caches the first screen seeds: mount it once that is answered. */}
      <header className="shrink-0">{settled ? <MyStatusCard /> : <StatusCardPlaceholder />}</header>
      <div className="flex min-h-0 flex-1 flex-col overflow-hidden rounded-card bg-surface shadow-card">
        <div role="tablist" aria-label={m.sections} className="flex shrink-0 gap-1 border-b border-line px-3" onKeyDown={onTabKey}>
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              id={`${id}-tab-${name}`}
              aria-selected={tab === name}
              aria-controls={`${id}-panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => choose(name)}
              className={tabClass(tab === name)}
            >
              {m[name]}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${id}-panel-people`} aria-labelledby={`${id}-tab-people`} hidden={tab !== 'people'} className="flex min-h-0 flex-1 flex-col">
          <PeopleDirectory />
        </div>
        <div role="tabpanel" id={`${id}-panel-chats`} aria-labelledby={`${id}-tab-chats`} hidden={tab !== 'chats'} className="flex min-h-0 flex-1 flex-col">
          {chatsOpened && <ChatsView />}
        </div>
      </div>
    </main>
  );
}

/** The status card's shape while the first screen loads, so the page does not jump when it comes. */
function StatusCardPlaceholder() {
  return (
    <div aria-hidden="true" className="flex items-center gap-3 rounded-card bg-surface p-4 shadow-card" data-testid="status-card-placeholder">
      <Skeleton circle className="size-12 shrink-0" />
      <span className="flex flex-1 flex-col gap-2">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-3 w-24" />
        <Skeleton className="h-3 w-16" />
      </span>
    </div>
  );
}
