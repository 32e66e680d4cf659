/**
 * The app's own domain types. Everything above src/b24/ speaks these; wire shapes stay in src/b24/.
 * Dates are epoch milliseconds (numbers): serialisable, comparable, and free of time-zone parsing
 * outside the boundary.
 */

/** The status a person chose in the chat (`im.user.status.*`). Not connectivity. */
export type ChatStatus = 'online' | 'dnd' | 'away' | 'break';

/**
 * What the portal tells us about someone's presence. `source` says how much we know:
 * - 'im': a full im user object (`im.user.get`, `im.user.list.get`, …): every field is meaningful;
 * - 'directory': only a `user.get` row (IS_ONLINE, LAST_ACTIVITY_DATE); chosen status, idle,
 *   absence and mobile are unknown (null) until the im object arrives.
 */
export interface PresenceFacts {
  source: 'im' | 'directory';
  status: ChatStatus | null;
  idleSince: number | null;
  lastActivityAt: number | null;
  mobileLastAt: number | null;
  desktopLastAt: number | null;
  absentUntil: number | null;
  /** `user.get` IS_ONLINE ("Y" → true); null when not given. */
  onlineFlag: boolean | null;
}

export interface Phones {
  work?: string;
  mobile?: string;
  inner?: string;
  personal?: string;
}

export interface Person {
  id: number;
  /** Display name, e.g. "Anna Ivanova". Plain text: render as text, never as HTML. */
  name: string;
  firstName: string;
  lastName: string;
  /** null when the portal has no position (null or ""). */
  position: string | null;
  departmentIds: number[];
  /** Absolute URL, or null when the person has no photo. */
  avatarUrl: string | null;
  /** Hex colour for the initials avatar, e.g. "#048bd0"; null when unknown. */
  color: string | null;
  email: string | null;
  phones: Phones;
  /** Day and month (1-12) of birth, or null. */
  birthday: { day: number; month: number } | null;
  gender: 'M' | 'F' | null;
  isExtranet: boolean;
  isBot: boolean;
  presence: PresenceFacts;
}

export interface Department {
  id: number;
  name: string;
  parentId: number | null;
  headUserId: number | null;
}

/** A chat the current user can see (from `im.recent.list`). */
export interface ChatSummary {
  /** DIALOG_ID: "chat12" for a group chat, "47" for a 1:1 dialog with user 47. */
  dialogId: string;
  /** Numeric chat id (for `im.chat.user.list`), or null for a 1:1 dialog not yet created. */
  chatId: number | null;
  type: 'chat' | 'user';
  title: string;
  avatarUrl: string | null;
  color: string | null;
  /** For 1:1 dialogs: the other person. */
  userId: number | null;
  lastMessageAt: number | null;
}
