/**
 * Portal variants: opt-in switches that make the emulator answer in other shapes the reference
 * allows, the way an independent portal built from the same reference may (for robustness tests of
 * the app; every default is the emulator's usual behaviour). Set with PATCH /emulator-api/config
 * `{ variants: {...} }` or the reset body; cleared by a reset. Applied in rest/dispatch.ts
 * (totals, avatar URLs), rest/user.ts (sort) and the portal page (init data).
 *
 * Not offered: batch sections as lists for named commands. The reference keys every section by
 * command id (bitrix24-rest §4.4) and lists non-empty arrays only for `result`, the PHP list a
 * `cmd` array produces (b24jssdk §3.5) — which the emulator already prints for `cmd` arrays.
 */
import type { PortalVariants } from './types';

export const DEFAULT_VARIANTS: Readonly<PortalVariants> = Object.freeze({
  listTotals: 'reference',
  ignoreSort: false,
  initData: 'reference',
  avatars: 'absolute',
});

const LIST_TOTALS: readonly PortalVariants['listTotals'][] = ['reference', 'omit', 'omitBoth'];
const INIT_DATA: readonly PortalVariants['initData'][] = ['reference', 'phpStrings'];
const AVATARS: readonly PortalVariants['avatars'][] = ['absolute', 'relative'];

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((item) => item === value);
}

/** `current` with the valid keys of `patch` applied; unknown keys and values are ignored. */
export function mergeVariants(current: PortalVariants, patch: unknown): PortalVariants {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return { ...current };
  const p = patch as Record<string, unknown>;
  return {
    listTotals: oneOf(LIST_TOTALS, p.listTotals) ?? current.listTotals,
    ignoreSort: typeof p.ignoreSort === 'boolean' ? p.ignoreSort : current.ignoreSort,
    initData: oneOf(INIT_DATA, p.initData) ?? current.initData,
    avatars: oneOf(AVATARS, p.avatars) ?? current.avatars,
  };
}

export function variantsAreDefault(variants: PortalVariants): boolean {
  return (Object.keys(DEFAULT_VARIANTS) as (keyof PortalVariants)[]).every((key) => variants[key] === DEFAULT_VARIANTS[key]);
}
