import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../i18n';
import { copyText } from './copyText';
import { cx } from './cx';
import { IconButton } from './IconButton';
import { IconCheck, IconCopy } from './icons';
import { uiMessages } from './messages';

export interface CopyButtonProps {
  /** What goes on the clipboard. */
  text: string;
  /** The button's accessible name, e.g. "Copy e-mail". */
  label: string;
  /** Said (role="status") and shown after copying; default "Copied". */
  copiedMessage?: string;
  className?: string;
}

/** How long the "Copied" confirmation stays. */
export const COPY_CONFIRMATION_MS = 2500;

/**
 * A small copy button with its own polite live region: after a click it shows a check and
 * "Copied" (or why it could not copy) for a moment, and screen readers hear the same words.
 */
export function CopyButton({ text, label, copiedMessage, className }: CopyButtonProps) {
  const m = useMessages(uiMessages);
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const rootRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (result === null) return;
    const timer = setTimeout(() => setResult(null), COPY_CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [result]);

  const copy = () => {
    void copyText(text, rootRef.current).then((ok) => setResult(ok ? 'copied' : 'failed'));
  };

  const message = result === 'copied' ? (copiedMessage ?? m.copied) : result === 'failed' ? m.copyFailed : '';
  return (
    <span ref={rootRef} className={cx('relative inline-flex shrink-0 align-middle', className)}>
      <IconButton
        size="sm"
        label={label}
        icon={result === 'copied' ? <IconCheck size={14} className="text-success-ink" /> : <IconCopy size={14} />}
        onClick={copy}
      />
      {/* Always in the document, so the change is announced; shown as a small bubble above the button. */}
      <span
        role="status"
        className={cx(
          'pointer-events-none absolute right-0 bottom-full z-10 mb-1 w-max max-w-64 rounded-sm px-2 py-0.5 text-xs shadow-popover',
          message === '' ? 'sr-only' : result === 'failed' ? 'bg-alert-fill text-on-fill' : 'bg-ink text-surface',
        )}
      >
        {message}
      </span>
    </span>
  );
}
