import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createControlClient } from './api/control-client';
import type { EmulatorChat, EmulatorState, FaultPatch, PortalConfig } from '../types';
import type { FrameSize } from './frame/resize';
import { useAppLaunch } from './hooks/useAppLaunch';
import { useCommandContext } from './hooks/useCommandContext';
import { useFrameBridge } from './hooks/useFrameBridge';
import { usePeerName } from './hooks/usePeerName';
import { usePolling } from './hooks/usePolling';
import { useShellUi } from './hooks/useShellUi';
import { Inspector } from './inspector/Inspector';
import { APP_TITLE, withStaticFlag, type ShellSettings } from './settings';
import { AppFrame } from './ui/AppFrame';
import { FakeChat } from './ui/FakeChat';
import { Notices } from './ui/Notices';
import { PortalChrome } from './ui/PortalChrome';
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
  const [liveState, setLiveState] = useState<EmulatorState | null>(null);
  const [chats, setChats] = useState<EmulatorChat[]>([]);
  const [status, setStatus] = useState('');
  const [inspectorOpen, setInspectorOpen] = useState(() => localStorage.getItem(INSPECTOR_KEY) === '1');

  // Every launch starts with the portal's own title and the default frame size.
  useEffect(() => {
    setTitle(APP_TITLE);
    setFrameSize(null);
  }, [record?.sid]);

  const context = useCommandContext({ client, recordRef, frameRef, ui, setTitle, setFrameSize, relaunch });
  const localFrameEvents = useFrameBridge({ appOrigin: settings.appOrigin, client, recordRef, frameRef, context });

  const state = liveState ?? record?.state ?? null;
  const placement = record?.state.config.placement || 'DEFAULT';
  const dialogId = String(record?.state.config.placementOptions.dialogId ?? '');

  usePolling(
    useCallback(async () => setLiveState(await client.state()), [client]),
    1500,
    inspectorOpen,
  );
  useEffect(() => {
    if (placement === 'IM_SIDEBAR' || inspectorOpen) client.chats().then(setChats).catch(() => undefined);
  }, [client, placement, inspectorOpen, record?.sid]);

  const run = useCallback(
    async (label: string, action: () => Promise<unknown>, reopen: boolean) => {
      try {
        setStatus(`${label}…`);
        await action();
        setLiveState(await client.state());
        if (reopen) relaunch();
        setStatus(`${label}: done`);
      } catch (reason) {
        setStatus(`${label} failed: ${reason instanceof Error ? reason.message : String(reason)}`);
      }
    },
    [client, relaunch],
  );

  const toggleInspector = () =>
    setInspectorOpen((open) => {
      localStorage.setItem(INSPECTOR_KEY, open ? '0' : '1');
      return !open;
    });

  const onStaticApp = (on: boolean) => {
    window.history.replaceState(null, '', `${window.location.pathname}${withStaticFlag(window.location.search, on)}`);
    setSettings((s) => ({ ...s, staticApp: on }));
  };

  const chat = chats.find((c) => c.dialogId === dialogId);
  const peerName = usePeerName(client, chat ? '' : dialogId);
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
      inspectorOpen={inspectorOpen}
      onToggleInspector={toggleInspector}
      placement={placement}
      inspector={
        inspectorOpen && state ? (
          <Inspector
            client={client}
            state={state}
            chats={chats}
            staticApp={settings.staticApp}
            localFrameEvents={localFrameEvents}
            status={status}
            onConfig={(patch: Partial<PortalConfig>) => void run('Config', () => client.config(patch), true)}
            onFaults={(faults: FaultPatch) => void run('Faults', () => client.faults(faults), false)}
            onClearFaults={() => void run('Clear faults', () => client.clearFaults(), false)}
            onStaticApp={onStaticApp}
            onReopen={relaunch}
            onReset={() => void run('Reset', () => client.reset({}), true)}
          />
        ) : null
      }
    >
      {error && (
        <p role="alert" className="surface mb-3 border border-alert px-4 py-3 text-alert">
          Could not open the app: {error}
        </p>
      )}
      {placement === 'IM_SIDEBAR' ? (
        <>
          <h1 id="pagetitle" className="px-1 py-3 text-[22px] font-semibold">
            Messenger
          </h1>
          <div className="flex h-[calc(100vh-140px)] min-h-[480px] gap-3">
            <FakeChat dialogId={dialogId} chat={chat} peerName={peerName} />
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
