import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** 'slider' slides in from the right like a portal slider; 'modal' is centred. */
  variant: 'slider' | 'modal';
}

const FOCUSABLE = 'a[href], input:not([disabled]), button:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab stay inside `panel` (a modal keeps focus until it is closed). */
function keepFocusInside(panel: HTMLElement, event: KeyboardEvent): void {
  const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && (document.activeElement === first || document.activeElement === panel)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** A modal dialog: labelled by its title, focus moves in, stays in and goes back out; Escape closes it. */
export function Dialog({ title, onClose, children, variant }: DialogProps) {
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = panelRef.current;
    const first = panel?.querySelector<HTMLElement>('[data-autofocus]') ?? panel?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? panel)?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onCloseRef.current();
      } else if (event.key === 'Tab' && panel) {
        keepFocusInside(panel, event);
      }
    };
    panel?.addEventListener('keydown', onKey);
    return () => {
      panel?.removeEventListener('keydown', onKey);
      previous?.focus();
    };
  }, []);

  const placement =
    variant === 'slider'
      ? 'fixed inset-y-0 right-0 w-[min(960px,92vw)] rounded-l-2xl'
      : 'fixed left-1/2 top-[12vh] w-[min(520px,92vw)] -translate-x-1/2 rounded-2xl';

  return (
    <div className="fixed inset-0 z-40">
      <div className="absolute inset-0 bg-black/30" onClick={onClose} aria-hidden="true" />
      <div
        ref={panelRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        className={`${placement} z-50 flex max-h-screen flex-col bg-surface shadow-2xl`}
      >
        <div className="flex items-center justify-between border-b border-line px-5 py-3">
          <h2 id={titleId} className="text-[17px] font-semibold">
            {title}
          </h2>
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        </div>
        <div className="min-h-0 flex-1 overflow-auto p-5">{children}</div>
      </div>
    </div>
  );
}
