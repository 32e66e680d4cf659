import type { Presence, PresenceState } from '../people/presence';
import type { Gender } from '../people/presence.messages';
import { cx } from './cx';
import { usePresenceText } from './usePresenceText';

const TONE: Record<PresenceState, string> = {
  online: 'text-success-ink',
  dnd: 'text-alert-ink',
  away: 'text-warning-ink',
  vacation: 'text-primary-ink',
  offline: 'text-muted',
  unknown: 'text-muted',
};

export interface PresenceLabelProps {
  presence: Presence;
  gender?: Gender;
  /** The clock for "last seen …" (pass a ticking one); default: the time of the first render. */
  now?: number;
  /** Show the detail ("last seen 3 hours ago", "On leave until …"). Default true. */
  showDetail?: boolean;
  /** One short phrase for dense rows: "last seen 3 hours ago" for offline people, else the label. */
  compact?: boolean;
  className?: string;
}

/** Presence in words: "Online", "Offline · last seen 3 hours ago". */
export function PresenceLabel({ presence, gender, now, showDetail = true, compact = false, className }: PresenceLabelProps) {
  const { label, detail } = usePresenceText(presence, { now, gender });
  if (compact) {
    const lastSeenOnly = presence.state === 'offline' && detail !== null;
    return (
      <span className={cx(lastSeenOnly ? 'text-muted' : TONE[presence.state], className)}>
        {lastSeenOnly ? detail : label}
      </span>
    );
  }
  return (
    <span className={cx('text-muted', className)}>
      <span className={TONE[presence.state]}>{label}</span>
      {showDetail && detail && <> · {detail}</>}
    </span>
  );
}
