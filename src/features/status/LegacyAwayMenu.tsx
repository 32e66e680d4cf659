import { IconMore, Menu } from '../../ui';
import { useMessages } from '../../i18n';
import { statusMessages } from './messages';

export interface LegacyAwayMenuProps {
  onSetAway: () => void;
  onBackFromAway: () => void;
}

/** "More" with the previous chat version's "away" controls (labelled as such). */
export function LegacyAwayMenu({ onSetAway, onBackFromAway }: LegacyAwayMenuProps) {
  const m = useMessages(statusMessages);
  return (
    <Menu
      label={m.legacyMenu}
      icon={<IconMore size={16} />}
      align="end"
      items={[
        { id: 'set-away', label: m.setAway, onSelect: onSetAway },
        { id: 'back-from-away', label: m.backFromAway, onSelect: onBackFromAway },
      ]}
    />
  );
}
