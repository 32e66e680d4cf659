import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useMessages } from '../i18n';
import { cx } from './cx';
import { focusableWithin } from './focusable';
import { IconButton } from './IconButton';
import { IconClose } from './icons';
import { uiMessages } from './messages';

export interface DialogProps {
  open: boolean;
  /** Esc, the close button and a click on the backdrop call this; the parent sets open=false. */
  onClose: () => void;
  /** The visible heading; it names the dialog. */
  title: ReactNode;
  /** A line under the title; it describes the dialog. */
  description?: ReactNode;
  /** Shown before the title and description, e.g. a person's avatar (decorative or named itself). */
  media?: ReactNode;
  /** More lines under the description (e.g. a status), not part of the dialog's description. */
  subtitle?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom (e.g. Cancel / Save). */
  footer?: ReactNode;
  size?: 'sm' | 'md' | 'lg';
  /** What gets focus on open; default the first focusable element of the body, else the dialog. */
  initialFocus?: RefObject<HTMLElement | null>;
  closeLabel?: string;
  className?: string;
}

const WIDTH = { sm: 'max-w-sm', md: 'max-w-lg', lg: 'max-w-2xl' } as const;

/**
 * A modal dialog on the native <dialog> (showModal: top layer, inert page behind). Focus moves
 * in on open, Tab and Shift+Tab cycle inside (also when the app sits in an iframe), Esc closes,
 * and focus returns to the element that had it before opening.
 */
export function Dialog(props: DialogProps) {
  return props.open ? <OpenDialog {...props} /> : null;
}

function OpenDialog({ onClose, title, description, media, subtitle, children, footer, size = 'md', initialFocus, closeLabel, className }: DialogProps) {
  const m = useMessages(uiMessages);
  const ref = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = description ? `${id}-description` : undefined;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    const target = initialFocus?.current ?? (bodyRef.current && focusableWithin(bodyRef.current)[0]) ?? dialog;
    target.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener && opener.isConnected) opener.focus();
    };
    // Open once per mount; initialFocus is read at open time only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const handleKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = focusableWithin(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      e.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (e.shiftKey && (active === first || active === ref.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      tabIndex={-1}
      onKeyDown={handleKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      className={cx(
        'm-auto w-[calc(100vw-2rem)] overflow-visible rounded-panel border-0 bg-transparent p-0 text-ink',
        WIDTH[size],
        className,
      )}
    >
      <div className="flex max-h-[calc(100vh-2rem)] flex-col rounded-panel bg-surface shadow-popover">
        <div className={cx('flex gap-3 px-5 pt-4 pb-2', media ? 'items-center gap-4 pt-5' : 'items-start')}>
          {media && <div className="shrink-0">{media}</div>}
          {/* One rhythm for the header lines: the description stands clear of the title. */}
          <div className="flex min-w-0 flex-1 flex-col gap-1.5">
            <h2 id={titleId} className="text-lg font-semibold break-words">
              {title}
            </h2>
            {description && (
              <p id={descriptionId} className="text-base text-muted">
                {description}
              </p>
            )}
            {subtitle && <div className="text-base">{subtitle}</div>}
          </div>
          <IconButton label={closeLabel ?? m.close} icon={<IconClose size={16} />} onClick={onClose} className={cx('-mr-2', media ? '-mt-2 self-start' : null)} />
        </div>
        <div ref={bodyRef} className="min-h-0 flex-1 overflow-y-auto px-5 py-2">
          {children}
        </div>
        {footer && <div className="flex justify-end gap-2 px-5 pt-2 pb-4">{footer}</div>}
      </div>
    </dialog>
  );
}
