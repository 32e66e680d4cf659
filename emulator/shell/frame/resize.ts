import { paramsRecord } from './message';

/** CSS size for the app iframe from resizeWindow params ({width: number | "100%", height: number}). */
export interface FrameSize {
  width: string;
  height: string;
}

function cssLength(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return `${Math.round(value)}px`;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?%$/.test(trimmed)) return trimmed;
    if (/^\d+(\.\d+)?(px)?$/.test(trimmed) && parseFloat(trimmed) > 0) return `${Math.round(parseFloat(trimmed))}px`;
  }
  return null;
}

/** null when the params are not a usable size (the portal then leaves the frame as it is). */
export function frameSizeFromParams(params: unknown): FrameSize | null {
  const p = paramsRecord(params);
  const width = cssLength(p.width);
  const height = cssLength(p.height);
  if (!width || !height) return null;
  return { width, height };
}
