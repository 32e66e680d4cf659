/**
 * The app's own page (placement DEFAULT): my status card on top, then the sections — for now only
 * the people directory.
 *
 * Height: the page fills the iframe's viewport and the list scrolls inside it (a virtualised list
 * needs a scroll box of known height; growing the iframe to 10 000 rows is not an option). Once,
 * on mount, the frame is fitted to the page: the page is at least FRAME_MIN_HEIGHT_PX tall, so a
 * portal that opens the app in a short frame makes it that tall, and a taller frame stays as is.
 */
import { useEffect, useId } from 'react';
import { fitWindow } from '../b24';
import { PeopleDirectory, useDirectoryFirstScreenSettled } from '../features/directory';
import { MyStatusCard } from '../features/status';
import { defineMessages, useMessages } from '../i18n';
import type { ScreenProps } from './ScreenProps';

export const FRAME_MIN_HEIGHT_PX = 800;

const mainScreenMessages = defineMessages({
  en: { sections: 'Sections', people: 'People' },
  ru: { sections: 'Разделы', people: 'Сотрудники' },
});

export function MainScreen(_props: ScreenProps) {
  const m = useMessages(mainScreenMessages);
  const settled = useDirectoryFirstScreenSettled();
  const id = useId();

  useEffect(() => {
    fitWindow().catch(() => {
      // Outside a portal frame (tests) or an old portal: the page still works with its own scroll.
    });
  }, []);

  return (
    <main
      className="flex h-dvh flex-col gap-3 bg-page p-3 font-sans text-base text-ink"
      style={{ minHeight: FRAME_MIN_HEIGHT_PX }}
    >
      {/* The status card reads the caches the first screen seeds: mount it once that is answered. */}
      <header className="shrink-0">{settled && <MyStatusCard />}</header>
      <div className="flex min-h-0 flex-1 flex-col overflow-hidden rounded-card bg-surface shadow-card">
        <div role="tablist" aria-label={m.sections} className="flex shrink-0 gap-1 border-b border-line px-3">
          <button
            type="button"
            role="tab"
            id={`${id}-tab-people`}
            aria-selected="true"
            aria-controls={`${id}-panel-people`}
            className="-mb-px border-b-2 border-primary px-3 py-2.5 font-semibold text-ink"
          >
            {m.people}
          </button>
          {/* Issue 5 (chat members) adds its "Chats" tab here, with its own panel below. */}
        </div>
        <div role="tabpanel" id={`${id}-panel-people`} aria-labelledby={`${id}-tab-people`} className="flex min-h-0 flex-1 flex-col">
          <PeopleDirectory />
        </div>
      </div>
    </main>
  );
}
