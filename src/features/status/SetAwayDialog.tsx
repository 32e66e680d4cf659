import { useId, useRef, useState, type FormEvent } from 'react';
import { describeAppError, errorMessages } from '../../b24';
import { useMessages } from '../../i18n';
import { Button, Dialog, ErrorNotice } from '../../ui';
import { DEFAULT_AWAY_MINUTES, parseAwayMinutes, type AwayMinutesProblem } from './awayMinutes';
import { statusMessages, type StatusMessages } from './messages';

export interface SetAwayDialogProps {
  onClose: () => void;
  onSubmit: (minutesAgo: number) => void;
  pending: boolean;
  error: unknown;
}

function problemText(problem: AwayMinutesProblem, m: StatusMessages): string {
  switch (problem) {
    case 'empty':
      return m.awayEmpty;
    case 'not-whole':
      return m.awayNotWhole;
    case 'too-small':
      return m.awayTooSmall;
    case 'too-large':
      return m.awayTooLarge;
  }
}

/** Asks how many minutes ago the user went away (default 10), checks it, then sets the idle mark. */
export function SetAwayDialog({ onClose, onSubmit, pending, error }: SetAwayDialogProps) {
  const m = useMessages(statusMessages);
  const em = useMessages(errorMessages);
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(String(DEFAULT_AWAY_MINUTES));
  const [problem, setProblem] = useState<AwayMinutesProblem | null>(null);
  const formId = `${id}-form`;
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    const check = parseAwayMinutes(text);
    if (!check.ok) {
      setProblem(check.problem);
      inputRef.current?.focus();
      return;
    }
    setProblem(null);
    onSubmit(check.minutes);
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={m.awayDialogTitle}
      description={m.awayDialogText}
      size="sm"
      initialFocus={inputRef}
      footer={
        <>
          <Button onClick={onClose}>{m.cancel}</Button>
          <Button type="submit" form={formId} variant="primary" busy={pending}>
            {m.awaySubmit}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit} className="flex flex-col gap-1">
        <label htmlFor={`${id}-minutes`} className="text-sm text-muted">
          {m.awayMinutesLabel}
        </label>
        <input
          ref={inputRef}
          id={`${id}-minutes`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (problem) setProblem(null);
          }}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
          className="h-9 w-32 rounded-control border border-line-strong bg-surface px-3 text-base text-ink aria-invalid:border-alert-ink"
        />
        <span id={hintId} className="text-sm text-muted">
          {m.awayMinutesHint}
        </span>
        {problem && (
          <span id={problemId} role="alert" className="text-sm text-alert-ink">
            {problemText(problem, m)}
          </span>
        )}
        {error != null && <ErrorNotice className="mt-2" title={m.awayFailed} message={describeAppError(error, em)} />}
      </form>
    </Dialog>
  );
}
