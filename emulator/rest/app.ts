/**
 * Basic-scope methods every app may call: app.info (INSTALLED follows setInstallFinish),
 * profile, server.time, scope (granted scopes; `full=true` lists every scope the portal knows).
 */
import type { CallContext, MethodDef, MethodResult } from './context';
import { atom } from './datetime';
import { avatarUrl } from './im-user-object';
import { toBool, upperKeys, type Params } from './params';

export const APP_CODE = 'local.6650a1b2c3d4e5.90817263';
export const KNOWN_SCOPES = ['basic', 'department', 'im', 'imbot', 'placement', 'pull', 'user', 'user_basic', 'user_brief', 'user.userfield'];

function appInfo(_params: Params, ctx: CallContext): MethodResult {
  const lang = ctx.store.config.lang;
  return {
    result: {
      ID: 17,
      CODE: APP_CODE,
      VERSION: 1,
      STATUS: 'L',
      INSTALLED: ctx.store.installed,
      PAYMENT_EXPIRED: 'N',
      DAYS: null,
      LANGUAGE_ID: lang,
      LICENSE: `${lang === 'en' ? 'en' : 'ru'}_project`,
      LICENSE_TYPE: 'project',
      LICENSE_FAMILY: 'project',
    },
  };
}

function profile(_params: Params, ctx: CallContext): MethodResult {
  const u = ctx.user;
  const result: Record<string, unknown> = {
    ID: String(u.id),
    ADMIN: ctx.store.isAdminUser(u.id),
    NAME: u.firstName,
    LAST_NAME: u.lastName,
    PERSONAL_GENDER: u.gender,
  };
  if (u.hasAvatar) result.PERSONAL_PHOTO = avatarUrl(u, ctx.origin);
  result.TIME_ZONE = '';
  return { result };
}

function serverTime(_params: Params, ctx: CallContext): MethodResult {
  return { result: atom(ctx.now) };
}

function scope(params: Params, ctx: CallContext): MethodResult {
  const full = toBool(upperKeys(params).FULL);
  return { result: full ? [...KNOWN_SCOPES] : [...ctx.store.config.scopes] };
}

export const appMethods: Record<string, MethodDef> = {
  'app.info': { scopes: null, handler: appInfo },
  profile: { scopes: null, handler: profile },
  'server.time': { scopes: null, handler: serverTime },
  scope: { scopes: null, handler: scope },
};
