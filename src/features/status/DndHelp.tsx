import { HelpTip } from '../../ui';
import { useMessages } from '../../i18n';
import { statusMessages } from './messages';

/** What DND does in Bitrix24, what the new messenger shows, and how the timer works — honestly. */
export function DndHelp() {
  const m = useMessages(statusMessages);
  return (
    <HelpTip label={m.helpLabel} align="end">
      <span className="flex flex-col gap-2">
        <span>{m.helpWhat}</span>
        <span>{m.helpM1}</span>
        <span>{m.helpTimer}</span>
      </span>
    </HelpTip>
  );
}
