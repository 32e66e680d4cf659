/**
 * The `listTotals` portal variant (emulator/variants.ts): list methods that leave out `total`
 * ('omit', `next` kept) or both `total` and `next` ('omitBoth'). Applied to every call of these
 * methods, alone or as a batch command (then `result_total` / `result_next` lose them too).
 */
import type { PortalVariants } from '../types';
import type { MethodResult } from './context';

/** The list methods the variant changes (method names in lower case). */
export const LIST_TOTAL_METHODS: ReadonlySet<string> = new Set(['user.get', 'user.search', 'department.get', 'im.dialog.users.list']);

export function applyListTotals(method: string, value: MethodResult, mode: PortalVariants['listTotals']): MethodResult {
  if (mode === 'reference' || !LIST_TOTAL_METHODS.has(method.toLowerCase())) return value;
  const out: MethodResult = { ...value };
  delete out.total;
  if (mode === 'omitBoth') delete out.next;
  return out;
}
