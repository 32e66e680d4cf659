/** What the portal page shows and where the app lives, from the page's <meta> and query string. */

export const APP_TITLE = 'People presence';

export interface ShellSettings {
  /** The app's handler URL (may carry a path override for the e2e SDK harness). */
  appUrl: string;
  appOrigin: string;
  /** Open the app like a static local app: GET index.html / install.html instead of the form POST. */
  staticApp: boolean;
}

/**
 * `configuredAppUrl` comes from `<meta name="emulator-app-url">` (set by emulator/start.ts).
 * Query: `?appPath=/some/page.html` opens another page of the same app origin (the SDK harness);
 * `?static=1` switches to the static-app launch. An appPath that leaves the app origin is ignored.
 */
export function readShellSettings(configuredAppUrl: string, search: string): ShellSettings {
  const base = new URL(configuredAppUrl);
  const query = new URLSearchParams(search);
  let appUrl = base.href;
  const appPath = query.get('appPath');
  if (appPath && appPath.startsWith('/') && !appPath.startsWith('//')) {
    const candidate = new URL(appPath, base);
    if (candidate.origin === base.origin) appUrl = candidate.href;
  }
  return { appUrl, appOrigin: base.origin, staticApp: query.get('static') === '1' };
}

/** The page's query with `static` switched on or off, other parameters kept. */
export function withStaticFlag(search: string, staticApp: boolean): string {
  const query = new URLSearchParams(search);
  if (staticApp) query.set('static', '1');
  else query.delete('static');
  const text = query.toString();
  return text ? `?${text}` : '';
}
