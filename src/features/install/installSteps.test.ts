import { describe, expect, it } from 'vitest';
import { AppError, type BindPlacementInput } from '../../b24';
import { placementPlan } from './placements';
import { runInstall, type InstallActions, type InstallStep } from './installSteps';

const plan = placementPlan('https://app.example/index.html', 'en');

function actions(over: Partial<InstallActions> = {}) {
  const log: string[] = [];
  const base: InstallActions = {
    unbind: async (placement) => {
      log.push(`unbind ${placement}`);
      return placement === 'IM_SIDEBAR' ? 2 : 0;
    },
    bind: async (input: BindPlacementInput) => void log.push(`bind ${input.placement}`),
    finish: () => void log.push('finish'),
  };
  return { log, actions: { ...base, ...over } };
}

function run(a: InstallActions) {
  const history: InstallStep[][] = [];
  return runInstall(plan, a, (steps) => history.push(steps)).then((ok) => ({ ok, history, last: history[history.length - 1]! }));
}

describe('runInstall', () => {
  it('unbinds before binding each place, then finishes', async () => {
    const { log, actions: a } = actions();
    const { ok, last } = await run(a);
    expect(ok).toBe(true);
    expect(log).toEqual(['unbind IM_SIDEBAR', 'bind IM_SIDEBAR', 'unbind LEFT_MENU', 'bind LEFT_MENU', 'finish']);
    expect(last.map((s) => [s.id, s.status, s.replaced])).toEqual([
      ['IM_SIDEBAR', 'done', true],
      ['LEFT_MENU', 'done', false],
      ['finish', 'running', false],
    ]);
  });

  it('reports each step as it runs', async () => {
    const { actions: a } = actions();
    const { history } = await run(a);
    const states = history.map((steps) => steps.map((s) => s.status[0]).join(''));
    expect(states).toEqual(['ppp', 'rpp', 'dpp', 'drp', 'ddp', 'ddr']);
  });

  it('stops at a failing bind and never finishes', async () => {
    const refusal = new AppError('missing-scope', 'insufficient_scope', 'no scope', { method: 'placement.bind', scope: 'placement' });
    const { log, actions: a } = actions({
      bind: async () => {
        throw refusal;
      },
    });
    const { ok, last } = await run(a);
    expect(ok).toBe(false);
    expect(log).toEqual(['unbind IM_SIDEBAR']);
    expect(last[0]).toMatchObject({ id: 'IM_SIDEBAR', status: 'failed', error: refusal });
    expect(last.slice(1).map((s) => s.status)).toEqual(['pending', 'pending']);
  });

  it('turns anything thrown into an AppError', async () => {
    const { actions: a } = actions({ unbind: async () => Promise.reject({ code: 'ACCESS_DENIED', status: 403, message: 'Access denied!' }) });
    const { last } = await run(a);
    expect(last[0]?.error).toBeInstanceOf(AppError);
    expect(last[0]?.error?.kind).toBe('access-denied');
  });

  it('skips the left menu when the portal does not offer it, and still finishes', async () => {
    const notHere = new AppError('portal-error', 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found', { status: 400 });
    const { log, actions: a } = actions({
      unbind: async (placement) => {
        if (placement === 'LEFT_MENU') throw notHere;
        return 0;
      },
    });
    const { ok, last } = await run(a);
    expect(ok).toBe(true);
    expect(last.map((s) => s.status)).toEqual(['done', 'skipped', 'running']);
    expect(log).toContain('finish');
  });

  it('does not skip the chat sidebar: without it the app has no point', async () => {
    const notHere = new AppError('portal-error', 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found', { status: 400 });
    const { log, actions: a } = actions({
      bind: async () => {
        throw notHere;
      },
    });
    expect((await run(a)).ok).toBe(false);
    expect(log).not.toContain('finish');
  });
});
