/**
 * My status: the current user's card with the Do-not-disturb switch, durations and the previous
 * chat version's "away" controls. Mount it only after the first screen has loaded (it reads the
 * seeded `me` and `myStatus` caches from src/people/queries.ts and causes no request of its own
 * at start; mounted earlier, it asks for them itself). The switch writes the shared `myStatus`
 * cache optimistically, so every screen showing me changes at once.
 */
export { MyStatusCard, type MyStatusCardProps } from './MyStatusCard';
