import { defineMessages } from '../../i18n';
import type { RequiredScope } from '../../b24';
import type { StepId } from './installSteps';

const pick =
  <K extends string>(texts: Record<K, string>) =>
  (key: K): string =>
    texts[key];

/** Words of the install page. */
export const installMessages = defineMessages({
  en: {
    title: 'Installing People and presence',
    lead: 'The app adds a “Members” button to the sidebar of chats, and its own page to the left menu.',
    stepsLabel: 'Installation steps',
    step: pick<StepId>({
      IM_SIDEBAR: 'Add the “Members” button to chat sidebars',
      LEFT_MENU: 'Add the app’s page to the left menu',
      finish: 'Finish the installation',
    }),
    pending: 'Waiting',
    running: 'In progress…',
    done: 'Done',
    replaced: 'Done, replacing the earlier one',
    skipped: 'Skipped: this Bitrix24 does not offer it to the app',
    failed: 'Failed',
    finishing: 'Finishing… Bitrix24 will open the app in a moment.',
    failedTitle: 'The installation stopped',
    failedHint: 'The app was not marked as installed. Fix the cause and try again.',
    finishFailed: 'Bitrix24 did not accept the end of the installation.',
    notAdminTitle: 'Only an administrator can install this app',
    notAdminText:
      'Installing adds a button to everyone’s chats and a page to the menu, so Bitrix24 lets only its administrators do it. Ask an administrator of your Bitrix24 to open the app once: the installation then finishes by itself.',
    scopesTitle: 'Permissions the app uses',
    scopeMissing: 'not granted',
    scope: pick<RequiredScope>({
      im: 'chats: who is online, chat members, your chat status',
      user_brief: 'employees: names, positions, departments',
      department: 'the company structure',
      placement: 'its button in chats and its page in the menu',
    }),
  },
  ru: {
    title: 'Установка «Сотрудники и статусы»',
    lead: 'Приложение добавит кнопку «Участники» на боковую панель чатов и свою страницу в левое меню.',
    stepsLabel: 'Шаги установки',
    step: pick<StepId>({
      IM_SIDEBAR: 'Добавить кнопку «Участники» на панель чатов',
      LEFT_MENU: 'Добавить страницу приложения в левое меню',
      finish: 'Завершить установку',
    }),
    pending: 'Ожидает',
    running: 'Выполняется…',
    done: 'Готово',
    replaced: 'Готово, прежняя заменена',
    skipped: 'Пропущено: этот Битрикс24 не предлагает это приложению',
    failed: 'Ошибка',
    finishing: 'Завершаем… Битрикс24 сейчас откроет приложение.',
    failedTitle: 'Установка остановлена',
    failedHint: 'Приложение не отмечено как установленное. Устраните причину и повторите.',
    finishFailed: 'Битрикс24 не принял завершение установки.',
    notAdminTitle: 'Установить приложение может только администратор',
    notAdminText:
      'Установка добавляет кнопку в чаты всех сотрудников и страницу в меню, поэтому Битрикс24 разрешает её только администраторам. Попросите администратора вашего Битрикс24 один раз открыть приложение — установка завершится сама.',
    scopesTitle: 'Какие права использует приложение',
    scopeMissing: 'не выдано',
    scope: pick<RequiredScope>({
      im: 'чаты: кто в сети, участники чатов, ваш статус',
      user_brief: 'сотрудники: имена, должности, отделы',
      department: 'структура компании',
      placement: 'своя кнопка в чатах и страница в меню',
    }),
  },
});
