import { useMutation, useQueryClient } from '@tanstack/react-query';
import { endIdle, startIdle } from '../../b24';
import { peopleKeys } from '../../people/queries';

/**
 * The previous chat version's "away from the computer" mark (im.user.status.idle.start / .end).
 * Either way my im user object is read again afterwards, so the card shows the idle state the
 * portal really has (also after a failure: the request may have landed).
 */
export function useLegacyAway() {
  const queryClient = useQueryClient();
  // exact: my status (['people','me','status']) is not affected and must not be asked again.
  const rereadMe = () => queryClient.invalidateQueries({ queryKey: peopleKeys.me(), exact: true });
  const setAway = useMutation({ mutationFn: (minutesAgo: number) => startIdle(minutesAgo), onSettled: rereadMe });
  const backFromAway = useMutation({ mutationFn: () => endIdle(), onSettled: rereadMe });
  return { setAway, backFromAway };
}
