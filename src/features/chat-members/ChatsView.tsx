import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n';
import type { ChatSummary } from '../../people/types';
import { Button, IconChevronRight } from '../../ui';
import { ChatMembersView } from './ChatMembersView';
import { parseDialogId } from './dialogId';
import { chatMembersMessages } from './messages';
import { RecentChats } from './RecentChats';

export interface ChatsViewProps {
  /**
   * Height rules of the scrolling lists. The default fills a parent of bounded height (a flex
   * column); give a max height (e.g. 'max-h-[560px]') where the parent grows with its content.
   */
  listClassName?: string;
}

/**
 * The "Chats" tab of the app's page: my recent chats; choosing one shows who of its members is
 * reachable (the same view as in the chat sidebar), with a way back to the list.
 */
export function ChatsView({ listClassName = 'min-h-0 flex-1' }: ChatsViewProps) {
  const m = useMessages(chatMembersMessages);
  const [open, setOpen] = useState<ChatSummary | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialog = open ? parseDialogId(open.dialogId) : null;

  useEffect(() => {
    if (dialog) headingRef.current?.focus();
  }, [dialog?.dialogId]); // eslint-disable-line react-hooks/exhaustive-deps -- focus once per opened chat

  if (!open || !dialog) {
    return (
      <section aria-label={m.chatsTitle} className="flex min-h-0 flex-1 flex-col">
        <div className={`overflow-y-auto ${listClassName}`}>
          <RecentChats
            focusDialogId={returnTo}
            onOpen={(chat) => {
              setOpen(chat);
              setReturnTo(chat.dialogId);
            }}
          />
        </div>
      </section>
    );
  }
  return (
    <section aria-label={m.showMembers(open.title)} className="flex min-h-0 flex-1 flex-col">
      <div className="px-2 pt-2">
        <Button variant="ghost" size="sm" icon={<IconChevronRight size={14} className="rotate-180" />} onClick={() => setOpen(null)}>
          {m.back}
        </Button>
      </div>
      <ChatMembersView key={dialog.dialogId} dialog={dialog} source="page" title={open.title} listClassName={listClassName} headingRef={headingRef} />
    </section>
  );
}
