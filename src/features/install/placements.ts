/**
 * Where the app puts itself in the portal at install time (`placement.bind`), and the handler
 * URL those places open.
 */
import type { BindPlacementInput } from '../../b24';

/** Font Awesome 4 icon of the chat sidebar button (≤50 characters, required by IM_* placements). */
export const SIDEBAR_ICON = 'fa-users';

/**
 * The absolute URL of the app's page (`index.html`) next to the page running now, without query
 * or hash: `https://app.example/people/install.html?DOMAIN=…` → `https://app.example/people/index.html`.
 * It is the handler URL given when the app was registered, or, for a static app, the portal's own
 * copy of the uploaded index.html — in both cases the folder the install page was opened from.
 */
export function appHandlerUrl(currentHref: string): string {
  const url = new URL('index.html', currentHref);
  url.search = '';
  url.hash = '';
  return url.toString();
}

export interface PlacementPlanItem {
  placement: 'IM_SIDEBAR' | 'LEFT_MENU';
  /**
   * Required places make the install fail when they cannot be bound. Optional ones are skipped when
   * the portal does not offer them (e.g. no left-menu item for this kind of app).
   */
  required: boolean;
  bind: BindPlacementInput;
}

interface Titles {
  en: { TITLE: string; DESCRIPTION: string };
  ru: { TITLE: string; DESCRIPTION: string };
}

const SIDEBAR_TITLES: Titles = {
  en: { TITLE: 'Members', DESCRIPTION: 'Who of this chat is available now' },
  ru: { TITLE: 'Участники', DESCRIPTION: 'Кто из участников чата сейчас доступен' },
};

const MENU_TITLES: Titles = {
  en: { TITLE: 'People and presence', DESCRIPTION: 'Colleagues, their status, and your do-not-disturb switch' },
  ru: { TITLE: 'Сотрудники и статусы', DESCRIPTION: 'Коллеги, их статусы и ваш режим «Не беспокоить»' },
};

/** The bindings to make, in order. `lang` picks the default TITLE for languages LANG_ALL lacks. */
export function placementPlan(handler: string, lang: 'en' | 'ru'): PlacementPlanItem[] {
  const item = (placement: PlacementPlanItem['placement'], titles: Titles, required: boolean, options?: Record<string, string>): PlacementPlanItem => ({
    placement,
    required,
    bind: {
      placement,
      handler,
      title: titles[lang].TITLE,
      description: titles[lang].DESCRIPTION,
      ...(options ? { options } : {}),
      langAll: { en: { ...titles.en }, ru: { ...titles.ru } },
    },
  });
  return [
    // Group chats and 1:1 dialogs (not open lines or CRM chats), for employees, not extranet users.
    item('IM_SIDEBAR', SIDEBAR_TITLES, true, { iconName: SIDEBAR_ICON, context: 'USER;CHAT', role: 'USER', extranet: 'N' }),
    item('LEFT_MENU', MENU_TITLES, false),
  ];
}
