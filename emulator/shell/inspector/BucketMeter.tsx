import { useId } from 'react';
import type { BucketState } from '../../types';

/** The portal's leaky bucket: how close the app is to 503 QUERY_LIMIT_EXCEEDED, and its switch. */
export function BucketMeter({ bucket, onEnabled }: { bucket: BucketState; onEnabled(enabled: boolean): void }) {
  const id = useId();
  const level = Math.round(bucket.level * 10) / 10;
  return (
    <>
      <div className="flex items-center gap-3">
        <label htmlFor={id} className="label w-24">
          Bucket level
        </label>
        <meter id={id} min={0} max={bucket.max} low={bucket.max * 0.5} high={bucket.max * 0.8} optimum={0} value={bucket.level} className="h-3 flex-1" />
        <span className="w-20 whitespace-nowrap text-right font-mono text-[12px]">{bucket.enabled ? `${level} / ${bucket.max}` : 'off'}</span>
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={bucket.enabled} onChange={(e) => onEnabled(e.target.checked)} />
        Limit requests (+1 per call, drains {bucket.drainPerSec}/s, 503 above {bucket.max})
      </label>
    </>
  );
}
