/**
 * The Content-Security-Policy the emulator's static host sends with the built app. It is the policy
 * the app must run under in production too: scripts only from the app itself, REST and avatars only
 * from the portal, and only the portal may frame the app (the SDK trusts whoever frames it).
 */
export function appContentSecurityPolicy(portalOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${portalOrigin}`,
    `connect-src 'self' ${portalOrigin}`,
    `frame-ancestors ${portalOrigin}`,
  ].join('; ');
}
