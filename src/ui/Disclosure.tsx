import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n';
import { cx } from './cx';
import { IconChevronRight, IconHelp } from './icons';
import { uiMessages } from './messages';

export interface DisclosureProps {
  /** The always-visible button text. */
  summary: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  className?: string;
}

/** A button that shows and hides a section below it (aria-expanded + aria-controls). */
export function Disclosure({ summary, children, defaultOpen = false, className }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div className={className}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="inline-flex cursor-pointer items-center gap-1 rounded-sm text-base text-primary-ink hover:underline"
      >
        <IconChevronRight size={14} className={cx('transition-transform duration-150', open && 'rotate-90')} />
        {summary}
      </button>
      <div id={id} hidden={!open} className="mt-2">
        {children}
      </div>
    </div>
  );
}

export interface HelpTipProps {
  /** The button's accessible name, e.g. "About do not disturb"; default "Help". */
  label?: string;
  children: ReactNode;
  /** Which edge of the button the bubble lines up with. Default 'start'. */
  align?: 'start' | 'end';
  className?: string;
}

/**
 * A "?" button that toggles a help bubble (a disclosure, not a hover tooltip, so it works with
 * touch, keyboard and screen readers). The bubble follows the button in reading order; Esc
 * closes it, and a click elsewhere too.
 */
export function HelpTip({ label, children, align = 'start', className }: HelpTipProps) {
  const m = useMessages(uiMessages);
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  return (
    <span
      ref={rootRef}
      className={cx('relative inline-flex', className)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-label={label ?? m.help}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="inline-flex size-6 cursor-pointer items-center justify-center rounded-full text-muted hover:bg-surface-alt hover:text-ink"
      >
        <IconHelp size={16} />
      </button>
      <span
        id={id}
        hidden={!open}
        className={cx(
          'absolute top-full z-20 mt-1 block w-72 max-w-[calc(100vw-2rem)] rounded-card border border-line bg-surface p-3 text-sm text-ink shadow-popover',
          align === 'end' ? 'right-0' : 'left-0',
        )}
      >
        {children}
      </span>
    </span>
  );
}
