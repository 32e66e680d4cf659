import type { ReactNode } from 'react';
import { REQUIRED_SCOPES } from '../b24';
import { useI18n, useMessages } from '../i18n';
import { appMessages } from './messages';

/**
 * Shown when the page is opened directly instead of inside a Bitrix24 portal frame: explains what
 * this is and how to open, develop or install it. Never a blank page. Rendered without the SDK.
 */
export function OutsidePortal() {
  const m = useMessages(appMessages);
  const { locale } = useI18n();
  const scopes = new Intl.ListFormat(locale, { type: 'conjunction' }).format(REQUIRED_SCOPES);
  const here = `${window.location.origin}${window.location.pathname}`;
  return (
    <main className="min-h-screen bg-page px-4 py-10 font-sans text-base text-ink">
      <article className="mx-auto max-w-xl rounded-panel bg-surface p-8 shadow-card">
        <p className="text-sm text-muted">{m.appName}</p>
        <h1 className="mt-1 text-xl font-semibold">{m.outsideTitle}</h1>
        <p className="mt-3 text-md">{m.outsideLead}</p>

        <Section title={m.outsideOpenTitle}>
          <p>{m.outsideOpen}</p>
        </Section>

        <Section title={m.outsideDevTitle}>
          <p>{m.outsideDev}</p>
          <p className="mt-2 flex flex-wrap items-center gap-2">
            <Code>{m.outsideDevCommand}</Code>
            <span aria-hidden="true">→</span>
            <a className="text-primary-ink underline" href={m.outsideDevUrl}>
              {m.outsideDevUrl}
            </a>
          </p>
        </Section>

        <Section title={m.outsideInstallTitle}>
          <ol className="list-decimal space-y-1 pl-5">
            <li>{m.outsideInstallStep1}</li>
            <li>
              {m.outsideInstallStep2}
              <span className="mt-1 block break-all">
                <Code>{here}</Code>
              </span>
            </li>
            <li>{m.outsideInstallStep3(scopes)}</li>
          </ol>
        </Section>
      </article>
    </main>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-6">
      <h2 className="text-md font-semibold">{title}</h2>
      <div className="mt-1 text-muted">{children}</div>
    </section>
  );
}

function Code({ children }: { children: ReactNode }) {
  return <code className="rounded-sm bg-surface-alt px-1.5 py-0.5 font-mono text-sm text-ink">{children}</code>;
}
