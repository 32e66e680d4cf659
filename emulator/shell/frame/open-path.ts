import { paramsRecord } from './message';

/**
 * openPath sends a portal path prefixed with a width-picking detour such as
 * `/crm/type/0/details/0/../../../../..`; the portal resolves it like a URL. Returns the clean
 * path + query, or null when there is no path.
 */
export function sliderPath(params: unknown): string | null {
  const raw = paramsRecord(params).path;
  if (typeof raw !== 'string' || raw === '') return null;
  const url = new URL(raw, 'http://portal.invalid');
  return `${url.pathname}${url.search}`;
}

/** The user id of a profile path like /company/personal/user/12/, else null. */
export function profileUserId(path: string): number | null {
  const match = /^\/company\/personal\/user\/(\d+)\//.exec(path);
  return match ? Number(match[1]) : null;
}
