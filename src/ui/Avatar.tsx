import { useState, type ReactNode } from 'react';
import { initialsOf } from '../people/initials';
import { avatarColors } from './color';
import { cx } from './cx';

export type AvatarSize = 'sm' | 'md' | 'lg' | 'xl';

const SIZE: Record<AvatarSize, string> = {
  sm: 'size-8 text-xs', // 32 px
  md: 'size-10 text-sm', // 40 px
  lg: 'size-12 text-base', // 48 px
  xl: 'size-20 text-xl', // 80 px
};

export interface AvatarProps {
  /** The person's name: the image's alt text and the source of initials. */
  name: string;
  /** Photo URL; null/empty (or Bitrix's blank.gif placeholder) → initials. */
  src?: string | null;
  /** The person's colour for the initials background (contrast is fixed up automatically). */
  color?: string | null;
  /** Picks a stable fallback colour when `color` is missing. */
  id?: number;
  /** Precomputed initials (e.g. from first and last name); default: from `name`. */
  initials?: string;
  size?: AvatarSize;
  /** Shown at the bottom-right corner, e.g. a <PresenceBadge>. */
  badge?: ReactNode;
  /** Hide the avatar from assistive technology when the name is written right beside it. */
  decorative?: boolean;
  className?: string;
}

const isPlaceholder = (src: string) => /\/blank\.gif(\?|$)/.test(src);

/**
 * A round photo, or initials on the person's colour. Scales slightly when an ancestor with the
 * `group` class is hovered or focused (not under reduced motion).
 */
export function Avatar({ name, src, color, id, initials, size = 'md', badge, decorative = false, className }: AvatarProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const showImage = !!src && !isPlaceholder(src) && failedSrc !== src;
  const shape = cx('rounded-full', SIZE[size]);

  let face: ReactNode;
  if (showImage) {
    face = (
      <img
        src={src}
        alt={decorative ? '' : name}
        loading="lazy"
        onError={() => setFailedSrc(src)}
        className={cx(shape, 'object-cover bg-surface-alt')}
      />
    );
  } else {
    const { background, foreground } = avatarColors(color ?? null, id);
    const text = initials ?? initialsOf({ firstName: '', lastName: '', name });
    face = (
      <span
        role={decorative ? undefined : 'img'}
        aria-label={decorative ? undefined : name}
        aria-hidden={decorative || undefined}
        style={{ backgroundColor: background, color: foreground }}
        className={cx(shape, 'inline-flex select-none items-center justify-center font-semibold leading-none')}
      >
        <span aria-hidden="true">{text}</span>
      </span>
    );
  }

  return (
    <span
      className={cx(
        'relative inline-flex shrink-0 transition-transform duration-150',
        'motion-safe:group-hover:scale-105 motion-safe:group-focus-visible:scale-105',
        className,
      )}
    >
      {face}
      {badge && <span className="absolute -right-0.5 -bottom-0.5 inline-flex">{badge}</span>}
    </span>
  );
}
