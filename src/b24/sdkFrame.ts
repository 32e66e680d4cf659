/**
 * PortalFrame and PortalContext over the SDK's B24Frame, with the SDK's frame quirks handled
 * (reference b24jssdk §1.7, §5): fire-and-forget commands never leave unhandled rejections,
 * user options read falsy values as unset and `options.userSet` may throw a TypeError when the
 * portal sent no USER_OPTIONS.
 */
import { MessageCommands, type B24Frame } from '@bitrix24/b24jssdk';
import { reportAppError, toAppError } from './errors';
import { profilePath, type PortalContext, type PortalFrame } from './frame';

type DialogId = Parameters<B24Frame['parent']['imOpenMessenger']>[0];

/** Logs a failed fire-and-forget command instead of leaving an unhandled rejection. */
function fireAndForget(command: string, promise: Promise<unknown>): void {
  promise.catch((error: unknown) => reportAppError(toAppError(error, command)));
}

function asOptions(value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value === 'string') {
    try {
      return asOptions(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function portalContextOf(b24: B24Frame): PortalContext {
  const origin = b24.getTargetOrigin();
  const placementOptions = asOptions(b24.placement.options);
  return {
    lang: String(b24.getLang() || 'en'),
    placement: b24.placement.placement || 'DEFAULT',
    placementOptions,
    isAdmin: b24.auth.isAdmin === true,
    isInstallMode: b24.isInstallMode === true,
    isSlider: placementOptions.IFRAME === 'Y',
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
