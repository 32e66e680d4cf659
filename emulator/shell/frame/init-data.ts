import type { EmulatorState, SessionTokens } from '../../types';

/** The `getInitData` reply (MessageInitData in the SDK types). */
export interface InitData {
  DOMAIN: string;
  PROTOCOL: 0 | 1;
  LANG: string;
  PATH: string;
  AUTH_ID: string;
  /** seconds, as a numeric string (the SDK's NumberString; the reference's example sends "3600") */
  AUTH_EXPIRES: string;
  REFRESH_ID: string;
  MEMBER_ID: string;
  FIRST_RUN: boolean;
  IS_ADMIN: boolean;
  INSTALL: boolean;
  USER_OPTIONS: PhpMap;
  APP_OPTIONS: PhpMap;
  PLACEMENT: string;
  PLACEMENT_OPTIONS: PhpMap;
}

/** A map as the portal's PHP prints it: an empty one is `[]` (reference §2.6: "PHP empty arrays arrive as []"). */
export type PhpMap = Record<string, unknown> | [];

export function phpMap(map: Record<string, unknown>): PhpMap {
  return Object.keys(map).length === 0 ? [] : { ...map };
}

export interface InitDataInput {
  /** The portal page's location.host: must match what window.name carries. */
  host: string;
  secure: boolean;
  session: SessionTokens;
  /** What the app was launched with (config) and the options stored by now. */
  state: Pick<EmulatorState, 'config' | 'userOptions' | 'appOptions'>;
  /** True only for the first getInitData of an install launch (the portal clears it afterwards). */
  firstRun: boolean;
}

export function buildInitData({ host, secure, session, state, firstRun }: InitDataInput): InitData {
  const { config } = state;
  return {
    DOMAIN: host,
    PROTOCOL: secure ? 1 : 0,
    LANG: config.lang,
    PATH: '/rest',
    AUTH_ID: session.AUTH_ID,
    AUTH_EXPIRES: String(session.AUTH_EXPIRES),
    REFRESH_ID: session.REFRESH_ID,
    MEMBER_ID: session.MEMBER_ID,
    FIRST_RUN: firstRun,
    IS_ADMIN: config.isAdmin,
    INSTALL: config.install,
    // Never missing (the SDK's options.userSet throws then); empty ones print as PHP's [].
    USER_OPTIONS: phpMap(state.userOptions),
    APP_OPTIONS: phpMap(state.appOptions),
    PLACEMENT: config.placement || 'DEFAULT',
    PLACEMENT_OPTIONS: phpMap(config.placementOptions),
  };
}

/** The `refreshAuth` reply (RefreshAuthData in the SDK types: AUTH_EXPIRES is a numeric string). */
export function refreshAuthReply(session: SessionTokens): Pick<InitData, 'AUTH_ID' | 'AUTH_EXPIRES' | 'REFRESH_ID'> {
  return { AUTH_ID: session.AUTH_ID, AUTH_EXPIRES: String(session.AUTH_EXPIRES), REFRESH_ID: session.REFRESH_ID };
}
