/**
 * My status: the current user's card with the Do-not-disturb switch (placeholder until the status
 * feature lands). Mount it only after the first screen has loaded (it reads the seeded `me` and
 * `myStatus` caches from src/people/queries.ts and must not cause a request of its own at start).
 */
export { MyStatusCard, type MyStatusCardProps } from './MyStatusCard';
