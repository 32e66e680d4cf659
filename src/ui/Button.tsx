import type { ComponentPropsWithRef, MouseEvent, ReactNode } from 'react';
import { cx } from './cx';
import { Spinner } from './Spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

const VARIANT: Record<ButtonVariant, string> = {
  primary: 'bg-primary-fill text-on-fill hover:brightness-110 active:brightness-95',
  secondary: 'bg-surface text-ink border border-line-strong hover:bg-surface-alt',
  ghost: 'bg-transparent text-primary-ink hover:bg-primary-soft',
  danger: 'bg-alert-fill text-on-fill hover:brightness-110 active:brightness-95',
};

const SIZE: Record<ButtonSize, string> = {
  sm: 'h-7 px-3 text-sm gap-1',
  md: 'h-9 px-4 text-base gap-1.5',
  lg: 'h-11 px-5 text-md gap-2',
};

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Working: shows a spinner, sets aria-busy, ignores clicks but keeps focus (unlike disabled). */
  busy?: boolean;
  /** An icon before the text. */
  icon?: ReactNode;
}

export const buttonClasses = (variant: ButtonVariant = 'secondary', size: ButtonSize = 'md') =>
  cx(
    'inline-flex shrink-0 cursor-pointer select-none items-center justify-center whitespace-nowrap rounded-pill font-semibold',
    'transition-[background-color,filter,color] duration-150',
    'disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-70',
    VARIANT[variant],
    SIZE[size],
  );

/** A pill button in the Bitrix24 style. `type` defaults to "button". */
export function Button({ variant = 'secondary', size = 'md', busy = false, icon, className, children, onClick, type = 'button', ...rest }: ButtonProps) {
  const handleClick = (e: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      e.preventDefault();
      return;
    }
    onClick?.(e);
  };
  return (
    <button
      type={type}
      {...rest}
      aria-busy={busy || undefined}
      aria-disabled={busy || rest['aria-disabled'] || undefined}
      onClick={handleClick}
      className={cx(buttonClasses(variant, size), className)}
    >
      {busy ? <Spinner decorative size={size === 'lg' ? 18 : 14} /> : icon}
      {children}
    </button>
  );
}
