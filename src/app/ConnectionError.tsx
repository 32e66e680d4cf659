import { errorTechnicalDetail, errorMessages, type AppError } from '../b24';
import { useMessages } from '../i18n';
import { Button } from '../ui/Button';
import { appMessages } from './messages';

/** Shown inside the portal frame when the SDK could not start (no answer in time, or refused). */
export function ConnectionError({ error }: { error: AppError }) {
  const m = useMessages(appMessages);
  const e = useMessages(errorMessages);
  return (
    <main className="min-h-screen bg-page px-4 py-10 font-sans text-base text-ink">
      <section role="alert" className="mx-auto max-w-lg rounded-panel bg-surface p-8 shadow-card">
        <h1 className="text-xl font-semibold">{m.failedTitle}</h1>
        <p className="mt-3">{error.code === 'CONNECT_TIMEOUT' ? m.failedTimeout : m.failedOther}</p>
        <p className="mt-2 text-muted">{m.failedHint}</p>
        <p className="mt-2 text-sm text-muted">{errorTechnicalDetail(error, e)}</p>
        <Button className="mt-6" variant="primary" onClick={() => window.location.reload()}>
          {m.reload}
        </Button>
      </section>
    </main>
  );
}

/** Shown while the portal answers the SDK's first message (usually a blink). */
export function Connecting() {
  const m = useMessages(appMessages);
  return (
    <main className="flex min-h-screen items-center justify-center bg-page font-sans text-base text-muted">
      <p role="status">{m.connecting}</p>
    </main>
  );
}
