/**
 * The install run as plain steps (no React): for each place, remove the app's earlier bindings
 * (a reinstall must not leave two "Members" buttons), bind it again; then tell the portal the
 * install is finished. A failure stops the run before `finish`, so the portal never marks a
 * half-installed app as installed; the run can simply be started again (unbinding first makes
 * it repeatable).
 */
import { toAppError, type AppError, type BindPlacementInput } from '../../b24';
import type { PlacementPlanItem } from './placements';

export type StepId = PlacementPlanItem['placement'] | 'finish';
export type StepStatus = 'pending' | 'running' | 'done' | 'skipped' | 'failed';

export interface InstallStep {
  id: StepId;
  status: StepStatus;
  /** An earlier binding of the app was removed first (a reinstall). */
  replaced: boolean;
  error: AppError | null;
}

export interface InstallActions {
  /** placement.unbind of every handler of the app for that place; resolves with the portal's count. */
  unbind(placement: string): Promise<number>;
  bind(input: BindPlacementInput): Promise<void>;
  /** installFinish: fire-and-forget (in a real portal the page is replaced and it never resolves). */
  finish(): void;
}

export function initialSteps(plan: readonly PlacementPlanItem[]): InstallStep[] {
  return [...plan.map((item) => item.placement), 'finish' as const].map((id) => ({ id, status: 'pending', replaced: false, error: null }));
}

/** The portal does not offer this place (to this app, or at all). */
export function isPlaceUnavailable(error: AppError): boolean {
  return error.code.toUpperCase() === 'ERROR_PLACEMENT_NOT_FOUND' || error.kind === 'not-found';
}

/**
 * Runs the plan, reporting every change of the step list through `onChange` (a new array each
 * time). Resolves true when `finish` was called, false when a step failed (finish not called).
 */
export async function runInstall(
  plan: readonly PlacementPlanItem[],
  actions: InstallActions,
  onChange: (steps: InstallStep[]) => void,
): Promise<boolean> {
  let steps = initialSteps(plan);
  const update = (id: StepId, patch: Partial<InstallStep>) => {
    steps = steps.map((step) => (step.id === id ? { ...step, ...patch } : step));
    onChange(steps);
  };
  onChange(steps);

  for (const item of plan) {
    update(item.placement, { status: 'running' });
    try {
      const removed = await actions.unbind(item.placement);
      await actions.bind(item.bind);
      update(item.placement, { status: 'done', replaced: removed > 0 });
    } catch (thrown) {
      const error = toAppError(thrown, 'placement.bind');
      if (!item.required && isPlaceUnavailable(error)) {
        update(item.placement, { status: 'skipped', error });
        continue;
      }
      update(item.placement, { status: 'failed', error });
      return false;
    }
  }

  update('finish', { status: 'running' });
  actions.finish();
  return true;
}
