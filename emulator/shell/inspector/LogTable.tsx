import type { ReactNode } from 'react';

/** The scrolling table of an inspector log: a screen-reader caption, sticky column headers, rows. */
export function LogTable({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="max-h-[320px] overflow-auto rounded-lg border border-line">
      <table className="w-full border-collapse text-[12px]">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-page text-left text-muted">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-2 py-1 font-normal">
                {column}
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
