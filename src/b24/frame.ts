/**
 * Commands to the portal window (the frame protocol), behind our own interface so components and
 * tests never touch the SDK. `connectToPortal()` installs the SDK-backed frame; tests install
 * `createFakeFrame()` from testing.ts.
 *
 * Fire-and-forget: openMessenger, callUser and openProfile return nothing — the portal never
 * reports whether a chat, call or slider actually opened.
 */
import { AppError } from './errors';

/** What the portal told the app when it opened it. */
export interface PortalContext {
  /** The portal's language code (e.g. "ru", "en", "de"). */
  lang: string;
  /** "DEFAULT" for the app's own page, or a placement code such as "IM_SIDEBAR". */
  placement: string;
  /** PLACEMENT_OPTIONS, e.g. { dialogId: "chat12" } in IM_SIDEBAR. */
  placementOptions: Readonly<Record<string, unknown>>;
  isAdmin: boolean;
  /** The portal opened the install page: the app is not installed until installFinish(). */
  isInstallMode: boolean;
  /** Opened inside a slider (PLACEMENT_OPTIONS.IFRAME === "Y"). */
  isSlider: boolean;
  /** Portal host, e.g. "portal.example" or "localhost:5174". */
  domain: string;
  /** Portal origin, e.g. "https://portal.example". */
  origin: string;
}

export interface PortalFrame {
  /** Opens the messenger on a dialog: a user id for a 1:1 chat, "chat12", "sg3". */
  openMessenger(dialogId: string | number): void;
  /** Starts an audio or video call with a user. */
  callUser(userId: number, video: boolean): void;
  /** Opens a person's profile in a portal slider. */
  openProfile(userId: number): void;
  /** Resizes the app's frame (px). */
  resizeWindow(width: number, height: number): Promise<void>;
  /** Makes the frame as tall as the app's content (full width). */
  fitWindow(): Promise<void>;
  /** Sets the portal's page title around the app (not document.title). DEFAULT placement only. */
  setTitle(title: string): Promise<void>;
  /**
   * A per-user option stored by the portal, or null when unset. Empty strings and "0" read as
   * unset (the SDK treats falsy values so), so store non-empty strings such as JSON.
   */
  getUserOption(name: string): string | null;
  /** Stores a per-user option in the portal. */
  setUserOption(name: string, value: string): Promise<void>;
  /**
   * Tells the portal the installation is finished. In a real portal the page is replaced and this
   * never resolves: call it last and don't await it in a critical path. Rejects outside install mode.
   */
  installFinish(): Promise<void>;
}

let current: PortalFrame | null = null;

export function setPortalFrame(frame: PortalFrame | null): void {
  current = frame;
}

function frame(): PortalFrame {
  if (current === null) {
    throw new AppError('portal-error', 'NOT_CONNECTED', 'The app is not connected to a Bitrix24 portal yet.');
  }
  return current;
}

/** The portal path of a person's profile. */
export function profilePath(userId: number): string {
  return `/company/personal/user/${userId}/`;
}

export const openMessenger = (dialogId: string | number): void => frame().openMessenger(dialogId);
export const callUser = (userId: number, video: boolean): void => frame().callUser(userId, video);
export const openProfile = (userId: number): void => frame().openProfile(userId);
export const resizeWindow = (width: number, height: number): Promise<void> => frame().resizeWindow(width, height);
export const fitWindow = (): Promise<void> => frame().fitWindow();
export const setTitle = (title: string): Promise<void> => frame().setTitle(title);
export const getUserOption = (name: string): string | null => frame().getUserOption(name);
export const setUserOption = (name: string, value: string): Promise<void> => frame().setUserOption(name, value);
export const installFinish = (): Promise<void> => frame().installFinish();
