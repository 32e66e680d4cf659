import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { describeAppError, errorMessages } from '../../b24';
import { formatTime, useI18n, useMessages } from '../../i18n';
import { derivePresence } from '../../people/presence';
import { presenceMessages } from '../../people/presence.messages';
import { meQuery } from '../../people/queries';
import type { Person } from '../../people/types';
import { cx, ErrorNotice, PersonAvatar, Skeleton, Switch, Toast, useNow } from '../../ui';
import { DndHelp } from './DndHelp';
import { DurationMenu } from './DurationMenu';
import { currentDuration, untilFor, type DurationPreset, type PickedDuration } from './durations';
import { LegacyAwayMenu } from './LegacyAwayMenu';
import { statusMessages, type StatusMessages } from './messages';
import { myStatusWords } from './myStatusText';
import { SetAwayDialog } from './SetAwayDialog';
import { displayStatus, isDndOn, isSending, type StatusFailure, type StatusState } from './statusMachine';
import type { StatusController } from './statusController';
import { useLegacyAway } from './useLegacyAway';
import { useMyStatus } from './useMyStatus';

export interface MyStatusCardProps {
  /** Narrow layout for the chat sidebar. */
  compact?: boolean;
}

/**
 * The current user's card: avatar with presence badge, name, position, status in words, and the
 * "Do not disturb" switch with durations, help, and the previous chat version's "away" controls.
 * Reads the `me` and `myStatus` caches the first screen seeded (no request of its own at start).
 */
export function MyStatusCard({ compact = false }: MyStatusCardProps) {
  const m = useMessages(statusMessages);
  const em = useMessages(errorMessages);
  const me = useQuery(meQuery());
  const { state, controller, query } = useMyStatus();
  const frame = cx('rounded-card bg-surface shadow-card', compact ? 'p-3' : 'p-4');

  const loadError = me.error ?? (state === null ? query.error : null);
  if (loadError) {
    return (
      <section aria-label={m.cardLabel} className={frame}>
        <ErrorNotice
          title={m.loadFailed}
          message={describeAppError(loadError, em)}
          retrying={me.isFetching || query.isFetching}
          onRetry={() => {
            if (me.isError) void me.refetch();
            if (query.isError) void query.refetch();
          }}
        />
      </section>
    );
  }
  if (!me.data || state === null) {
    return (
      <section aria-label={m.cardLabel} aria-busy="true" className={cx(frame, 'flex items-center gap-3')}>
        <Skeleton circle className={compact ? 'size-10' : 'size-12'} />
        <span className="flex flex-1 flex-col gap-2">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-3 w-24" />
        </span>
      </section>
    );
  }
  return <StatusCardView me={me.data} state={state} controller={controller} compact={compact} className={frame} />;
}

interface StatusCardViewProps {
  me: Person;
  state: StatusState;
  controller: StatusController;
  compact: boolean;
  className: string;
}

