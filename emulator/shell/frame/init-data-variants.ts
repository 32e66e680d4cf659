/**
 * The `initData: 'phpStrings'` portal variant (emulator/variants.ts): the getInitData and
 * refreshAuth replies printed the way a PHP portal may print them — flags as "Y"/"N", PROTOCOL as a
 * numeric string, AUTH_EXPIRES as a number, PLACEMENT_OPTIONS as a JSON string (PHP's json_encode:
 * `[]` when empty, "\/" and "\uXXXX" escapes). Empty USER_OPTIONS / APP_OPTIONS stay `[]`.
 * The SDK reads FIRST_RUN "N" as true; such a portal does not expect the `setInstall` that follows
 * (see `setInstallExpected`), so an app that does not fix the flag waits forever.
 */
import type { PortalConfig } from '../../types';
import type { InitData, PhpMap } from './init-data';

export type YesNo = 'Y' | 'N';

export interface PhpStringsInitData extends Omit<InitData, 'PROTOCOL' | 'AUTH_EXPIRES' | 'FIRST_RUN' | 'IS_ADMIN' | 'INSTALL' | 'PLACEMENT_OPTIONS'> {
  PROTOCOL: '0' | '1';
  AUTH_EXPIRES: number;
  FIRST_RUN: YesNo;
  IS_ADMIN: YesNo;
  INSTALL: YesNo;
  /** json_encode of the options map */
  PLACEMENT_OPTIONS: string;
}

const yesNo = (flag: boolean): YesNo => (flag ? 'Y' : 'N');

/** JSON as PHP's json_encode prints it by default: slashes escaped, non-ASCII as \uXXXX. */
export function phpJsonEncode(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function usesPhpStrings(config: Pick<PortalConfig, 'variants'>): boolean {
  return config.variants?.initData === 'phpStrings';
}

export function phpStringsInitData(data: InitData): PhpStringsInitData {
  const options: PhpMap = data.PLACEMENT_OPTIONS;
  return {
    ...data,
    PROTOCOL: data.PROTOCOL === 1 ? '1' : '0',
    AUTH_EXPIRES: Number(data.AUTH_EXPIRES),
    FIRST_RUN: yesNo(data.FIRST_RUN),
    IS_ADMIN: yesNo(data.IS_ADMIN),
    INSTALL: yesNo(data.INSTALL),
    PLACEMENT_OPTIONS: phpJsonEncode(options),
  };
}

export function phpStringsRefreshReply(reply: Pick<InitData, 'AUTH_ID' | 'AUTH_EXPIRES' | 'REFRESH_ID'>) {
  return { ...reply, AUTH_EXPIRES: Number(reply.AUTH_EXPIRES) };
}

/**
 * Whether the portal answers a `setInstall`: always, except under 'phpStrings' when this launch's
 * init data did not announce a first run (FIRST_RUN "N").
 */
export function setInstallExpected(config: Pick<PortalConfig, 'variants'>, firstRunAnnounced: boolean): boolean {
  return !usesPhpStrings(config) || firstRunAnnounced;
}
