import type { ReactNode } from 'react';
import type { Presence } from '../people/presence';
import type { Gender } from '../people/presence.messages';
import { cx } from './cx';
import { usePresenceText } from './usePresenceText';

export type PresenceBadgeSize = 'sm' | 'md' | 'lg' | 'xl';

const PX: Record<PresenceBadgeSize, number> = { sm: 11, md: 13, lg: 15, xl: 20 };

export type PresenceShape = 'online' | 'mobile' | 'dnd' | 'away' | 'vacation' | 'offline';

export function presenceShape(p: Presence): PresenceShape | null {
  switch (p.state) {
    case 'online':
      return p.onMobile ? 'mobile' : 'online';
    case 'unknown':
      return null;
    default:
      return p.state;
  }
}

/**
 * The shapes differ, not only the colours (WCAG 1.4.1): a filled dot (online), a phone (online on
 * mobile), a dot with a dash (do not disturb), a dot with clock hands (away), a suitcase (on
 * leave), a hollow ring (offline). Each sits on a ring of the surface colour to stand off the avatar.
 */
const SHAPES: Record<PresenceShape, ReactNode> = {
  online: <circle cx="8" cy="8" r="5.5" className="fill-success" />,
  mobile: (
    <>
      <rect x="4.75" y="2.25" width="6.5" height="11.5" rx="1.6" className="fill-success" />
      <circle cx="8" cy="11.4" r="0.9" className="fill-surface" />
    </>
  ),
  dnd: (
    <>
      <circle cx="8" cy="8" r="5.5" className="fill-alert" />
      <rect x="4.75" y="7" width="6.5" height="2" rx="1" className="fill-surface" />
    </>
  ),
  away: (
    <>
      <circle cx="8" cy="8" r="5.5" className="fill-warning" />
      <path d="M8 5v3.3l2.1 1.3" fill="none" strokeWidth="1.4" strokeLinecap="round" className="stroke-surface" />
    </>
  ),
  vacation: (
    <>
      <circle cx="8" cy="8" r="5.5" className="fill-primary" />
      <rect x="5" y="6.6" width="6" height="4.4" rx="0.8" className="fill-surface" />
      <path d="M6.8 6.6V5.5h2.4v1.1" fill="none" strokeWidth="1" className="stroke-surface" />
    </>
  ),
  offline: <circle cx="8" cy="8" r="4.6" strokeWidth="1.8" className="fill-surface stroke-control-off" />,
};

export interface PresenceBadgeProps {
  presence: Presence;
  size?: PresenceBadgeSize;
  gender?: Gender;
  /** The clock for "on leave until …"; default: the time of the first render. */
  now?: number;
  className?: string;
}

/** A small presence chip for an avatar corner, with its state as accessible name. */
export function PresenceBadge({ presence, size = 'md', gender, now, className }: PresenceBadgeProps) {
  const { label } = usePresenceText(presence, { now, gender });
  const shape = presenceShape(presence);
  if (shape === null) return null;
  const px = PX[size];
  return (
    <span role="img" aria-label={label} title={label} data-shape={shape} className={cx('inline-flex', className)}>
      <svg width={px} height={px} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="8" className="fill-surface" />
        {SHAPES[shape]}
      </svg>
    </span>
  );
}
