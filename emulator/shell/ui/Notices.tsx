import type { Notice } from '../hooks/useShellUi';

/** What fire-and-forget commands would have done in a real portal, e.g. "Would open a chat with …". */
export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label="Portal notices"
      className="pointer-events-none fixed bottom-4 left-1/2 z-30 flex -translate-x-1/2 flex-col items-center gap-2"
    >
      {notices.map((notice) => (
        <div
          key={notice.id}
          className="pointer-events-auto flex items-center gap-3 rounded-xl bg-[#2b3c4f] px-4 py-2.5 text-white shadow-lg"
        >
          <span>{notice.text}</span>
          <button
            type="button"
            className="rounded-full px-2 text-[12px] text-white/80 hover:text-white"
            onClick={() => onDismiss(notice.id)}
            aria-label={`Dismiss: ${notice.text}`}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
