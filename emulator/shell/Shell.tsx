import { useEffect, useMemo, useRef, useState } from 'react';
import { createControlClient } from './api/control-client';
import type { EmulatorChat } from '../types';
import type { FrameSize } from './frame/resize';
import { useAppLaunch } from './hooks/useAppLaunch';
import { useCommandContext } from './hooks/useCommandContext';
import { useFrameBridge } from './hooks/useFrameBridge';
import { useInspectorState } from './hooks/useInspectorState';
import { useShellUi } from './hooks/useShellUi';
import { useUserSummary } from './hooks/useUserSummary';
import { Inspector } from './inspector/Inspector';
import { APP_TITLE, withStaticFlag, type ShellSettings } from './settings';
import { AppFrame } from './ui/AppFrame';
import { FakeChat } from './ui/FakeChat';
import { Notices } from './ui/Notices';
import { INSPECTOR_TOGGLE_ID, PortalChrome } from './ui/PortalChrome';
import { SliderPanel } from './ui/SliderPanel';
import { UserPicker } from './ui/UserPicker';

const INSPECTOR_KEY = 'emulator.inspectorOpen';
const MAIN_FRAME: FrameSize = { width: '100%', height: 'max(560px, calc(100vh - 150px))' };
const SIDEBAR_FRAME: FrameSize = { width: '100%', height: '100%' };

/** The portal page: chrome, the app iframe, the frame protocol, overlays and the inspector. */
export function Shell({ settings: initialSettings }: { settings: ShellSettings }) {
  const client = useMemo(() => createControlClient(''), []);
  const [settings, setSettings] = useState(initialSettings);
  const { record, recordRef, error, relaunch } = useAppLaunch(client, settings);
  const ui = useShellUi();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [title, setTitle] = useState(APP_TITLE);
  const [frameSize, setFrameSize] = useState<FrameSize | null>(null);
  const [chats, setChats] = useState<EmulatorChat[]>([]);
  const [inspectorOpen, setInspectorOpen] = useState(() => localStorage.getItem(INSPECTOR_KEY) === '1');
  /** false while the panel is open from the last visit (no focus jump on page load). */
  const openedHere = useRef(false);

  // Every launch starts with the portal's own title and the default frame size.
  useEffect(() => {
    setTitle(APP_TITLE);
    setFrameSize(null);
  }, [record?.sid]);

  const context = useCommandContext({ client, recordRef, frameRef, ui, setTitle, setFrameSize, relaunch });
  const localFrameEvents = useFrameBridge({ appOrigin: settings.appOrigin, client, recordRef, frameRef, context });

  const inspector = useInspectorState(client, record?.state ?? null, inspectorOpen, relaunch);
  const { state } = inspector;
  const placement = record?.state.config.placement || 'DEFAULT';
  const dialogId = String(record?.state.config.placementOptions.dialogId ?? '');

  useEffect(() => {
    if (placement === 'IM_SIDEBAR' || inspectorOpen) client.chats().then(setChats).catch(() => undefined);
  }, [client, placement, inspectorOpen, record?.sid]);

  const showInspector = (open: boolean) => {
    localStorage.setItem(INSPECTOR_KEY, open ? '1' : '0');
    openedHere.current = open;
    setInspectorOpen(open);
    // Focus follows the panel: into it when it opens, back to its button when it closes.
    if (!open) requestAnimationFrame(() => document.getElementById(INSPECTOR_TOGGLE_ID)?.focus());
  };

  const onStaticApp = (on: boolean) => {
    window.history.replaceState(null, '', `${window.location.pathname}${withStaticFlag(window.location.search, on)}`);
    setSettings((s) => ({ ...s, staticApp: on }));
  };

  const chat = chats.find((c) => c.dialogId === dialogId);
  const peer = useUserSummary(client, !chat && /^\d+$/.test(dialogId) ? Number(dialogId) : null);
  const me = useUserSummary(client, state?.currentUser.id ?? null);
  const frame = record ? (
    <AppFrame
      key={record.sid}
      sid={record.sid}
      launch={record.launch}
      size={frameSize}
      defaultSize={placement === 'IM_SIDEBAR' ? SIDEBAR_FRAME : MAIN_FRAME}
      frameRef={frameRef}
    />
  ) : null;

  return (
    <PortalChrome
      domain={state?.portal.domain || window.location.host}
      userName={state?.currentUser.name ?? '…'}
      userPhoto={me?.avatar}
      inspectorOpen={inspectorOpen}
      onToggleInspector={() => showInspector(!inspectorOpen)}
      placement={placement}
      inspector={
        inspectorOpen && state ? (
          <Inspector
            client={client}
            state={state}
            chats={chats}
            staticApp={settings.staticApp}
            localFrameEvents={localFrameEvents}
            status={inspector.status}
            onConfig={inspector.onConfig}
            onFaults={inspector.onFaults}
            onClearFaults={inspector.onClearFaults}
            onStaticApp={onStaticApp}
            onReopen={relaunch}
            onReset={inspector.onReset}
            onClose={() => showInspector(false)}
            focusOnOpen={openedHere.current}
          />
        ) : null
      }
    >
      {error && (
        <p role="alert" className="surface mb-3 border border-alert px-4 py-3 text-alert-text">
          Could not open the app: {error}
        </p>
      )}
      {placement === 'IM_SIDEBAR' ? (
        <>
          <h1 id="pagetitle" className="px-1 py-3 text-[22px] font-semibold">
            Messenger
          </h1>
          <div className="flex h-[calc(100vh-140px)] min-h-[480px] gap-3">
            <FakeChat dialogId={dialogId} chat={chat} peerName={peer?.name} />
            <aside aria-label="Application sidebar" className="surface w-[380px] shrink-0 overflow-hidden">
              {frame}
            </aside>
          </div>
        </>
      ) : (
        <>
          <h1 id="pagetitle" className="px-1 py-3 text-[22px] font-semibold">
            {title}
          </h1>
          <div className="surface overflow-hidden">{frame}</div>
        </>
      )}
      <Notices notices={ui.notices} onDismiss={ui.dismissNotice} />
      {ui.sliders.map((slider) => (
        <SliderPanel key={slider.id} slider={slider} client={client} onClose={() => ui.closeSlider(slider.id)} />
      ))}
      {ui.picker && <UserPicker key={ui.picker.id} client={client} multiple={ui.picker.multiple} onDone={ui.settlePicker} />}
    </PortalChrome>
  );
}
