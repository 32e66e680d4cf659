import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, type ButtonSize, type ButtonVariant } from './Button';
import { cx } from './cx';
import { IconCheck, IconChevronDown } from './icons';

export interface MenuItem {
  id: string;
  label: string;
  icon?: ReactNode;
  onSelect: () => void;
  disabled?: boolean;
  /** Destructive action (red text). */
  danger?: boolean;
  /**
   * One of a set of choices (role menuitemradio): true marks the current one with a check (aria-checked).
   * Leave it out for a plain action.
   */
  checked?: boolean;
}

export interface MenuProps {
  /** The button's text, or its accessible name when `icon` makes it an icon-only button. */
  label: string;
  items: readonly MenuItem[];
  /** Icon-only trigger (a round button with `label` as its name). */
  icon?: ReactNode;
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Which edge of the button the menu lines up with. Default 'start'. */
  align?: 'start' | 'end';
  className?: string;
}

/**
 * A menu button (ARIA menu button pattern): Enter, Space or ArrowDown open it on the first item,
 * ArrowUp on the last; in the menu the arrows move (wrapping), Home/End jump, a letter jumps to
 * the next item starting with it, Enter/Space choose, Esc closes back to the button, Tab closes.
 * Items with `checked` are choices (menuitemradio): the current one shows a check.
 */
export function Menu({ label, items, icon, variant = 'secondary', size = 'md', align = 'start', className }: MenuProps) {
  const [open, setOpen] = useState(false);
  const [focusOn, setFocusOn] = useState<'first' | 'last'>('first');
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const enabled = items.map((it, i) => (it.disabled ? -1 : i)).filter((i) => i >= 0);

  const openMenu = (at: 'first' | 'last') => {
    setFocusOn(at);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const index = focusOn === 'first' ? enabled[0] : enabled[enabled.length - 1];
    if (index !== undefined) itemRefs.current[index]?.focus();
    else menuRef.current?.focus();
    const onPointerDown = (e: PointerEvent | MouseEvent) => {
      const t = e.target as Node;
      if (!menuRef.current?.contains(t) && !buttonRef.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
    // Focus once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const focusItem = (index: number | undefined) => {
    if (index !== undefined) itemRefs.current[index]?.focus();
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = itemRefs.current.findIndex((el) => el === document.activeElement);
    const pos = enabled.indexOf(current);
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        focusItem(enabled[(pos + 1) % enabled.length]);
        break;
      case 'ArrowUp':
        e.preventDefault();
        focusItem(enabled[(pos - 1 + enabled.length) % enabled.length]);
        break;
      case 'Home':
        e.preventDefault();
        focusItem(enabled[0]);
        break;
      case 'End':
        e.preventDefault();
        focusItem(enabled[enabled.length - 1]);
        break;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
      default:
        if (e.key.length === 1 && /\S/.test(e.key)) {
          const key = e.key.toLocaleLowerCase();
          const order = [...enabled.slice(pos + 1), ...enabled.slice(0, pos + 1)];
          const match = order.find((i) => items[i]!.label.toLocaleLowerCase().startsWith(key));
          if (match !== undefined) {
            e.preventDefault();
            focusItem(match);
          }
        }
    }
  };

  const onButtonKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openMenu(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const buttonProps = {
    ref: buttonRef,
    id: `${id}-button`,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    'aria-controls': open ? `${id}-menu` : undefined,
    onClick: () => (open ? close(false) : openMenu('first')),
    onKeyDown: onButtonKeyDown,
  };

  return (
    <div className={cx('relative inline-flex', className)}>
      {icon ? (
        <button
          type="button"
          {...buttonProps}
          aria-label={label}
          title={label}
          className="inline-flex size-8 cursor-pointer items-center justify-center rounded-full text-muted transition-colors hover:bg-surface-alt hover:text-ink"
        >
          {icon}
        </button>
      ) : (
        <Button {...buttonProps} variant={variant} size={size}>
          {label}
          <IconChevronDown size={14} />
        </Button>
      )}
      {open && (
        <div
          ref={menuRef}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          tabIndex={-1}
          onKeyDown={onMenuKeyDown}
          className={cx(
            'absolute top-full z-20 mt-1 flex min-w-48 flex-col rounded-card border border-line bg-surface py-1 shadow-popover',
            align === 'end' ? 'right-0' : 'left-0',
          )}
        >
          {items.map((item, i) => (
            <button
              key={item.id}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={item.checked}
              tabIndex={-1}
              disabled={item.disabled}
              aria-disabled={item.disabled || undefined}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
              className={cx(
                'flex cursor-pointer items-center gap-2 px-3 py-2 text-left text-base outline-offset-[-2px]',
                'hover:bg-surface-alt focus-visible:bg-surface-alt disabled:cursor-not-allowed disabled:opacity-50',
                item.danger ? 'text-alert-ink' : 'text-ink',
              )}
            >
              {item.checked !== undefined && (
                <span className="inline-flex w-4 shrink-0 text-primary-ink">
                  {item.checked && <IconCheck size={16} />}
                </span>
              )}
              {item.icon && <span className="inline-flex shrink-0 text-muted">{item.icon}</span>}
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
