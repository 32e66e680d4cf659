import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, type Harness } from '../testing/harness';
import { PLACEMENT_ITEM_KEYS, problemsError } from '../testing/reference-shapes';

let h: Harness;
beforeAll(async () => {
  h = await startPortal();
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.reset();
});

const NAV = { PLACEMENT: 'IM_NAVIGATION', HANDLER: 'http://localhost:5173/index.html', TITLE: 'People', OPTIONS: { iconName: 'fa-users' } };

describe('placement.bind / get / unbind', () => {
  it('binds, lists in the placement.get shape with IM option defaults, unbinds with count 2 per handler', async () => {
    const bound = await h.call('placement.bind', { ...NAV, LANG_ALL: { en: { TITLE: 'People' }, ru: { TITLE: 'Сотрудники' } } });
    expect(bound.status).toBe(200);
    expect(bound.body.result).toBe(true);
    await h.call('placement.bind', { PLACEMENT: 'left_menu', HANDLER: 'http://localhost:5173/index.html', TITLE: 'People' });
    const list = (await h.call('placement.get')).body.result;
    expect(list).toHaveLength(2);
    expect(Object.keys(list[0])).toEqual(PLACEMENT_ITEM_KEYS);
    expect(list[0]).toMatchObject({ placement: 'IM_NAVIGATION', userId: 0, handler: NAV.HANDLER, title: 'People' });
    expect(list[0].options).toEqual({ iconName: 'fa-users', extranet: 'N', role: 'USER' });
    expect(list[0].langAll.ru.TITLE).toBe('Сотрудники');
    expect(list[1].placement).toBe('LEFT_MENU');
    expect(list[1].options).toEqual([]);
    expect((await h.control('state')).body.placements).toHaveLength(2);
    const un = await h.call('placement.unbind', { PLACEMENT: 'IM_NAVIGATION' });
    expect(un.body.result).toEqual({ count: 2 });
    expect((await h.call('placement.get')).body.result).toHaveLength(1);
    const none = await h.call('placement.unbind', { PLACEMENT: 'IM_NAVIGATION', HANDLER: 'http://elsewhere/' });
    expect(none.body.result).toEqual({ count: 0 });
  });

  it('400 ERROR_ARGUMENT with `argument` for a missing PLACEMENT, HANDLER or iconName', async () => {
    const noPlacement = await h.call('placement.bind', { HANDLER: 'http://x/' });
    expect(noPlacement.status).toBe(400);
    expect(noPlacement.body).toEqual({ error: 'ERROR_ARGUMENT', error_description: "Argument 'PLACEMENT' is null or empty", argument: 'PLACEMENT' });
    const noHandler = await h.call('placement.bind', { PLACEMENT: 'IM_NAVIGATION', OPTIONS: { iconName: 'fa-users' } });
    expect(noHandler.body).toMatchObject({ error: 'ERROR_ARGUMENT', argument: 'HANDLER' });
    for (const placement of ['IM_NAVIGATION', 'IM_SIDEBAR', 'IM_TEXTAREA']) {
      const noIcon = await h.call('placement.bind', { PLACEMENT: placement, HANDLER: 'http://x/' });
      expect(noIcon.status).toBe(400);
      expect(noIcon.body).toMatchObject({ error: 'ERROR_ARGUMENT', argument: 'iconName' });
    }
    const ctxMenu = await h.call('placement.bind', { PLACEMENT: 'IM_CONTEXT_MENU', HANDLER: 'http://x/' });
    expect(ctxMenu.body.result).toBe(true);
    const notString = await h.call('placement.unbind', { PLACEMENT: ['A'] });
    expect(notString.body).toMatchObject({ error: 'ERROR_ARGUMENT', argument: 'PLACEMENT' });
    const unbindEmpty = await h.call('placement.unbind', {});
    expect(unbindEmpty.status).toBe(400);
  });

  it('USER_ID only for PAGE_BACKGROUND_WORKER; duplicate handler is refused', async () => {
    const userMode = await h.call('placement.bind', { ...NAV, USER_ID: 5 });
    expect(problemsError(userMode.body, 'ERROR_PLACEMENT_USER_MODE')).toEqual([]);
    await h.call('placement.bind', NAV);
    const dup = await h.call('placement.bind', NAV);
    expect(dup.status).toBe(400);
    expect(dup.body.error).toBe('ERROR_CORE');
  });

  it('403 ACCESS_DENIED for a non-admin on bind, unbind and get', async () => {
    await h.control('config', 'PATCH', { isAdmin: false });
    for (const method of ['placement.bind', 'placement.unbind', 'placement.get']) {
      const r = await h.call(method, NAV);
      expect(r.status).toBe(403);
      expect(r.body).toEqual({ error: 'ACCESS_DENIED', error_description: 'Access denied!' });
    }
  });

  it('scopes: placement.* need `placement`; IM_* placements also need `im`', async () => {
    await h.control('config', 'PATCH', { scopes: ['user_brief', 'im'] });
    expect((await h.call('placement.bind', NAV)).body.error).toBe('insufficient_scope');
    await h.control('config', 'PATCH', { scopes: ['placement'] });
    const r = await h.call('placement.bind', NAV);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('ERROR_PLACEMENT_NOT_FOUND');
    expect((await h.call('placement.bind', { PLACEMENT: 'LEFT_MENU', HANDLER: 'http://x/' })).body.result).toBe(true);
  });
});
