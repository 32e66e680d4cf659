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
}

/** A native <select> in the portal style, with a label. */
export function Select<T extends string>({ label, value, onChange, options, hideLabel = false, disabled, id, className }: SelectProps<T>) {
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
            'h-9 w-full cursor-pointer appearance-none truncate rounded-control border border-line-strong bg-surface pr-8 pl-3 text-base text-ink',
            'focus-visible:border-primary disabled:cursor-not-allowed disabled:opacity-50',
          )}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ))}
        </select>
        <IconChevronDown size={16} className="pointer-events-none absolute right-2.5 text-muted" />
      </div>
    </div>
  );
}
