import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type ReactNode, type Ref } from 'react';
import { AppError, describeAppError, errorMessages, errorTechnicalDetail } from '../../b24';
import { useI18n, useMessages } from '../../i18n';
import { meQuery } from '../../people/queries';
import { EmptyState, ErrorNotice, IconUsers, SearchField, SkeletonRows, cx } from '../../ui';
import type { DialogRef } from './dialogId';
import { MemberList } from './MemberList';
import { memberRows, summarise, withFreshPeople } from './members';
import { chatMembersMessages } from './messages';
import { chatMembersQuery, sidebarMembersQuery } from './queries';
import { usePresenceRefresh } from './usePresenceRefresh';

/** Show a search field above lists longer than this. */
const SEARCH_ABOVE = 10;

export interface ChatMembersViewProps {
  dialog: DialogRef;
  /**
   * 'sidebar': this is the first screen (me, my status and the members in one batch);
   * 'page': opened from the app's page, where the first screen has already loaded.
   */
  source: 'sidebar' | 'page';
  /** The chat's name when known (the sidebar does not know it). */
  title?: string;
  /** Shown above the list once the first request has finished (e.g. my status card). */
  top?: ReactNode;
  /** Height rules of the scrolling list. */
  listClassName?: string;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Who is in a chat and who of them is reachable now: loading, no-right, error and list states. */
export function ChatMembersView({ dialog, source, title, top, listClassName, headingRef }: ChatMembersViewProps) {
  const m = useMessages(chatMembersMessages);
  const e = useMessages(errorMessages);
  const { locale } = useI18n();
  const queryClient = useQueryClient();
  const members = useQuery(
    source === 'sidebar' ? sidebarMembersQuery(queryClient, dialog.dialogId) : chatMembersQuery(dialog.dialogId),
  );
  const settled = !members.isPending;
  // Seeded by the first screen: asking only after it has finished never costs a request of its own.
  const me = useQuery({ ...meQuery(), enabled: settled });
  const [query, setQuery] = useState('');
  const visibleIdsRef = useRef<readonly number[]>([]);
  const now = usePresenceRefresh({ dialogId: dialog.dialogId, visibleIds: () => visibleIdsRef.current, enabled: members.isSuccess });

  // My own row follows my status card at once (it keeps the `me` cache current), not the next refresh.
  const loaded = members.data?.people;
  const people = useMemo(() => (loaded && me.data ? withFreshPeople(loaded, [me.data]) : loaded), [loaded, me.data]);
  const allRows = useMemo(() => (people ? memberRows(people, { now, locale }) : []), [people, now, locale]);
  const rows = useMemo(() => (query.trim() ? memberRows(people ?? [], { now, locale, query }) : allRows), [allRows, people, now, locale, query]);
  const summary = summarise(allRows.map((row) => row.presence));
  const heading = title ?? (dialog.kind === 'user' ? m.dialogTitle : m.membersTitle);

  let body: ReactNode;
  if (members.isPending) {
    body = <SkeletonRows rows={6} label={m.loading} />;
  } else if (members.isError) {
    body = isNoRight(members.error) ? (
      <NoRight />
    ) : (
      <ErrorNotice
        className="m-3"
        title={m.loadFailed}
        message={describeAppError(members.error, e)}
        details={errorTechnicalDetail(members.error, e)}
        retryLabel={e.retry}
        retrying={members.isFetching}
        onRetry={() => void members.refetch()}
      />
    );
  } else if (allRows.length === 0) {
    // The portal answers an empty list when the caller has no right to see the members.
    body = <NoRight />;
  } else {
    body = (
      <>
        {allRows.length > SEARCH_ABOVE && (
          <div className="px-3 pb-2">
            <SearchField label={m.searchLabel} hideLabel value={query} onChange={setQuery} placeholder={m.searchLabel} />
          </div>
        )}
        {rows.length === 0 ? (
          <p role="status" className="px-4 py-6 text-center text-muted">
            {m.noMatches}
          </p>
        ) : (
          <MemberList
            rows={rows}
            meId={me.data?.id ?? null}
            now={now}
            label={m.listLabel}
            visibleIdsRef={visibleIdsRef}
            className={listClassName}
          />
        )}
      </>
    );
  }

  return (
    <>
      {settled && top}
      <header className="flex flex-col gap-0.5 px-4 pt-3 pb-2">
        <h2 ref={headingRef} tabIndex={-1} className="truncate text-md font-semibold text-ink outline-none">
          {heading}
        </h2>
        {members.isSuccess && allRows.length > 0 && (
          <p className="text-sm text-muted">
            {m.memberCount(locale, Math.max(members.data.total, allRows.length))} ·{' '}
            <span className={cx(summary.online > 0 && 'text-success-ink')}>{m.onlineCount(locale, summary.online)}</span>
          </p>
        )}
      </header>
      {body}
    </>
  );
}

function isNoRight(error: unknown): boolean {
  return error instanceof AppError && error.kind === 'access-denied';
}

function NoRight() {
  const m = useMessages(chatMembersMessages);
  return <EmptyState icon={<IconUsers size={24} />} title={m.noRightTitle} description={m.noRightText} />;
}
