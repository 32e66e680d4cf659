/** Texts of the people directory (list, filters, person card), in English and Russian. */
import { defineMessages, plural } from '../../i18n';

export const directoryMessages = defineMessages({
  en: {
    regionLabel: 'People directory',
    listLabel: 'People',
    searchLabel: 'Search people',
    searchPlaceholder: 'Name, position or department',
    presenceFilterLabel: 'Status',
    departmentFilterLabel: 'Department',
    orderLabel: 'Sort',
    filterAll: 'Everyone',
    filterOnline: 'Online',
    filterConnected: 'Online (any status)',
    filterDnd: 'Do not disturb',
    filterAway: 'Away',
    filterOffline: 'Offline',
    allDepartments: 'All departments',
    orderName: 'By name',
    orderPresence: 'Available first',
    orderRecent: 'Recently active first',

    peopleCount: (locale: string, n: number) => plural(locale, n, { one: '# person', other: '# people' }),
    shownOf: (shown: string, total: string) => `${shown} of ${total}`,
    foundCount: (locale: string, n: number) => plural(locale, n, { other: '# found' }),
    loadingProgress: (loaded: string, total: string) => `Loading people: ${loaded} of ${total}…`,
    // Without a usable total from the portal, counts are lower bounds.
    peopleAtLeast: (locale: string, n: number) => plural(locale, n, { one: 'At least # person', other: 'At least # people' }),
    foundAtLeast: (locale: string, n: number) => plural(locale, n, { other: 'At least # found' }),
    atLeast: (n: string) => `${n}+`,
    loadingSoFar: (loaded: string) => `Loading people: ${loaded} so far…`,
    checkingPresence: 'Checking who is available…',
    checkingPresenceFailed: 'Could not check everyone’s status, so this filter may miss people.',
    searching: 'Searching…',

    pagedNote: (locale: string, n: number) =>
      `${plural(locale, n, { one: 'This portal has # person', other: 'This portal has # people' })}, so the list loads as you scroll, and search, filters and sorting run on the Bitrix24 server.`,
    pagedNoteMoreThan: (locale: string, n: number) =>
      `${plural(locale, n, { one: 'This portal has more than # person', other: 'This portal has more than # people' })}, so the list loads as you scroll, and search, filters and sorting run on the Bitrix24 server.`,
    pagedPortalOrder: 'This portal does not sort the list as asked, so people are shown in the portal’s own order.',
    pagedOnlineNote: '“Online” here includes people who are away or do not want to be disturbed.',
    pagedDepartmentNote: 'The department filter shows that department’s own members (not its sub-departments).',
    pagedSearchNamesOnly: 'With a filter on, the search looks at names only.',
    departmentsUnavailable: 'Department names are unavailable:',
    presenceUnavailable: 'Statuses are unavailable, only online or offline is shown:',

    emptyDirectoryTitle: 'Nobody here yet',
    emptyDirectory: 'The portal lists no active employees.',
    emptyNoMatchTitle: 'No one matches',
    emptyNoMatch: (query: string) => `No name, position or department starts with “${query}”. Check the spelling or type fewer letters.`,
    emptyFilterTitle: 'No one with these filters',
    emptyFilter: (status: string | null, department: string | null) =>
      status && department
        ? `Nobody in “${department}” is ${status} right now.`
        : status
          ? `Nobody is ${status} right now.`
          : `Nobody is listed in “${department ?? ''}”.`,
    emptyQueryAndFilter: (query: string, filters: string) => `No one matches “${query}” with the filters ${filters}.`,
    emptyFilterHidesMatches: (locale: string, query: string, n: number, filters: string) =>
      `${plural(locale, n, { one: '# person matches', other: '# people match' })} “${query}”, but not with the filters ${filters}.`,
    statusInSentence: (choice: 'online' | 'dnd' | 'away' | 'offline') =>
      ({ online: 'online', dnd: 'on Do not disturb', away: 'away', offline: 'offline' })[choice],
    showAllMatches: (locale: string, n: number) => plural(locale, n, { one: 'Show the # match', other: 'Show all # matches' }),
    clearFilters: 'Clear search and filters',
    clearStatusAndDepartment: 'Clear filters',
    clearSearch: 'Show everyone',
    loadFailed: 'Could not load the people directory',
    loadMoreFailed: 'Some people could not be loaded',
    loadingPeople: 'Loading people…',
    loadingRow: 'Loading…',

    you: 'you',
    cardWrite: 'Write',
    cardCall: 'Call',
    cardProfile: 'Open profile',
    cardActions: 'Actions',
    cardPosition: 'Position',
    cardDepartments: 'Department',
    cardDepartmentsMany: 'Departments',
    cardCopyEmail: 'Copy e-mail',
    cardCopyPhone: (phone: string) => `Copy phone number ${phone}`,
    cardPhoneCopied: 'Phone number copied',
    cardEmailCopied: 'E-mail copied',
    birthdayToday: 'Birthday today',
    quote: (text: string) => `“${text}”`,
    cardEmail: 'E-mail',
    cardPhones: 'Phone',
    cardBirthday: 'Birthday',
    cardLastActivity: 'Last activity',
    cardStatus: 'Status',
    cardNoPosition: 'No position given',
    phoneWork: 'work',
    phoneMobile: 'mobile',
    phoneInner: 'internal',
    phonePersonal: 'personal',
    neverSeen: 'Never',
    keyboardHint: 'Press / to search, arrow keys to move, Enter to open a person.',
  },
  ru: {
    regionLabel: 'Справочник сотрудников',
    listLabel: 'Сотрудники',
    searchLabel: 'Поиск сотрудников',
    searchPlaceholder: 'Имя, должность или отдел',
    presenceFilterLabel: 'Статус',
    departmentFilterLabel: 'Отдел',
    orderLabel: 'Сортировка',
    filterAll: 'Все',
    filterOnline: 'В сети',
    filterConnected: 'В сети (любой статус)',
    filterDnd: 'Не беспокоить',
    filterAway: 'Нет на месте',
    filterOffline: 'Не в сети',
    allDepartments: 'Все отделы',
    orderName: 'По имени',
    orderPresence: 'Сначала доступные',
    orderRecent: 'Сначала недавно активные',

    peopleCount: (locale: string, n: number) =>
      plural(locale, n, { one: '# сотрудник', few: '# сотрудника', many: '# сотрудников', other: '# сотрудника' }),
    shownOf: (shown: string, total: string) => `${shown} из ${total}`,
    foundCount: (locale: string, n: number) => plural(locale, n, { other: 'Найдено: #' }),
    loadingProgress: (loaded: string, total: string) => `Загружаем сотрудников: ${loaded} из ${total}…`,
    peopleAtLeast: (locale: string, n: number) =>
      plural(locale, n, { one: 'Не менее # сотрудника', few: 'Не менее # сотрудников', many: 'Не менее # сотрудников', other: 'Не менее # сотрудника' }),
    foundAtLeast: (locale: string, n: number) => plural(locale, n, { other: 'Найдено не менее #' }),
    atLeast: (n: string) => `${n}+`,
    loadingSoFar: (loaded: string) => `Загружаем сотрудников: пока ${loaded}…`,
    checkingPresence: 'Проверяем, кто доступен…',
    checkingPresenceFailed: 'Не удалось проверить статусы всех, поэтому фильтр может кого-то пропустить.',
    searching: 'Ищем…',

    pagedNote: (locale: string, n: number) =>
      `${plural(locale, n, { one: 'На портале # сотрудник', few: 'На портале # сотрудника', many: 'На портале # сотрудников', other: 'На портале # сотрудника' })}, поэтому список подгружается при прокрутке, а поиск, фильтры и сортировка работают на сервере Битрикс24.`,
    pagedNoteMoreThan: (locale: string, n: number) =>
      `${plural(locale, n, { one: 'На портале больше # сотрудника', few: 'На портале больше # сотрудников', many: 'На портале больше # сотрудников', other: 'На портале больше # сотрудника' })}, поэтому список подгружается при прокрутке, а поиск, фильтры и сортировка работают на сервере Битрикс24.`,
    pagedPortalOrder: 'Портал не сортирует список так, как его просят, поэтому сотрудники показаны в порядке самого портала.',
    pagedOnlineNote: '«В сети» здесь включает тех, кто отошёл или просит не беспокоить.',
    pagedDepartmentNote: 'Фильтр по отделу показывает сотрудников самого отдела (без вложенных отделов).',
    pagedSearchNamesOnly: 'Когда включён фильтр, поиск идёт только по именам.',
    departmentsUnavailable: 'Названия отделов недоступны:',
    presenceUnavailable: 'Статусы недоступны, видно только «в сети» или «не в сети»:',

    emptyDirectoryTitle: 'Пока никого нет',
    emptyDirectory: 'На портале нет активных сотрудников.',
    emptyNoMatchTitle: 'Никого не нашлось',
    emptyNoMatch: (query: string) =>
      `Ни у кого имя, должность или отдел не начинаются с «${query}». Проверьте написание или введите меньше букв.`,
    emptyFilterTitle: 'Никого с такими фильтрами',
    emptyFilter: (status: string | null, department: string | null) =>
      status && department
        ? `В отделе «${department}» сейчас нет никого со статусом «${status}».`
        : status
          ? `Сейчас нет никого со статусом «${status}».`
          : `В отделе «${department ?? ''}» никого нет.`,
    emptyQueryAndFilter: (query: string, filters: string) => `По запросу «${query}» с фильтрами ${filters} никого нет.`,
    emptyFilterHidesMatches: (locale: string, query: string, n: number, filters: string) =>
      `По запросу «${query}» ${plural(locale, n, { one: 'нашёлся # сотрудник', few: 'нашлись # сотрудника', many: 'нашлись # сотрудников', other: 'нашлись # сотрудника' })}, но не с фильтрами ${filters}.`,
    statusInSentence: (choice: 'online' | 'dnd' | 'away' | 'offline') =>
      ({ online: 'В сети', dnd: 'Не беспокоить', away: 'Нет на месте', offline: 'Не в сети' })[choice],
    // Not plural(): the "one" form of Russian also covers 21, 31…
    showAllMatches: (locale: string, n: number) =>
      n === 1 ? 'Показать найденного' : plural(locale, n, { other: 'Показать всех найденных (#)' }),
    clearFilters: 'Сбросить поиск и фильтры',
    clearStatusAndDepartment: 'Сбросить фильтры',
    clearSearch: 'Показать всех',
    loadFailed: 'Не удалось загрузить справочник сотрудников',
    loadMoreFailed: 'Не всех сотрудников удалось загрузить',
    loadingPeople: 'Загружаем сотрудников…',
    loadingRow: 'Загрузка…',

    you: 'вы',
    cardWrite: 'Написать',
    cardCall: 'Позвонить',
    cardProfile: 'Открыть профиль',
    cardActions: 'Действия',
    cardPosition: 'Должность',
    cardDepartments: 'Отдел',
    cardDepartmentsMany: 'Отделы',
    cardCopyEmail: 'Скопировать эл. почту',
    cardCopyPhone: (phone: string) => `Скопировать номер ${phone}`,
    cardPhoneCopied: 'Номер скопирован',
    cardEmailCopied: 'Адрес скопирован',
    birthdayToday: 'Сегодня день рождения',
    quote: (text: string) => `«${text}»`,
    cardEmail: 'Эл. почта',
    cardPhones: 'Телефон',
    cardBirthday: 'День рождения',
    cardLastActivity: 'Последняя активность',
    cardStatus: 'Статус',
    cardNoPosition: 'Должность не указана',
    phoneWork: 'рабочий',
    phoneMobile: 'мобильный',
    phoneInner: 'внутренний',
    phonePersonal: 'личный',
    neverSeen: 'Никогда',
    keyboardHint: 'Нажмите /, чтобы искать, стрелки — чтобы перемещаться, Enter — чтобы открыть сотрудника.',
  },
});

export type DirectoryMessages = (typeof directoryMessages)['en'];
