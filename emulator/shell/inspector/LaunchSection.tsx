import { useId, useState } from 'react';
import type { EmulatorChat, PortalConfig, Lang } from '../../types';
import { Row, Section } from './Section';

type PlacementChoice = 'DEFAULT' | 'IM_SIDEBAR_CHAT' | 'IM_SIDEBAR_DIALOG';

const MESSENGER_URI = '/online/';

function placementChoice(config: PortalConfig): PlacementChoice {
  if (config.placement !== 'IM_SIDEBAR') return 'DEFAULT';
  const dialogId = String(config.placementOptions.dialogId ?? '');
  return /^\d+$/.test(dialogId) ? 'IM_SIDEBAR_DIALOG' : 'IM_SIDEBAR_CHAT';
}

interface LaunchSectionProps {
  config: PortalConfig;
  chats: EmulatorChat[];
  staticApp: boolean;
  onConfig(patch: Partial<PortalConfig>): void;
  onStaticApp(on: boolean): void;
  onReopen(): void;
  onReset(): void;
}

/** How the app is opened: language, placement, install mode, admin, static-app launch. */
export function LaunchSection({ config, chats, staticApp, onConfig, onStaticApp, onReopen, onReset }: LaunchSectionProps) {
  const ids = { lang: useId(), placement: useId(), chat: useId(), dialog: useId() };
  const choice = placementChoice(config);
  const [dialogUser, setDialogUser] = useState(String(config.currentUserId === 1 ? 2 : 1));
  const currentDialog = String(config.placementOptions.dialogId ?? '');

  const groupChats = chats.filter((c) => c.type !== 'private');
  const dialogs = chats.filter((c) => /^\d+$/.test(c.dialogId));
  // PLACEMENT_OPTIONS of IM_SIDEBAR as the reference shows them: {"dialogId":"chat1","URI":"/online/"}.
  const openDialog = (dialogId: string) => onConfig({ placement: 'IM_SIDEBAR', placementOptions: { dialogId, URI: MESSENGER_URI } });

  const choosePlacement = (next: PlacementChoice) => {
    if (next === 'DEFAULT') onConfig({ placement: 'DEFAULT', placementOptions: {} });
    else if (next === 'IM_SIDEBAR_CHAT') openDialog(groupChats[0]?.dialogId ?? 'chat1');
    else openDialog(dialogs[0]?.dialogId ?? dialogUser);
  };

  return (
    <Section title="App launch">
      <Row>
        <label htmlFor={ids.lang} className="label w-24">
          Language
        </label>
        <select id={ids.lang} className="field" value={config.lang} onChange={(e) => onConfig({ lang: e.target.value as Lang })}>
          <option value="en">English (en)</option>
          <option value="ru">Русский (ru)</option>
          <option value="de">Deutsch (de)</option>
        </select>
      </Row>
      <Row>
        <label htmlFor={ids.placement} className="label w-24">
          Placement
        </label>
        <select id={ids.placement} className="field" value={choice} onChange={(e) => choosePlacement(e.target.value as PlacementChoice)}>
          <option value="DEFAULT">DEFAULT (left menu)</option>
          <option value="IM_SIDEBAR_CHAT">IM_SIDEBAR — group chat</option>
          <option value="IM_SIDEBAR_DIALOG">IM_SIDEBAR — 1:1 dialog</option>
        </select>
      </Row>
      {choice === 'IM_SIDEBAR_CHAT' && (
        <DialogSelect id={ids.chat} label="Chat" value={currentDialog} options={groupChats} onPick={openDialog} />
      )}
      {choice === 'IM_SIDEBAR_DIALOG' && (
        <>
          {dialogs.length > 0 && (
            <DialogSelect id={ids.chat} label="Dialog" value={currentDialog} options={dialogs} onPick={openDialog} />
          )}
          <Row>
            <label htmlFor={ids.dialog} className="label w-24">
              Dialog with user id
            </label>
            <input id={ids.dialog} className="field w-20" inputMode="numeric" value={dialogUser} onChange={(e) => setDialogUser(e.target.value.replace(/\D/g, ''))} />
            <button type="button" className="btn" onClick={() => dialogUser && openDialog(dialogUser)}>
              Open dialog
            </button>
          </Row>
        </>
      )}
      <p className="text-[12px] text-muted">
        PLACEMENT_OPTIONS: <code className="font-mono">{JSON.stringify(config.placementOptions)}</code>
      </p>
      <Row>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={config.install} onChange={(e) => onConfig({ install: e.target.checked })} />
          Install mode
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={config.isAdmin} onChange={(e) => onConfig({ isAdmin: e.target.checked })} />
          Is admin
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={staticApp} onChange={(e) => onStaticApp(e.target.checked)} />
          Static app (GET, index.html / install.html)
        </label>
      </Row>
      <Row>
        <button type="button" className="btn" onClick={onReopen}>
          Reopen app
        </button>
        <button type="button" className="btn" onClick={onReset}>
          Reset portal
        </button>
      </Row>
    </Section>
  );
}

function DialogSelect(props: { id: string; label: string; value: string; options: EmulatorChat[]; onPick(dialogId: string): void }) {
  const known = props.options.some((c) => c.dialogId === props.value);
  return (
    <Row>
      <label htmlFor={props.id} className="label w-24">
        {props.label}
      </label>
      <select id={props.id} className="field min-w-0 flex-1" value={known ? props.value : ''} onChange={(e) => props.onPick(e.target.value)}>
        {!known && <option value="">{props.value || 'choose…'}</option>}
        {props.options.map((chat) => (
          <option key={chat.dialogId} value={chat.dialogId}>
            {chat.title} ({chat.dialogId}, {chat.memberIds.length} members)
          </option>
        ))}
      </select>
    </Row>
  );
}
