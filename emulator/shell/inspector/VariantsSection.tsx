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
      <VariantSelect
        label="List totals"
        value={variants.listTotals}
        onChange={(listTotals) => change({ listTotals })}
        options={[
          ['reference', 'total and next (reference)'],
          ['omit', 'no total, next kept'],
          ['omitBoth', 'neither total nor next'],
        ]}
      />
      <p className="text-[12px] text-muted">user.get, user.search, department.get, im.dialog.users.list</p>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={variants.ignoreSort} onChange={(e) => change({ ignoreSort: e.target.checked })} />
        user.get / user.search ignore sort (ID order)
      </label>
      <VariantSelect
        label="Init data spelling"
        value={variants.initData}
        onChange={(initData) => change({ initData })}
        options={[
          ['reference', 'booleans, AUTH_EXPIRES "3600" (reference)'],
          ['phpStrings', 'PHP strings: "Y"/"N", JSON-string options'],
        ]}
      />
      <VariantSelect
        label="Avatar URLs"
        value={variants.avatars}
        onChange={(avatars) => change({ avatars })}
        options={[
          ['absolute', 'absolute (reference)'],
          ['relative', 'portal-relative (/avatars/…)'],
        ]}
      />
      <Row>
        <button type="button" className="btn" disabled={summary === 'none'} onClick={() => props.onConfig({ variants: { ...DEFAULT_VARIANTS } })}>
          All variants off
        </button>
      </Row>
    </Section>
  );
}

/** One labelled choice among a variant's values. */
function VariantSelect<V extends string>(props: { label: string; value: V; onChange(value: V): void; options: [V, string][] }) {
  const id = useId();
  return (
    <Row>
      <label htmlFor={id} className="label w-28">
        {props.label}
      </label>
      <select id={id} className="field min-w-0 flex-1" value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </Row>
  );
}
