/** Which commands a real portal refuses (= never answers) in the current placement. */

export interface PlacementContext {
  placement: string;
  placementOptions: Record<string, unknown>;
}

const DEFAULT_ONLY = new Set(['setTitle', 'setScroll', 'reloadWindow']);

export function isSliderMode(ctx: PlacementContext): boolean {
  return ctx.placementOptions.IFRAME === 'Y';
}

/** A reason when the portal would deny `command` here, else null. */
export function deniedReason(command: string, ctx: PlacementContext): string | null {
  if (DEFAULT_ONLY.has(command) && (ctx.placement || 'DEFAULT') !== 'DEFAULT') {
    return `${command} is denied in the ${ctx.placement} placement (DEFAULT only)`;
  }
  if (command === 'resizeWindow' && isSliderMode(ctx)) return 'resizeWindow is denied in slider mode';
  return null;
}
