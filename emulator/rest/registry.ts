/**
 * All REST methods the emulated portal knows, keyed by lower-case name. Anything else answers
 * 404 ERROR_METHOD_NOT_FOUND.
 */
import { appMethods } from './app';
import { batchMethods } from './batch';
import type { MethodDef } from './context';
import { departmentMethods } from './department';
import { imChatMethods } from './im-chat';
import { imDepartmentMethods } from './im-department';
import { imDialogMethods } from './im-dialog';
import { imRecentMethods } from './im-recent';
import { imSearchMethods } from './im-search';
import { imUserMethods } from './im-user';
import { placementMethods } from './placement';
import { userMethods } from './user';

export function buildRegistry(): Map<string, MethodDef> {
  const all: Record<string, MethodDef> = {
    ...imUserMethods,
    ...imChatMethods,
    ...imDialogMethods,
    ...imRecentMethods,
    ...imSearchMethods,
    ...imDepartmentMethods,
    ...userMethods,
    ...departmentMethods,
    ...batchMethods,
    ...appMethods,
    ...placementMethods,
  };
  return new Map(Object.entries(all).map(([name, def]) => [name.toLowerCase(), def]));
}
