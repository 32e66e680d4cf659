/** Pure helpers for the inspector's "Portal variants" section. */
import type { PortalConfig, PortalVariants } from '../../types';
import { DEFAULT_VARIANTS } from '../../variants';

/** The variants in effect (the state leaves them out while all are at their defaults). */
export function variantsOf(config: Pick<PortalConfig, 'variants'>): PortalVariants {
  return { ...DEFAULT_VARIANTS, ...config.variants };
}

/** The switched-on variants in words, e.g. "no total · ID order"; "none" when all are default. */
export function variantsSummary(variants: PortalVariants): string {
  const parts: string[] = [];
  if (variants.listTotals === 'omit') parts.push('no total');
  if (variants.listTotals === 'omitBoth') parts.push('no total, no next');
  if (variants.ignoreSort) parts.push('ID order');
  if (variants.initData === 'phpStrings') parts.push('PHP-string init data');
  if (variants.avatars === 'relative') parts.push('relative avatars');
  return parts.length > 0 ? parts.join(' · ') : 'none';
}
