import type { OptionKind } from '../../types';
import type { SelectedUser } from '../api/users';
import { IM_COMMANDS, imNoticeText, imTarget, type ImTarget } from './im-notice';
import type { FrameMessage } from './message';
import { paramsRecord } from './message';
import { sliderPath } from './open-path';
import { deniedReason, type PlacementContext } from './policy';
import { frameSizeFromParams, type FrameSize } from './resize';

/**
 * What the portal does with a command: reply (the SDK gets `cb:JSON`), or stay silent like the real
 * portal. `after` runs once the message has been logged (reloads that would cut the log short).
 */
export type Answer = ({ answered: true; result: unknown } | { answered: false; note: string }) & {
  after?: () => void;
};

/** The portal page's side effects, provided by the shell UI (and faked in tests). */
export interface CommandContext {
  placement(): PlacementContext;
  isAdmin(): boolean;
  initData(): Promise<unknown>;
  /** False when this portal does not answer `setInstall` now (a portal variant); default: it does. */
  setInstallExpected?(): boolean;
  refreshAuth(): Promise<unknown>;
  /** Applies the size and returns the frame's actual box. */
  resize(size: FrameSize): Promise<{ width: number; height: number }>;
  setTitle(title: string): void;
  scrollTo(top: number): void;
  /** Opens the app again (new APP_SID, new tokens). */
  relaunch(): void;
  /** Persists an option (user options for the current user). */
  saveOption(kind: OptionKind, name: string, value: unknown): Promise<unknown>;
  /** Marks the app installed (the page reload is done by `reloadPage`). */
  installFinish(): Promise<void>;
  reloadPage(): void;
  notice(text: string): void;
  label(target: ImTarget): Promise<string>;
  /** Shows the fake slider; resolves when the user closes it. */
  openPath(path: string): Promise<void>;
  /** Shows the application slider; resolves when the user closes it. */
  openApplication(params: Record<string, unknown>): Promise<void>;
  /** Shows the user picker; null when cancelled. */
  pickUsers(multiple: boolean): Promise<SelectedUser[] | null>;
}

const reply = (result: unknown): Answer => ({ answered: true, result });
const silent = (note: string, after?: () => void): Answer => (after ? { answered: false, note, after } : { answered: false, note });

const NOT_EMULATED = new Set(['selectAccess', 'selectCRM', 'showAppForm', 'placementBindEvent']);

export async function dispatchFrameCommand(message: FrameMessage, ctx: CommandContext): Promise<Answer> {
  const { command, params } = message;
  const p = paramsRecord(params);
  const denied = deniedReason(command, ctx.placement());
  if (denied) return silent(denied);

  if (IM_COMMANDS.has(command)) {
    const target = imTarget(command, params);
    ctx.notice(imNoticeText(command, params, target, await ctx.label(target)));
    return silent('fire-and-forget: the portal never answers im* commands');
  }

  switch (command) {
    case 'getInitData':
      return reply(await ctx.initData());
    case 'setInstall':
      if (ctx.setInstallExpected && !ctx.setInstallExpected()) {
        return silent('setInstall without a first run: this portal announced FIRST_RUN "N" and does not answer it');
      }
      return reply(params);
    case 'refreshAuth':
      return reply(await ctx.refreshAuth());
    case 'resizeWindow': {
      const size = frameSizeFromParams(params);
      return size ? reply(await ctx.resize(size)) : silent('resizeWindow without a usable width and height');
    }
    case 'setTitle':
      ctx.setTitle(String(p.title ?? ''));
      return reply(params);
    case 'setScroll':
      ctx.scrollTo(Math.max(0, Number(p.scroll) || 0));
      return reply(params);
    case 'reloadWindow':
      return silent('the portal reloads the app instead of answering', () => ctx.relaunch());
    case 'setUserOption':
      await ctx.saveOption('user', String(p.name ?? ''), p.value);
      return reply(params);
    case 'setAppOption':
      if (!ctx.isAdmin()) return silent('setAppOption is answered for admins only');
      await ctx.saveOption('app', String(p.name ?? ''), p.value);
      return reply(params);
    case 'openPath': {
      const path = sliderPath(params);
      if (!path) return silent('openPath without a path');
      await ctx.openPath(path);
      return reply({ result: 'close' });
    }
    case 'openApplication':
      await ctx.openApplication(p);
      return reply(undefined);
    case 'closeApplication':
      return silent('the app is not in an application slider, so there is nothing to close');
    case 'setInstallFinish':
      await ctx.installFinish();
      return silent('the portal reloads the page instead of answering', () => ctx.reloadPage());
    case 'selectUser':
    case 'selectUsers': {
      const multiple = command === 'selectUsers' || p.mult === true;
      const picked = await ctx.pickUsers(multiple);
      if (!picked) return silent('the user picker was cancelled');
      return reply(multiple ? picked : picked[0]);
    }
    case 'getInterface':
      return reply({ command: [], event: [] });
    default:
      if (NOT_EMULATED.has(command)) ctx.notice(`${command} is not emulated by this portal page`);
      return silent(`${command} is not answered by the portal`);
  }
}
