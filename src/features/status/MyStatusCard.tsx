import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../../people/queries';

export interface MyStatusCardProps {
  /** Narrow layout for the chat sidebar. */
  compact?: boolean;
}

export function MyStatusCard({ compact = false }: MyStatusCardProps) {
  const me = useQuery(meQuery());
  return (
    <section className={compact ? 'p-2' : 'p-4'} aria-label="My status">
      <p className="font-semibold">{me.data?.name ?? ''}</p>
    </section>
  );
}
