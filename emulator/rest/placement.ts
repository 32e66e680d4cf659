/**
 * placement.bind / placement.unbind / placement.get (scope placement; administrators only,
 * else 403 ACCESS_DENIED "Access denied!"). Every emulator token is an application token, so
 * WRONG_AUTH_TYPE never happens here. A placement is known only when the app has its scope
 * (IM_* need `im`), otherwise 400 ERROR_PLACEMENT_NOT_FOUND. IM_NAVIGATION / IM_SIDEBAR /
 * IM_TEXTAREA require OPTIONS.iconName (ERROR_ARGUMENT). All argument errors answer HTTP 400
 * (the docs disagree: bind's table says 200, unbind's says 400). unbind counts 2 per removed
 * handler, as documented ("+1 when found, +1 after deletion").
 */
import type { PlacementBinding } from '../types';
import type { CallContext, MethodDef, MethodResult } from './context';
import { RestError, systemErrors } from './errors';
import { phpArray } from './envelope';
import { asString, isRecord, toInt, type Params } from './params';

/** placement code → scope that makes it available */
const PLACEMENT_SCOPES: Record<string, string> = {
  LEFT_MENU: 'placement',
  REST_APP_URI: 'placement',
  PAGE_BACKGROUND_WORKER: 'placement',
  IM_NAVIGATION: 'im',
  IM_SIDEBAR: 'im',
  IM_TEXTAREA: 'im',
  IM_CONTEXT_MENU: 'im',
  USER_PROFILE_MENU: 'user',
  USER_PROFILE_TOOLBAR: 'user',
  CRM_LEAD_DETAIL_TAB: 'crm',
  CRM_DEAL_DETAIL_TAB: 'crm',
  CRM_DEAL_LIST_TOOLBAR: 'crm',
  TASK_VIEW_TAB: 'task',
  CALENDAR_GRIDVIEW: 'calendar',
};
const SINGLE_BINDING = new Set(['PAGE_BACKGROUND_WORKER', 'REST_APP_URI']);
const ICON_REQUIRED = new Set(['IM_NAVIGATION', 'IM_SIDEBAR', 'IM_TEXTAREA']);
const IM_OPTION_DEFAULTS: Record<string, Record<string, string>> = {
  IM_NAVIGATION: { extranet: 'N', role: 'USER' },
  IM_SIDEBAR: { extranet: 'N', context: 'ALL', role: 'USER' },
  IM_TEXTAREA: { extranet: 'N', context: 'ALL', role: 'USER' },
  IM_CONTEXT_MENU: { extranet: 'N', context: 'ALL', role: 'USER' },
};

function requireAdmin(ctx: CallContext): void {
  if (!ctx.store.isAdminUser(ctx.userId)) throw systemErrors.accessDenied();
}

function field(params: Params, name: string): unknown {
  const key = Object.keys(params).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : params[key];
}

function placementCode(params: Params, ctx: CallContext): string {
  const raw = field(params, 'PLACEMENT');
  if (raw === undefined || raw === null || raw === '') throw systemErrors.argumentNull('PLACEMENT');
  if (typeof raw !== 'string') {
    throw new RestError('ERROR_ARGUMENT', "The value of an argument 'PLACEMENT' must be of type string", 400, 'PLACEMENT');
  }
  const code = raw.trim().toUpperCase();
  const scope = PLACEMENT_SCOPES[code];
  if (!scope || !ctx.store.config.scopes.includes(scope)) throw new RestError('ERROR_PLACEMENT_NOT_FOUND', 'Placement not found', 400);
  return code;
}

function stringOptions(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(raw)) for (const [k, v] of Object.entries(raw)) out[k] = asString(v);
  return out;
}

function langAll(raw: unknown, fallbackLang: string, title: string, description: string, groupName: string): PlacementBinding['langAll'] {
  const out: PlacementBinding['langAll'] = {};
  if (isRecord(raw)) {
    for (const [lang, v] of Object.entries(raw)) {
      const entry = isRecord(v) ? v : {};
      out[lang] = { TITLE: asString(entry.TITLE), DESCRIPTION: asString(entry.DESCRIPTION), GROUP_NAME: asString(entry.GROUP_NAME) };
    }
  }
  if (Object.keys(out).length === 0) out[fallbackLang] = { TITLE: title, DESCRIPTION: description, GROUP_NAME: groupName };
  return out;
}

