import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { describeAppError, errorMessages, errorTechnicalDetail } from '../../b24';
import { formatRelativeTime, useI18n, useMessages } from '../../i18n';
import type { ChatSummary } from '../../people/types';
import { Avatar, EmptyState, ErrorNotice, IconChat, IconChevronRight, SkeletonRows, cx } from '../../ui';
import { parseDialogId } from './dialogId';
import { chatMembersMessages } from './messages';
import { recentChatsQuery } from './queries';

export interface RecentChatsProps {
  onOpen: (chat: ChatSummary) => void;
  /** Focus this chat's row when the list appears (coming back from its members). */
  focusDialogId?: string | null;
  className?: string;
}

/** My recent chats and dialogs (`im.recent.list`); choosing one shows its members. */
export function RecentChats({ onOpen, focusDialogId = null, className }: RecentChatsProps) {
  const m = useMessages(chatMembersMessages);
  const e = useMessages(errorMessages);
  const { locale } = useI18n();
  const chats = useQuery(recentChatsQuery());
  const [now] = useState(() => Date.now());
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!focusDialogId || !chats.isSuccess) return;
    listRef.current?.querySelector<HTMLButtonElement>(`button[data-dialog-id="${CSS.escape(focusDialogId)}"]`)?.focus();
  }, [focusDialogId, chats.isSuccess]);

  if (chats.isPending) return <SkeletonRows rows={5} label={m.chatsLoading} className={className} />;
  if (chats.isError) {
    return (
      <ErrorNotice
        className={className}
        title={m.chatsFailed}
        message={describeAppError(chats.error, e)}
        details={errorTechnicalDetail(chats.error, e)}
        retryLabel={e.retry}
        retrying={chats.isFetching}
        onRetry={() => void chats.refetch()}
      />
    );
  }
  // Open lines and other dialogs without a member list are left out.
  const shown = chats.data.filter((chat) => parseDialogId(chat.dialogId) !== null);
  if (shown.length === 0) {
    return <EmptyState className={className} icon={<IconChat size={24} />} title={m.chatsEmpty} description={m.chatsEmptyText} />;
  }
  return (
    <ul ref={listRef} aria-label={m.chatsTitle} className={cx('flex flex-col py-1', className)}>
      {shown.map((chat) => (
        <li key={chat.dialogId}>
          <button
            type="button"
            data-dialog-id={chat.dialogId}
            onClick={() => onOpen(chat)}
            aria-label={m.showMembers(chat.title)}
            className="group flex w-full cursor-pointer items-center gap-3 rounded-control px-3 py-2 text-left hover:bg-surface-alt"
          >
            <Avatar name={chat.title} src={chat.avatarUrl} color={chat.color} id={chat.userId ?? chat.chatId ?? undefined} size="md" decorative />
            <span className="flex min-w-0 flex-1 flex-col">
              <span className="truncate font-semibold text-ink">{chat.title}</span>
              <span className="truncate text-sm text-muted">
                {chat.type === 'chat' ? m.groupChat : m.privateDialog}
                {chat.lastMessageAt !== null && <> · {formatRelativeTime(chat.lastMessageAt, now, locale)}</>}
              </span>
            </span>
            <IconChevronRight size={16} className="shrink-0 text-subtle" />
          </button>
        </li>
      ))}
    </ul>
  );
}
