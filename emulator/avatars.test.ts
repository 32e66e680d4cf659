import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAvatarSvg } from './avatars';
import { generatePortalData } from './seed';
import { startPortal, type Harness } from './testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startPortal();
});
afterAll(() => h.close());

describe('/avatars/<id>.svg', () => {
  it('serves an SVG with CORS for users with an avatar; the im avatar URL points at it', async () => {
    const url = (await h.call('im.user.get')).body.result.avatar as string;
    const r = await fetch(url, { headers: { origin: 'http://localhost:5173' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('image/svg+xml');
    expect(r.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(await r.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('404 for users without an avatar, unknown ids and other paths', async () => {
    expect((await h.raw('/avatars/2.svg')).status).toBe(404);
    expect((await h.raw('/avatars/424242.svg')).status).toBe(404);
    expect((await h.raw('/avatars/1.png')).status).toBe(404);
  });

  it('never embeds user text (HTML names cannot leak into the picture)', () => {
    const data = generatePortalData({ users: 20, seed: 1, now: Date.UTC(2026, 0, 1) });
    const svg = renderAvatarSvg({ ...(data.usersById.get(9) as NonNullable<ReturnType<typeof data.usersById.get>>), hasAvatar: true });
    expect(svg).not.toContain('Hacker');
    expect(svg).not.toContain('<img');
  });

  it('anything outside /rest, /emulator-api and /avatars goes to next()', async () => {
    const r = await h.raw('/index.html');
    expect(r.text).toBe('next() reached');
  });
});
