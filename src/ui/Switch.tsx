import { useId, type ReactNode } from 'react';
import { cx } from './cx';
import { Spinner } from './Spinner';

export interface SwitchProps {
  /** Controlled state. */
  checked: boolean;
  onChange: (next: boolean) => void;
  /** Visible text that also becomes the switch's accessible name. */
  label: ReactNode;
  /** A help line under the label (becomes the accessible description). */
  description?: ReactNode;
  /**
   * Ids of text elsewhere on the page that describes the switch too (aria-describedby), e.g. a note
   * shown beside what it is about: said with the switch, without repeating it under the label.
   */
  describedBy?: string;
  /** Keep the label for screen readers only. */
  hideLabel?: boolean;
  disabled?: boolean;
  /** Saving: shows a spinner in the thumb, sets aria-busy, ignores toggles but keeps focus. */
  busy?: boolean;
  id?: string;
  className?: string;
}

/**
 * An on/off switch: a native button with role="switch" and aria-checked, so Space and Enter
 * toggle it and it is focusable by default. Clicking the label toggles it too.
 */
export function Switch({ checked, onChange, label, description, describedBy, hideLabel = false, disabled = false, busy = false, id, className }: SwitchProps) {
  const autoId = useId();
  const buttonId = id ?? `${autoId}-switch`;
  const labelId = `${autoId}-label`;
  const descriptionId = description ? `${autoId}-description` : undefined;
  const describedById = [descriptionId, describedBy].filter(Boolean).join(' ') || undefined;
  const toggle = () => {
    if (!disabled && !busy) onChange(!checked);
  };

  return (
    <div className={cx('flex items-start gap-3', className)}>
      <button
        id={buttonId}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={labelId}
        aria-describedby={describedById}
        aria-busy={busy || undefined}
        aria-disabled={busy || undefined}
        disabled={disabled}
        onClick={toggle}
        className={cx(
          'relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-pill p-0.5 transition-colors duration-150',
          'disabled:cursor-not-allowed disabled:opacity-50 aria-busy:cursor-progress',
          checked ? 'bg-primary' : 'bg-control-off',
        )}
      >
        <span
          aria-hidden="true"
          className={cx(
            'inline-flex size-5 items-center justify-center rounded-full bg-white text-primary shadow-card transition-transform duration-150',
            checked ? 'translate-x-5' : 'translate-x-0',
          )}
        >
          {busy && <Spinner decorative size={12} />}
        </span>
      </button>
      <span className={cx('flex min-w-0 flex-col', hideLabel && 'sr-only')}>
        <label id={labelId} htmlFor={buttonId} className={cx('cursor-pointer text-base text-ink', disabled && 'cursor-not-allowed')}>
          {label}
        </label>
        {description && (
          <span id={descriptionId} className="text-sm text-muted">
            {description}
          </span>
        )}
      </span>
    </div>
  );
}
