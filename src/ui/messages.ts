/** Words the ui/ components say themselves (labels of built-in buttons, loading text). */
import { defineMessages } from '../i18n';

export const uiMessages = defineMessages({
  en: {
    clearSearch: 'Clear search',
    close: 'Close',
    loading: 'Loading…',
    retry: 'Try again',
    dismiss: 'Dismiss',
    help: 'Help',
    moreActions: 'More actions',
    copied: 'Copied',
    copyFailed: 'Could not copy: select the text and copy it yourself',
  },
  ru: {
    clearSearch: 'Очистить поиск',
    close: 'Закрыть',
    loading: 'Загрузка…',
    retry: 'Повторить',
    dismiss: 'Скрыть',
    help: 'Справка',
    moreActions: 'Ещё',
    copied: 'Скопировано',
    copyFailed: 'Не удалось скопировать: выделите текст и скопируйте вручную',
  },
});
