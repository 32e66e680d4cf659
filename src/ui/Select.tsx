import { useId } from 'react';
import { cx } from './cx';
import { IconChevronDown } from './icons';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

export interface SelectProps<T extends string> {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly SelectOption<T>[];
  /** Keep the label for screen readers only. */
  hideLabel?: boolean;
  disabled?: boolean;
  id?: string;
  className?: string;
  /**
   * What the closed field shows instead of the chosen option's label, e.g. a department's name
   * without the indentation its option has in a tree. The options list is unchanged.
   */
  displayLabel?: string;
}

/** A native <select> in the portal style, with a label. */
export function Select<T extends string>({ label, value, onChange, options, hideLabel = false, disabled, id, className, displayLabel }: SelectProps<T>) {
  const overlay = displayLabel !== undefined;
  const autoId = useId();
  const selectId = id ?? `${autoId}-select`;
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={selectId} className={cx('text-sm text-muted', hideLabel && 'sr-only')}>
        {label}
      </label>
      <div className="relative flex items-center">
        <select
          id={selectId}
          value={value}
          disabled={disabled}
          onChange={(e) => {
            const next = options.find((o) => o.value === e.target.value);
            if (next) onChange(next.value);
          }}
          className={cx(
            'peer h-9 w-full cursor-pointer appearance-none truncate rounded-control border border-line-strong bg-surface pr-8 pl-3 text-base',
            'transition-[border-color,background-color] duration-150 enabled:hover:border-muted',
            'focus-visible:border-primary disabled:cursor-not-allowed disabled:opacity-50',
            overlay ? 'text-transparent' : 'text-ink',
          )}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled} className={overlay ? 'bg-surface text-ink' : undefined}>
              {o.label}
            </option>
          ))}
        </select>
        {overlay && (
          <span
            aria-hidden="true"
            data-testid="select-display"
            className="pointer-events-none absolute inset-y-0 right-8 left-3 truncate text-base leading-9 text-ink peer-disabled:opacity-50 forced-colors:hidden"
          >
            {displayLabel}
          </span>
        )}
        <IconChevronDown size={16} className="pointer-events-none absolute right-2.5 text-muted" />
      </div>
    </div>
  );
}
