import type { ReactNode } from 'react';
import { cx } from './cx';
import type { ButtonProps, ButtonSize, ButtonVariant } from './Button';
import { Spinner } from './Spinner';

const SIZE: Record<ButtonSize, string> = { sm: 'size-7', md: 'size-8', lg: 'size-10' };

const VARIANT: Record<ButtonVariant, string> = {
  primary: 'bg-primary-fill text-on-fill hover:brightness-110',
  secondary: 'bg-surface text-ink border border-line-strong hover:bg-surface-alt',
  ghost: 'bg-transparent text-muted hover:bg-surface-alt hover:text-ink',
  danger: 'bg-transparent text-alert-ink hover:bg-alert-soft',
};

export interface IconButtonProps extends Omit<ButtonProps, 'children' | 'icon' | 'aria-label'> {
  /** Required: the accessible name (also shown as a tooltip). */
  label: string;
  icon: ReactNode;
}

/** A round button with only an icon; `label` is its accessible name. Variant defaults to ghost. */
export function IconButton({ label, icon, variant = 'ghost', size = 'md', busy = false, className, onClick, type = 'button', ...rest }: IconButtonProps) {
  return (
    <button
      type={type}
      {...rest}
      aria-label={label}
      title={label}
      aria-busy={busy || undefined}
      aria-disabled={busy || rest['aria-disabled'] || undefined}
      onClick={(e) => (busy ? e.preventDefault() : onClick?.(e))}
      className={cx(
        'inline-flex shrink-0 cursor-pointer items-center justify-center rounded-full transition-colors duration-150',
        'disabled:cursor-not-allowed disabled:opacity-50',
        VARIANT[variant],
        SIZE[size],
        className,
      )}
    >
      {busy ? <Spinner decorative /> : icon}
    </button>
  );
}
