import type { ReactNode } from 'react';
import { useMessages } from '../../i18n';
import { EmptyState, IconChat } from '../../ui';
import { ChatMembersView } from './ChatMembersView';
import { parseDialogId } from './dialogId';
import { chatMembersMessages } from './messages';

export interface ChatMembersPanelProps {
  /** PLACEMENT_OPTIONS.dialogId as the portal sent it ("chat12", "47"…). */
  dialogId: unknown;
  /** My status switch, shown at the top once the first screen has loaded. */
  top?: ReactNode;
}

/** The chat sidebar (placement IM_SIDEBAR): a narrow column with who of the chat is here. */
export function ChatMembersPanel({ dialogId, top }: ChatMembersPanelProps) {
  const m = useMessages(chatMembersMessages);
  const dialog = parseDialogId(dialogId);
  return (
    <main className="flex h-dvh min-h-0 flex-col bg-surface font-sans text-base text-ink">
      {dialog ? (
        <ChatMembersView dialog={dialog} source="sidebar" top={top} listClassName="min-h-0 flex-1" />
      ) : (
        <EmptyState
          icon={<IconChat size={24} />}
          title={m.noDialogTitle}
          description={dialogId === undefined || dialogId === null || dialogId === '' ? m.noDialogText : m.unsupportedDialog}
        />
      )}
    </main>
  );
}
