/**
 * Placeholder screens, one per route (see route.ts). Feature engineers replace them with their
 * features' screens; App passes each the portal context it was opened with.
 */
import { useQuery } from '@tanstack/react-query';
import { describeAppError, errorMessages, fetchMe, type PortalContext } from '../b24';
import { useMessages } from '../i18n';
import { appMessages } from './messages';

export interface ScreenProps {
  portal: PortalContext;
}

/** The current user's name from im.user.get: proves the REST path end to end. */
function Me() {
  const m = useMessages(appMessages);
  const e = useMessages(errorMessages);
  const me = useQuery({ queryKey: ['people', 'me'], queryFn: fetchMe });
  if (me.isPending) return <p role="status">{m.meLoading}</p>;
  if (me.isError) return <p role="alert">{describeAppError(me.error, e)}</p>;
  return <h1 className="text-xl font-semibold">{m.meGreeting(me.data.name)}</h1>;
}

function Placeholder({ text }: { text: string }) {
  return (
    <main className="min-h-screen bg-page p-6 font-sans text-base text-ink">
      <section className="rounded-card bg-surface p-6 shadow-card">
        <Me />
        <p className="mt-2 text-muted">{text}</p>
      </section>
    </main>
  );
}

export function MainScreen(_props: ScreenProps) {
  return <Placeholder text={useMessages(appMessages).placeholderMain} />;
}

export function ChatMembersScreen(_props: ScreenProps) {
  return <Placeholder text={useMessages(appMessages).placeholderChat} />;
}

export function InstallScreen(_props: ScreenProps) {
  return <Placeholder text={useMessages(appMessages).placeholderInstall} />;
}
