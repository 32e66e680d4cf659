import { useId, useRef, type ComponentPropsWithRef, type KeyboardEvent } from 'react';
import { useMessages } from '../i18n';
import { cx } from './cx';
import { IconButton } from './IconButton';
import { IconClose, IconSearch } from './icons';
import { mergeRefs } from './mergeRefs';
import { uiMessages } from './messages';

export interface SearchFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'value' | 'onChange' | 'type' | 'size'> {
  /** The field's label (visible unless hideLabel; always its accessible name). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  hideLabel?: boolean;
  /** The clear button's accessible name; default "Clear search". */
  clearLabel?: string;
}

/**
 * A search input with a label and a clear button. Esc clears a non-empty field (and stops there,
 * so an Esc handler above, e.g. one closing a panel, only sees Esc on an empty field).
 * `ref` reaches the <input>, so a "/" shortcut can focus it.
 */
export function SearchField({ label, value, onChange, hideLabel = false, clearLabel, className, ref, id, onKeyDown, ...rest }: SearchFieldProps) {
  const m = useMessages(uiMessages);
  const autoId = useId();
  const inputId = id ?? `${autoId}-search`;
  const inputRef = useRef<HTMLInputElement | null>(null);

  const clear = () => {
    onChange('');
    inputRef.current?.focus();
  };

  const handleKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && value !== '') {
      e.preventDefault();
      e.stopPropagation();
      onChange('');
    }
    onKeyDown?.(e);
  };

  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={inputId} className={cx('text-sm text-muted', hideLabel && 'sr-only')}>
        {label}
      </label>
      <div className="relative flex items-center">
        <IconSearch size={16} className="pointer-events-none absolute left-3 text-muted" />
        <input
          {...rest}
          ref={mergeRefs(ref, inputRef)}
          id={inputId}
          type="search"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={handleKeyDown}
          autoComplete="off"
          spellCheck={false}
          className={cx(
            'h-9 w-full rounded-pill border border-line-strong bg-surface pr-9 pl-9 text-base text-ink placeholder:text-muted',
            'transition-[border-color] duration-150 hover:border-muted focus-visible:border-primary [&::-webkit-search-cancel-button]:appearance-none',
          )}
        />
        {value !== '' && (
          <IconButton label={clearLabel ?? m.clearSearch} icon={<IconClose size={14} />} size="sm" onClick={clear} className="absolute right-1" />
        )}
      </div>
    </div>
  );
}
