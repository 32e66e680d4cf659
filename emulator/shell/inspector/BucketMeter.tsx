import { useId } from 'react';
import type { BucketState } from '../../types';

/** The portal's leaky bucket: how close the app is to QUERY_LIMIT_EXCEEDED. */
export function BucketMeter({ bucket }: { bucket: BucketState }) {
  const id = useId();
  const level = Math.round(bucket.level * 10) / 10;
  return (
    <div className="flex items-center gap-3">
      <label htmlFor={id} className="label w-32">
        Bucket level
      </label>
      <meter id={id} min={0} max={bucket.max} high={bucket.max * 0.8} value={bucket.level} className="h-3 flex-1" />
      <span className="w-28 text-right font-mono text-[12px]">
        {bucket.enabled ? `${level} / ${bucket.max}` : 'off'}
      </span>
    </div>
  );
}
