/**
 * The permissions (scopes) the app needs, in ONE place: the install page lists them and the README
 * copies this list. A portal administrator grants them when registering the app.
 */
export const REQUIRED_SCOPES = ['im', 'user_brief', 'department', 'placement'] as const;

export type RequiredScope = (typeof REQUIRED_SCOPES)[number];
