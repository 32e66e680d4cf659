/**
 * Generated avatar pictures served at /avatars/<id>.svg: a head-and-shoulders silhouette on a
 * background derived from the user's colour, varied per id, so a directory looks like photos.
 * Users without an avatar (and unknown ids) answer 404. No text is drawn, so names with markup
 * never reach the SVG.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PortalStore } from './store';
import type { PortalUser } from './types';
import { REST_ALLOWED_HEADERS, setCors } from './rest/http';

function shade(hex: string, factor: number): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const channel = (shift: number) => {
    const c = (n >> shift) & 0xff;
    const v = factor >= 0 ? c + (255 - c) * factor : c * (1 + factor);
    return Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}

export function renderAvatarSvg(user: PortalUser): string {
  const base = /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#048bd0';
  const variant = user.id % 5;
  const bgTop = shade(base, 0.35 + variant * 0.05);
  const bgBottom = shade(base, -0.1);
  const skin = ['#f1c7a5', '#e0ac84', '#c68863', '#8d5a3c', '#f5d6bf'][user.id % 5] ?? '#f1c7a5';
  const hair = ['#2b1d14', '#4a3222', '#7a5230', '#b7874f', '#1d1d1d', '#9a9a9a'][(user.id >> 1) % 6] ?? '#2b1d14';
  const shirt = shade(base, -0.35);
  const longHair = user.gender === 'F';
  const hairPath = longHair
    ? '<path d="M28 46c0-14 9-24 22-24s22 10 22 24v20c-4-4-6-10-6-16H34c0 6-2 12-6 16z" fill="' + hair + '"/>'
    : '<path d="M32 42c0-12 8-19 18-19s18 7 18 19c-3-5-8-8-18-8s-15 3-18 8z" fill="' + hair + '"/>';
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="200" height="200">',
    '<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">',
    `<stop offset="0" stop-color="${bgTop}"/><stop offset="1" stop-color="${bgBottom}"/></linearGradient></defs>`,
    '<rect width="100" height="100" fill="url(#bg)"/>',
    `<path d="M14 100c2-18 16-28 36-28s34 10 36 28z" fill="${shirt}"/>`,
    `<rect x="43" y="58" width="14" height="14" rx="4" fill="${skin}"/>`,
    `<ellipse cx="50" cy="45" rx="16" ry="19" fill="${skin}"/>`,
    hairPath,
    '</svg>',
  ].join('');
}

/** Serves everything under /avatars/: `<id>.svg` for users with an avatar, 404 otherwise. */
export function handleAvatar(req: IncomingMessage, res: ServerResponse, pathname: string, store: PortalStore): void {
  setCors(req, res, { methods: 'GET, OPTIONS', headers: REST_ALLOWED_HEADERS });
  const m = /^\/avatars\/(\d+)\.svg$/.exec(pathname);
  const user = m ? store.user(Number(m[1])) : undefined;
  if (!user || !user.hasAvatar) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found');
    return;
  }
  const svg = renderAvatarSvg(user);
  res.statusCode = 200;
  res.setHeader('Content-Type', 'image/svg+xml');
  res.setHeader('Cache-Control', 'public, max-age=3600');
  res.setHeader('Content-Length', Buffer.byteLength(svg));
  res.end(req.method === 'HEAD' ? undefined : svg);
}