function StatusCardView({ me, state, controller, compact, className }: StatusCardViewProps) {
  const m = useMessages(statusMessages);
  const pm = useMessages(presenceMessages);
  const em = useMessages(errorMessages);
  const { locale } = useI18n();
  const now = useNow();
  const { setAway, backFromAway } = useLegacyAway();
  const [askingAway, setAskingAway] = useState(false);
  const [picked, setPicked] = useState<PickedDuration | null>(null);
  const id = useId();
  const switchId = `${id}-dnd`;
  const timerNoteId = `${id}-timer-note`;

  const status = displayStatus(state);
  const on = isDndOn(state);
  const words = myStatusWords({ status, idleSince: me.presence.idleSince, until: on ? state.until : null, gender: me.gender, now }, m, pm, locale);
  // I am here (the app is open), so the badge shows what I chose, not "last seen".
  const presence = derivePresence({ ...me.presence, source: 'im', status, lastActivityAt: now }, now);
  const tone = on ? 'text-alert-ink' : presence.state === 'away' ? 'text-warning-ink' : 'text-success-ink';
  const failure = state.failure;

  const timed = on && state.until !== null;
  const pickDuration = (preset: DurationPreset) => {
    const until = untilFor(preset, Date.now());
    setPicked({ preset, until });
    controller.choose('dnd', until);
  };
  const controls = (
    <div className={cx('flex items-center gap-1', compact ? 'justify-between' : 'shrink-0 flex-wrap')}>
      <Switch
        id={switchId}
        checked={on}
        onChange={(next) => controller.choose(next ? 'dnd' : 'online')}
        label={m.dndSwitch}
        // The note is shown under my status (beside the end time it is about); the switch says it too.
        describedBy={timed ? timerNoteId : undefined}
        // The label centred on the 24 px track.
        className="mr-1 [&_label]:leading-6"
      />
      <div className="flex shrink-0 items-center gap-1">
        <DndHelp />
        <DurationMenu iconOnly={compact} current={currentDuration(on, state.until, picked, now)} onPick={pickDuration} />
        <LegacyAwayMenu
          onSetAway={() => {
            setAway.reset();
            setAskingAway(true);
          }}
          onBackFromAway={() => backFromAway.mutate()}
        />
      </div>
    </div>
  );

  return (
    <section aria-label={m.cardLabel} className={className}>
      <div className={cx('flex gap-3', compact ? 'flex-col' : 'flex-wrap items-center')}>
        <div className="flex min-w-0 flex-1 items-center gap-3">
          <PersonAvatar person={me} presence={presence} size={compact ? 'md' : 'lg'} decorative now={now} />
          <div className="flex min-w-0 flex-col">
            <p className="truncate font-semibold text-ink">{me.name}</p>
            {me.position && <p className="truncate text-sm text-muted">{me.position}</p>}
            <p className="text-sm text-muted" data-status={status ?? 'none'}>
              <span className={tone}>{words.label}</span>
              {words.detail && <> · {words.detail}</>}
              {isSending(state) && <> · {m.saving}</>}
            </p>
            {timed && (
              <p id={timerNoteId} className="text-sm text-muted">
                {m.timerNote}
              </p>
            )}
          </div>
        </div>
        {controls}
      </div>
      {failure && (
        <ErrorNotice
          className="mt-3"
          title={failure.status === 'dnd' ? m.errorOn : m.errorOff}
          message={`${describeAppError(failure.error, em)} ${failureCheckText(failure, words.label, m)}`}
          onRetry={() => {
            controller.retry();
            // The alert (and its button) goes away: keep the keyboard on the switch.
            document.getElementById(switchId)?.focus();
          }}
        />
      )}
      {backFromAway.error && (
        <ErrorNotice
          className="mt-3"
          title={m.backFailed}
          message={describeAppError(backFromAway.error, em)}
          retrying={backFromAway.isPending}
          onRetry={() => backFromAway.mutate()}
        />
      )}
      {/* Always rendered: a live region must exist before its message appears. */}
      <Toast
        className={state.endedAt !== null ? 'mt-3' : undefined}
        message={state.endedAt !== null ? m.ended(formatTime(state.endedAt, locale)) : null}
        onDismiss={() => controller.dismissNotice()}
        duration={0}
      />
      {askingAway && (
        <SetAwayDialog
          pending={setAway.isPending}
          error={setAway.error}
          onClose={() => setAskingAway(false)}
          onSubmit={(minutes) => setAway.mutate(minutes, { onSuccess: () => setAskingAway(false) })}
        />
      )}
    </section>
  );
}

/** What the alert says about the portal's real status after a failed change. */
function failureCheckText(failure: StatusFailure, shown: string, m: StatusMessages): string {
  switch (failure.check) {
    case 'checking':
      return m.checking;
    case 'confirmed':
      return m.stillIs(shown);
    case 'unconfirmed':
      return m.couldNotCheck(shown);
  }
}
