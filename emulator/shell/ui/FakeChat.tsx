import type { EmulatorChat } from '../../types';

/** The messenger dialog an IM_SIDEBAR app sits next to (static filler; the app is the point). */
export function FakeChat({ dialogId, chat, peerName }: { dialogId: string; chat?: EmulatorChat; peerName?: string }) {
  const title = chat?.title ?? peerName ?? dialogId;
  const subtitle = chat ? `${chat.memberIds.length} members` : 'Private chat';
  return (
    <section aria-label={`Chat ${title}`} className="surface flex min-w-0 flex-1 flex-col">
      <header className="border-b border-line px-5 py-3">
        <div className="font-semibold">{title}</div>
        <div className="text-[12px] text-muted">
          {subtitle} · dialogId {dialogId}
        </div>
      </header>
      <ol className="flex flex-1 flex-col justify-end gap-2 overflow-hidden p-5" aria-label="Messages">
        <li className="max-w-[70%] self-start rounded-2xl bg-page px-4 py-2">Morning! Who is around today?</li>
        <li className="max-w-[70%] self-end rounded-2xl bg-[#d7ecff] px-4 py-2">Check the people app on the right →</li>
      </ol>
      <div className="border-t border-line p-3">
        <input className="field w-full rounded-full px-4 py-2" aria-label="Message" placeholder="Type a message…" disabled />
      </div>
    </section>
  );
}
