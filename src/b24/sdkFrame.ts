/**
 * PortalFrame and PortalContext over the SDK's B24Frame, with the SDK's frame quirks handled
 * (reference b24jssdk §1.7, §5): fire-and-forget commands never leave unhandled rejections,
 * user options read falsy values as unset and `options.userSet` may throw a TypeError when the
 * portal sent no USER_OPTIONS.
 */
import { MessageCommands, type B24Frame } from '@bitrix24/b24jssdk';
import { reportAppError, toAppError } from './errors';
import { profilePath, type PortalContext, type PortalFrame } from './frame';
import { flagOrNull, mapOrEmpty } from './scalars';

type DialogId = Parameters<B24Frame['parent']['imOpenMessenger']>[0];

/** Logs a failed fire-and-forget command instead of leaving an unhandled rejection. */
function fireAndForget(command: string, promise: Promise<unknown>): void {
  promise.catch((error: unknown) => reportAppError(toAppError(error, command)));
}

/** The B24Frame members the portal context is read from. */
export type PortalContextSdk = Pick<B24Frame, 'getTargetOrigin' | 'getLang' | 'placement' | 'auth' | 'isInstallMode'>;

/** LANG as the portal sent it ("ru", "ua", "EN "…), trimmed and lower-case; missing → "en". */
export function langOf(value: unknown): string {
  const lang = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return lang || 'en';
}

/**
 * What the portal told the app, read liberally: PLACEMENT_OPTIONS may be an object, PHP's `[]`
 * or a JSON string; IS_ADMIN and INSTALL booleans, "Y"/"N" or 1/0 (the SDK passes them through
 * as sent); LANG any Bitrix code or missing; PLACEMENT missing → "DEFAULT".
 */
export function portalContextOf(b24: PortalContextSdk): PortalContext {
  const origin = b24.getTargetOrigin();
  const placementOptions = mapOrEmpty(b24.placement.options as unknown);
  const placement = typeof b24.placement.placement === 'string' ? b24.placement.placement.trim() : '';
  return {
    lang: langOf(b24.getLang()),
    placement: placement || 'DEFAULT',
    placementOptions,
    isAdmin: flagOrNull(b24.auth.isAdmin as unknown) === true,
    isInstallMode: flagOrNull(b24.isInstallMode as unknown) === true,
    isSlider: flagOrNull(placementOptions.IFRAME) === true,
    domain: new URL(origin).host,
    origin,
  };
}

/** The B24Frame members the frame commands use. */
export type FrameCommandsSdk = Pick<B24Frame, 'parent' | 'slider' | 'options' | 'installFinish'>;

export function createSdkFrame(b24: FrameCommandsSdk): PortalFrame {
  /** Values set during this session: read back even when the SDK could not keep them. */
  const userOptions = new Map<string, string>();

  return {
    openMessenger(dialogId) {
      fireAndForget('imOpenMessenger', b24.parent.imOpenMessenger(String(dialogId) as DialogId));
    },
    callUser(userId, video) {
      fireAndForget('imCallTo', b24.parent.imCallTo(userId, video));
    },
    openProfile(userId) {
      // Resolves only when the slider closes: never awaited.
      fireAndForget('openPath', b24.slider.openPath(b24.slider.getUrl(profilePath(userId))));
    },
    async resizeWindow(width, height) {
      await b24.parent.resizeWindow(Math.max(1, Math.round(width)), Math.max(1, Math.round(height)));
    },
    async fitWindow() {
      await b24.parent.fitWindow();
    },
    async setTitle(title) {
      await b24.parent.setTitle(title);
    },
    getUserOption(name) {
      if (userOptions.has(name)) return userOptions.get(name) || null;
      try {
        const value: unknown = b24.options.userGet(name);
        if (value === null || value === undefined || value === '') return null;
        return typeof value === 'string' ? value : JSON.stringify(value);
      } catch {
        return null; // "user.option.<name> not set"
      }
    },
    async setUserOption(name, value) {
      userOptions.set(name, value);
      try {
        await b24.options.userSet(name, value);
      } catch (error) {
        if (!(error instanceof TypeError)) throw toAppError(error, 'setUserOption');
        // The SDK has no local copy of USER_OPTIONS to write into: send the command ourselves.
        await b24.parent.message.send(MessageCommands.setUserOption, { name, value, isSafely: true });
      }
    },
    async installFinish() {
      try {
        await b24.installFinish();
      } catch (error) {
        throw toAppError(error, 'installFinish');
      }
    },
  };
}
