import type { SessionTokens } from '../../types';

/** How the portal page opens the app in its iframe. */
export interface AppLaunch {
  /** The iframe's name: `<host>|<1|0>|<APP_SID>`; the SDK reads only this. */
  frameName: string;
  /** 'POST' = hidden form targeting the iframe (a handler URL); 'GET' = iframe src (a static app). */
  method: 'POST' | 'GET';
  /** Full URL with DOMAIN, PROTOCOL, LANG, APP_SID in the query. */
  action: string;
  /** POST fields (empty for GET). */
  fields: Record<string, string>;
}

export interface LaunchInput {
  appUrl: string;
  /** The portal page's `location.host`, exactly as the browser reports it. */
  host: string;
  secure: boolean;
  lang: string;
  appSid: string;
  session: SessionTokens;
  placement: string;
  placementOptions: Record<string, unknown>;
  /** Static local app: GET instead of the form POST, and index.html / install.html by mode. */
  staticApp: boolean;
  install: boolean;
}

/** A new 32-hex-digit APP_SID (the portal uses md5(uniqid(rand()))). */
export function newAppSid(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return Array.from(random(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function frameName(host: string, secure: boolean, appSid: string): string {
  return `${host}|${secure ? 1 : 0}|${appSid}`;
}

/** The app page a launch opens: the handler URL as configured, or index.html/install.html of a static app. */
export function appEntryUrl(appUrl: string, staticApp: boolean, install: boolean): URL {
  const url = new URL(appUrl);
  if (staticApp) {
    const dir = url.pathname.endsWith('/') ? url.pathname : url.pathname.replace(/[^/]*$/, '');
    url.pathname = `${dir}${install ? 'install.html' : 'index.html'}`;
  }
  return url;
}

export function buildAppLaunch(input: LaunchInput): AppLaunch {
  const url = appEntryUrl(input.appUrl, input.staticApp, input.install);
  url.searchParams.set('DOMAIN', input.host);
  url.searchParams.set('PROTOCOL', input.secure ? '1' : '0');
  url.searchParams.set('LANG', input.lang);
  url.searchParams.set('APP_SID', input.appSid);
  const fields: Record<string, string> = input.staticApp
    ? {}
    : {
        AUTH_ID: input.session.AUTH_ID,
        AUTH_EXPIRES: String(input.session.AUTH_EXPIRES),
        REFRESH_ID: input.session.REFRESH_ID,
        member_id: input.session.MEMBER_ID,
        status: 'L',
        PLACEMENT: input.placement,
        PLACEMENT_OPTIONS: JSON.stringify(input.placementOptions),
      };
  return {
    frameName: frameName(input.host, input.secure, input.appSid),
    method: input.staticApp ? 'GET' : 'POST',
    action: url.toString(),
    fields,
  };
}
