import type { ReactNode } from 'react';
import { compactJson } from './log-view';

export interface LogColumn {
  label: string;
  /** CSS width (the table has a fixed layout, so long values wrap or cut instead of widening it) */
  width?: string;
}

/** The scrolling table of an inspector log: a screen-reader caption, sticky column headers, rows. */
export function LogTable({ caption, columns, children }: { caption: string; columns: LogColumn[]; children: ReactNode }) {
  return (
    <div className="max-h-[320px] overflow-auto rounded-lg border border-line">
      <table className="w-full table-fixed border-collapse text-[12px]">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          {columns.map((column) => (
            <col key={column.label} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead className="sticky top-0 bg-page text-left text-muted">
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className="px-2 py-1 font-normal">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** One cell of a log row. */
export function Cell({ children, className = '', title }: { children: ReactNode; className?: string; title?: string }) {
  return (
    <td className={`px-2 py-1 align-top ${className}`} title={title}>
      {children}
    </td>
  );
}

/** Parameters on one muted line, cut to fit; the whole value in the tooltip. */
export function JsonLine({ value }: { value: unknown }) {
  return (
    <span className="block truncate font-mono text-muted" title={compactJson(value, 2000)}>
      {compactJson(value, 120)}
    </span>
  );
}
