/**
 * Whether a page of a server-paged list came back in the order we asked for (pure). A portal
 * written from the reference may not honour `sort`; then the list must not claim "by name".
 *
 * The portal collates with its database, not with Intl, so a few neighbours may compare the other
 * way round here (accents, punctuation, "ё") on a portal that does sort. A page counts as out of
 * order only when at least 2 neighbouring pairs, and more than a fifth of them, are reversed: a
 * page in another order (by id, by first name) reverses about half.
 */
import type { Person } from '../../../people/types';

export type RequestedOrder = 'name' | 'recent';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** LAST_NAME ascending; LAST_ACTIVITY_DATE descending (never active last, as the portal sorts NULL). */
function reversed(a: Person, b: Person, order: RequestedOrder): boolean {
  if (order === 'name') return collator.compare(a.lastName.trim(), b.lastName.trim()) > 0;
  return (a.presence.lastActivityAt ?? -Infinity) < (b.presence.lastActivityAt ?? -Infinity);
}

export function reversedPairs(people: readonly Person[], order: RequestedOrder): number {
  let count = 0;
  for (let i = 1; i < people.length; i++) if (reversed(people[i - 1]!, people[i]!, order)) count += 1;
  return count;
}

export function followsOrder(people: readonly Person[], order: RequestedOrder): boolean {
  const pairs = people.length - 1;
  const wrong = reversedPairs(people, order);
  return !(wrong >= 2 && wrong * 5 > pairs);
}
