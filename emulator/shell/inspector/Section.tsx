import type { ReactNode } from 'react';

/** A collapsible inspector section (native <details>: keyboard-accessible as is). */
export function Section({ title, children, open = true }: { title: string; children: ReactNode; open?: boolean }) {
  return (
    <details open={open} className="surface border border-line">
      <summary className="cursor-pointer select-none px-4 py-2.5 font-semibold">{title}</summary>
      <div className="flex flex-col gap-3 px-4 pb-4">{children}</div>
    </details>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return <div className="flex flex-wrap items-center gap-2">{children}</div>;
}
