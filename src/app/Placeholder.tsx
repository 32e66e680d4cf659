import { useQuery } from '@tanstack/react-query';
import { describeAppError, errorMessages } from '../b24';
import { useMessages } from '../i18n';
import { meQuery } from '../people/queries';
import { appMessages } from './messages';

/** The current user's name from im.user.get: proves the REST path end to end. */
function Me() {
  const m = useMessages(appMessages);
  const e = useMessages(errorMessages);
  const me = useQuery(meQuery());
  if (me.isPending) return <p role="status">{m.meLoading}</p>;
  if (me.isError) return <p role="alert">{describeAppError(me.error, e)}</p>;
  return <h1 className="text-xl font-semibold">{m.meGreeting(me.data.name)}</h1>;
}

/** A temporary screen body until the screen's feature lands. */
export function Placeholder({ text }: { text: string }) {
  return (
    <main className="min-h-screen bg-page p-6 font-sans text-base text-ink">
      <section className="rounded-card bg-surface p-6 shadow-card">
        <Me />
        <p className="mt-2 text-muted">{text}</p>
      </section>
    </main>
  );
}
