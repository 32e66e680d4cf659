import { IconClock, Menu, type MenuItem } from '../../ui';
import { useMessages } from '../../i18n';
import { DURATION_PRESETS, type DurationPreset } from './durations';
import { statusMessages, type StatusMessages } from './messages';

function presetLabel(preset: DurationPreset, m: StatusMessages): string {
  switch (preset) {
    case '30m':
      return m.duration30m;
    case '1h':
      return m.duration1h;
    case '2h':
      return m.duration2h;
    case 'endOfDay':
      return m.durationEndOfDay;
    case 'untilOff':
      return m.durationUntilOff;
  }
}

export interface DurationMenuProps {
  /** Turns DND on for the preset (or, when it is on, changes when it ends). */
  onPick: (preset: DurationPreset) => void;
  /** An icon-only button (narrow layouts). */
  iconOnly?: boolean;
  /** The preset the DND on now stands for (checked in the menu); null when none is. */
  current?: DurationPreset | null;
}

/** "For how long…": 30 min, 1 h, 2 h, until end of day, until I turn it off; the current one checked. */
export function DurationMenu({ onPick, iconOnly = false, current = null }: DurationMenuProps) {
  const m = useMessages(statusMessages);
  const items: MenuItem[] = DURATION_PRESETS.map((preset) => ({
    id: preset,
    label: presetLabel(preset, m),
    checked: preset === current,
    onSelect: () => onPick(preset),
  }));
  return (
    <Menu
      label={m.durationMenu}
      items={items}
      icon={iconOnly ? <IconClock size={16} /> : undefined}
      variant="ghost"
      size="sm"
      align="end"
    />
  );
}
