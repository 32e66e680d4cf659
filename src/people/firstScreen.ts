/**
 * The first screen in one REST request: my im user object and my status always, plus whatever the
 * screen needs (`extra`: e.g. departments and the first page of people, or a chat's members),
 * all in one `batch`. Successful parts seed the shared caches (`me`, `myStatus`) so the status card
 * and the lists render without asking again.
 */
import type { QueryClient } from '@tanstack/react-query';
import { cmd, runBatch, type BatchOutcomes, type Command } from '../b24';
import { peopleKeys } from './queries';

type Commands = Record<string, Command<unknown>>;

export type FirstScreenCommands<Extra extends Commands> = Extra & {
  me: ReturnType<typeof cmd.me>;
  myStatus: ReturnType<typeof cmd.myStatus>;
};

export async function loadFirstScreen<Extra extends Commands>(
  queryClient: QueryClient,
  extra: Extra,
): Promise<BatchOutcomes<FirstScreenCommands<Extra>>> {
  const commands = { ...extra, me: cmd.me(), myStatus: cmd.myStatus() } as FirstScreenCommands<Extra>;
  const outcomes = await runBatch(commands);
  if (outcomes.me.ok) queryClient.setQueryData(peopleKeys.me(), outcomes.me.value);
  if (outcomes.myStatus.ok) queryClient.setQueryData(peopleKeys.myStatus(), outcomes.myStatus.value);
  return outcomes;
}
