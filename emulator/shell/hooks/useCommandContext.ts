import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ControlClient } from '../api/control-client';
import type { CommandContext } from '../frame/dispatch';
import type { ImTarget } from '../frame/im-notice';
import { buildInitData, refreshAuthReply } from '../frame/init-data';
import { phpStringsInitData, phpStringsRefreshReply, setInstallExpected, usesPhpStrings } from '../frame/init-data-variants';
import type { FrameSize } from '../frame/resize';
import type { LaunchRecord } from './useAppLaunch';
import type { ShellUi } from './useShellUi';

interface ContextDeps {
  client: ControlClient;
  recordRef: { readonly current: LaunchRecord | null };
  frameRef: { readonly current: HTMLIFrameElement | null };
  ui: ShellUi;
  setTitle(title: string): void;
  setFrameSize(size: FrameSize): void;
  relaunch(): void;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Binds the frame commands to this page: control API calls, the iframe, and the overlays. */
export function useCommandContext(deps: ContextDeps): CommandContext {
  const depsRef = useRef(deps);
  useLayoutEffect(() => {
    depsRef.current = deps;
  });

  return useMemo<CommandContext>(() => {
    const d = () => depsRef.current;
    const record = (): LaunchRecord => {
      const current = d().recordRef.current;
      if (!current) throw new Error('the app has not been launched yet');
      return current;
    };
    return {
      placement: () => {
        const config = record().state.config;
        return { placement: config.placement || 'DEFAULT', placementOptions: config.placementOptions ?? {} };
      },
      isAdmin: () => record().state.config.isAdmin,
      async initData() {
        const launch = record();
        // The app was launched with this config; options are read fresh (set since, e.g. before a reload).
        const fresh = await d().client.state();
        const firstRun = launch.firstRunPending;
        launch.firstRunPending = false;
        if (firstRun) launch.firstRunAnnounced = true;
        const data = buildInitData({
          host: window.location.host,
          secure: window.location.protocol === 'https:',
          session: launch.session,
          state: { ...launch.state, userOptions: fresh.userOptions, appOptions: fresh.appOptions },
          firstRun,
        });
        return usesPhpStrings(launch.state.config) ? phpStringsInitData(data) : data;
      },
      setInstallExpected: () => {
        const launch = record();
        return setInstallExpected(launch.state.config, launch.firstRunAnnounced === true);
      },
      async refreshAuth() {
        // Like the portal's refresh: the user the app was opened for, even if the emulator's current user changed.
        const launch = record();
        const session = await d().client.session(launch.session.REFRESH_ID);
        launch.session = { ...launch.session, REFRESH_ID: session.REFRESH_ID };
        const reply = refreshAuthReply(session);
        return usesPhpStrings(launch.state.config) ? phpStringsRefreshReply(reply) : reply;
      },
      async resize(size) {
        d().setFrameSize(size);
        await nextFrame();
        await nextFrame();
        const box = d().frameRef.current?.getBoundingClientRect();
        return { width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) };
      },
      setTitle: (title) => d().setTitle(title),
      scrollTo: (top) => window.scrollTo({ top }),
      relaunch: () => d().relaunch(),
      saveOption: (kind, name, value) => d().client.setOption(kind, name, value),
      installFinish: async () => {
        await d().client.installFinish();
      },
      reloadPage: () => window.location.reload(),
      notice: (text) => d().ui.addNotice(text),
      label: (target) => labelFor(d().client, target),
      openPath: (path) => d().ui.openSlider({ kind: 'path', path }),
      openApplication: (params) => d().ui.openSlider({ kind: 'app', params }),
      pickUsers: (multiple) => d().ui.openPicker(multiple),
    };
  }, []);
}

async function labelFor(client: ControlClient, target: ImTarget): Promise<string> {
  switch (target.kind) {
    case 'user':
      try {
        return (await client.userSummary(target.userId))?.name ?? `user #${target.userId}`;
      } catch {
        return `user #${target.userId}`;
      }
    case 'chat':
      try {
        const chat = (await client.chats()).find((c) => c.dialogId === target.dialogId);
        return chat?.title ?? target.dialogId;
      } catch {
        return target.dialogId;
      }
    case 'phone':
      return target.phone;
    default:
      return '';
  }
}
