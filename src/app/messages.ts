import { defineMessages } from '../i18n';

/** Texts of the app shell: connecting, outside the portal, connection failure. */
export const appMessages = defineMessages({
  en: {
    appName: 'People and presence',
    connecting: 'Connecting to Bitrix24…',

    outsideTitle: 'This is a Bitrix24 app',
    outsideLead: 'It runs inside your Bitrix24 portal and cannot work on its own in a browser tab.',
    outsideOpenTitle: 'Using it',
    outsideOpen: 'Open your Bitrix24 and choose the app in the left menu (under Applications).',
    outsideDevTitle: 'Developing it',
    outsideDev: 'Run the app together with the local portal emulator and open the emulator’s page:',
    outsideDevCommand: 'npm run dev',
    outsideDevUrl: 'http://localhost:5174/',
    outsideInstallTitle: 'Adding it to a real portal',
    outsideInstallStep1: 'In Bitrix24 open Applications → Developer resources → Other → Local application.',
    outsideInstallStep2:
      'Choose a static application and upload the ZIP archive (npm run package), or give the address where this page is hosted as the handler path:',
    outsideInstallStep3: (scopes: string) => `Grant the permissions ${scopes}, save, and install the app.`,

    failedTitle: 'Could not connect to Bitrix24',
    failedTimeout: 'The portal did not answer within 15 seconds.',
    failedOther: 'The portal refused to start the app.',
    failedHint: 'Reload the page. If it happens again, reopen the app from the portal’s menu.',
    reload: 'Reload',

  },
  ru: {
    appName: 'Сотрудники и статусы',
    connecting: 'Подключаемся к Битрикс24…',

    outsideTitle: 'Это приложение для Битрикс24',
    outsideLead: 'Оно работает внутри вашего портала Битрикс24 и не может работать само по себе во вкладке браузера.',
    outsideOpenTitle: 'Как открыть',
    outsideOpen: 'Откройте свой Битрикс24 и выберите приложение в левом меню (раздел «Приложения»).',
    outsideDevTitle: 'Для разработки',
    outsideDev: 'Запустите приложение вместе с локальным эмулятором портала и откройте страницу эмулятора:',
    outsideDevCommand: 'npm run dev',
    outsideDevUrl: 'http://localhost:5174/',
    outsideInstallTitle: 'Как добавить в настоящий портал',
    outsideInstallStep1: 'В Битрикс24 откройте «Приложения» → «Разработчикам» → «Другое» → «Локальное приложение».',
    outsideInstallStep2:
      'Выберите статическое приложение и загрузите ZIP-архив (npm run package) или укажите адрес, где размещена эта страница, как путь обработчика:',
    outsideInstallStep3: (scopes: string) => `Выдайте права ${scopes}, сохраните и установите приложение.`,

    failedTitle: 'Не удалось подключиться к Битрикс24',
    failedTimeout: 'Портал не ответил за 15 секунд.',
    failedOther: 'Портал не дал запустить приложение.',
    failedHint: 'Перезагрузите страницу. Если ошибка повторится, откройте приложение заново из меню портала.',
    reload: 'Перезагрузить',

  },
});