function bind(params: Params, ctx: CallContext): MethodResult {
  requireAdmin(ctx);
  const placement = placementCode(params, ctx);
  const handler = asString(field(params, 'HANDLER')).trim();
  if (handler === '') throw systemErrors.argumentNull('HANDLER');
  const userId = toInt(field(params, 'USER_ID'));
  if (userId > 0 && placement !== 'PAGE_BACKGROUND_WORKER') throw new RestError('ERROR_PLACEMENT_USER_MODE', 'User mode is not available', 400);
  let options = stringOptions(field(params, 'OPTIONS'));
  if (placement === 'PAGE_BACKGROUND_WORKER' && !options.errorHandlerUrl) {
    throw new RestError('EMPTY_ERROR_HANDLER_URL', 'Error handler URL is empty', 400);
  }
  if (ICON_REQUIRED.has(placement)) {
    const icon = options.iconName ?? '';
    if (icon === '') throw systemErrors.argumentNull('iconName');
    if (icon.length > 50 || !/^[A-Za-z -]+$/.test(icon)) {
      throw new RestError('ERROR_ARGUMENT', "The value of an argument 'iconName' is invalid", 400, 'iconName');
    }
  }
  const defaults = IM_OPTION_DEFAULTS[placement];
  if (defaults) options = { ...(options.iconName ? { iconName: options.iconName } : {}), ...defaults, ...options };
  const bindings = ctx.store.placements;
  if (SINGLE_BINDING.has(placement) && bindings.some((b) => b.placement === placement)) {
    throw new RestError('ERROR_PLACEMENT_MAX_COUNT', 'Placement max count exceeded', 400);
  }
  if (bindings.some((b) => b.placement === placement && b.handler === handler && b.userId === userId)) {
    throw new RestError('ERROR_CORE', 'Unable to set placement handler: Handler already binded', 400);
  }
  const title = asString(field(params, 'TITLE'));
  const description = asString(field(params, 'DESCRIPTION'));
  const groupName = asString(field(params, 'GROUP_NAME'));
  bindings.push({
    placement,
    userId,
    handler,
    options,
    title,
    description,
    groupName,
    langAll: langAll(field(params, 'LANG_ALL'), ctx.store.config.lang, title, description, groupName),
  });
  return { result: true };
}

function unbind(params: Params, ctx: CallContext): MethodResult {
  requireAdmin(ctx);
  const placement = placementCode(params, ctx);
  const handler = asString(field(params, 'HANDLER')).trim();
  const userIdRaw = field(params, 'USER_ID');
  const userId = userIdRaw === undefined ? null : toInt(userIdRaw);
  const keep: PlacementBinding[] = [];
  let removed = 0;
  for (const b of ctx.store.placements) {
    const hit = b.placement === placement && (handler === '' || b.handler === handler) && (userId === null || b.userId === userId);
    if (hit) removed++;
    else keep.push(b);
  }
  ctx.store.placements = keep;
  return { result: { count: removed * 2 } };
}

export function placementListItem(b: PlacementBinding): Record<string, unknown> {
  return {
    placement: b.placement,
    userId: b.userId,
    handler: b.handler,
    options: phpArray(Object.entries(b.options)),
    title: b.title,
    description: b.description,
    langAll: b.langAll,
  };
}

function get(_params: Params, ctx: CallContext): MethodResult {
  requireAdmin(ctx);
  return { result: ctx.store.placements.map(placementListItem) };
}

export const placementMethods: Record<string, MethodDef> = {
  'placement.bind': { scopes: ['placement'], handler: bind },
  'placement.unbind': { scopes: ['placement'], handler: unbind },
  'placement.get': { scopes: ['placement'], handler: get },
};
