import { useId, useState } from 'react';
import type { PortalConfig, PortalVariants } from '../../types';
import { DEFAULT_VARIANTS } from '../../variants';
import { Row, Section } from './Section';
import { variantsOf, variantsSummary } from './variants-view';

/**
 * Portal variants (emulator/variants.ts): other answer shapes the reference allows, for robustness
 * tests. Every change sends the whole set and reopens the app (launch settings and cached answers).
 */
export function VariantsSection(props: { config: PortalConfig; onConfig(patch: Partial<PortalConfig>): void }) {
  const variants = variantsOf(props.config);
  const summary = variantsSummary(variants);
  const ids = { totals: useId(), initData: useId(), avatars: useId() };
  // Open at first when a variant is on; afterwards the user decides (a change never folds it).
  const [initiallyOpen] = useState(summary !== 'none');
  const change = (patch: Partial<PortalVariants>) => props.onConfig({ variants: { ...variants, ...patch } });

  return (
    <Section title="Portal variants (robustness tests)" open={initiallyOpen}>
      <p className="text-[12px] text-muted">
        Not the reference’s default: other shapes the reference allows, as a portal written by someone else may answer.
        For robustness tests only; a change reopens the app.
      </p>
      <p className={`rounded-lg px-3 py-1.5 text-[12px] ${summary === 'none' ? 'bg-page text-muted' : 'bg-[#fff1e0] text-ink'}`}>Variants on: {summary}</p>
      <Row>
        <label htmlFor={ids.totals} className="label w-28">
          List totals
        </label>
        <select
          id={ids.totals}
          className="field min-w-0 flex-1"
          value={variants.listTotals}
          onChange={(e) => change({ listTotals: e.target.value as PortalVariants['listTotals'] })}
        >
          <option value="reference">total and next (reference)</option>
          <option value="omit">no total, next kept</option>
          <option value="omitBoth">neither total nor next</option>
        </select>
      </Row>
      <p className="text-[12px] text-muted">user.get, user.search, department.get, im.dialog.users.list</p>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={variants.ignoreSort} onChange={(e) => change({ ignoreSort: e.target.checked })} />
        user.get / user.search ignore sort (ID order)
      </label>
      <Row>
        <label htmlFor={ids.initData} className="label w-28">
          Init data spelling
        </label>
        <select
          id={ids.initData}
          className="field min-w-0 flex-1"
          value={variants.initData}
          onChange={(e) => change({ initData: e.target.value as PortalVariants['initData'] })}
        >
          <option value="reference">booleans, AUTH_EXPIRES &quot;3600&quot; (reference)</option>
          <option value="phpStrings">PHP strings: &quot;Y&quot;/&quot;N&quot;, JSON-string options</option>
        </select>
      </Row>
      <Row>
        <label htmlFor={ids.avatars} className="label w-28">
          Avatar URLs
        </label>
        <select
          id={ids.avatars}
          className="field min-w-0 flex-1"
          value={variants.avatars}
          onChange={(e) => change({ avatars: e.target.value as PortalVariants['avatars'] })}
        >
          <option value="absolute">absolute (reference)</option>
          <option value="relative">portal-relative (/avatars/…)</option>
        </select>
      </Row>
      <Row>
        <button type="button" className="btn" disabled={summary === 'none'} onClick={() => props.onConfig({ variants: { ...DEFAULT_VARIANTS } })}>
          All variants off
        </button>
      </Row>
    </Section>
  );
}
