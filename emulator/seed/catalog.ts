/**
 * Static word lists for the seed: department families (Russian and English names, job titles),
 * user colours, cities, chat titles and last-message texts. Pure data, no logic.
 */

export interface Bilingual {
  ru: string;
  en: string;
}

export interface DepartmentFamily {
  name: Bilingual;
  head: Bilingual;
  positions: { ru: string[]; en: string[] };
  children: Bilingual[];
}

export const COMPANY_NAME = 'Northwind';

export const DEPARTMENT_FAMILIES: DepartmentFamily[] = [
  {
    name: { ru: 'Разработка', en: 'Development' },
    head: { ru: 'Технический директор', en: 'CTO' },
    positions: {
      ru: ['Frontend-разработчик', 'Backend-разработчик', 'Ведущий разработчик', 'Тимлид', 'Инженер DevOps'],
      en: ['Frontend Developer', 'Backend Engineer', 'Senior Software Engineer', 'Team Lead', 'DevOps Engineer'],
    },
    children: [
      { ru: 'Фронтенд', en: 'Frontend' },
      { ru: 'Бэкенд', en: 'Backend' },
      { ru: 'Мобильная разработка', en: 'Mobile' },
      { ru: 'Тестирование', en: 'QA' },
      { ru: 'Инфраструктура', en: 'Platform & Infrastructure' },
    ],
  },
  {
    name: { ru: 'Отдел продаж', en: 'Sales' },
    head: { ru: 'Руководитель отдела продаж', en: 'Head of Sales' },
    positions: {
      ru: ['Менеджер по продажам', 'Старший менеджер по продажам', 'Аккаунт-менеджер', 'Специалист по тендерам'],
      en: ['Sales Manager', 'Account Executive', 'Key Account Manager', 'Sales Development Rep'],
    },
    children: [
      { ru: 'Корпоративные продажи', en: 'Enterprise Sales' },
      { ru: 'Региональные продажи', en: 'Regional Sales' },
      { ru: 'Ключевые клиенты', en: 'Key Accounts' },
      { ru: 'Продажи — Санкт-Петербург', en: 'Sales — St. Petersburg' },
    ],
  },
  {
    name: { ru: 'Маркетинг', en: 'Marketing' },
    head: { ru: 'Директор по маркетингу', en: 'CMO' },
    positions: {
      ru: ['Маркетолог', 'SMM-менеджер', 'Контент-менеджер', 'PR-менеджер', 'Дизайнер'],
      en: ['Marketing Manager', 'SMM Specialist', 'Content Writer', 'PR Manager', 'Graphic Designer'],
    },
    children: [
      { ru: 'Интернет-маркетинг', en: 'Digital' },
      { ru: 'PR и мероприятия', en: 'PR & Events' },
      { ru: 'Контент', en: 'Content' },
    ],
  },
  {
    name: { ru: 'Бухгалтерия', en: 'Accounting' },
    head: { ru: 'Главный бухгалтер', en: 'Chief Accountant' },
    positions: {
      ru: ['Бухгалтер', 'Бухгалтер по расчёту заработной платы', 'Экономист'],
      en: ['Accountant', 'Payroll Specialist', 'Financial Analyst'],
    },
    children: [
      { ru: 'Расчёт зарплаты', en: 'Payroll' },
      { ru: 'Налоговый учёт', en: 'Tax' },
    ],
  },
  {
    name: { ru: 'Отдел кадров', en: 'HR' },
    head: { ru: 'HR-директор', en: 'HR Director' },
    positions: {
      ru: ['HR-менеджер', 'Рекрутер', 'Специалист по обучению', 'Специалист по кадровому делопроизводству'],
      en: ['HR Manager', 'Recruiter', 'Learning & Development Specialist', 'HR Generalist'],
    },
    children: [
      { ru: 'Подбор персонала', en: 'Recruiting' },
      { ru: 'Обучение и развитие', en: 'Learning & Development' },
    ],
  },
  {
    name: { ru: 'Служба поддержки', en: 'Customer Support' },
    head: { ru: 'Руководитель службы поддержки', en: 'Head of Support' },
    positions: {
      ru: ['Специалист поддержки', 'Старший специалист поддержки', 'Инженер поддержки'],
      en: ['Support Specialist', 'Senior Support Specialist', 'Support Engineer'],
    },
    children: [
      { ru: 'Первая линия', en: 'Tier 1' },
      { ru: 'Вторая линия', en: 'Tier 2' },
    ],
  },
  {
    name: { ru: 'Юридический отдел', en: 'Legal' },
    head: { ru: 'Начальник юридического отдела', en: 'General Counsel' },
    positions: { ru: ['Юрист', 'Старший юрист'], en: ['Legal Counsel', 'Paralegal'] },
    children: [],
  },
  {
    name: { ru: 'Логистика', en: 'Logistics' },
    head: { ru: 'Руководитель логистики', en: 'Head of Logistics' },
    positions: {
      ru: ['Логист', 'Кладовщик', 'Водитель-экспедитор', 'Менеджер по закупкам'],
      en: ['Logistics Coordinator', 'Warehouse Operator', 'Dispatcher', 'Procurement Manager'],
    },
    children: [
      { ru: 'Склад', en: 'Warehouse' },
      { ru: 'Доставка', en: 'Delivery' },
      { ru: 'Закупки', en: 'Procurement' },
    ],
  },
  {
    name: { ru: 'R&D', en: 'R&D' },
    head: { ru: 'Директор по исследованиям', en: 'Head of Research' },
    positions: { ru: ['Исследователь', 'Data Scientist', 'Инженер ML'], en: ['Research Engineer', 'Data Scientist', 'ML Engineer'] },
    children: [
      { ru: 'Машинное обучение', en: 'Machine Learning' },
      { ru: 'Прототипирование', en: 'Prototyping' },
    ],
  },
  {
    name: { ru: 'Продукт', en: 'Product' },
    head: { ru: 'Директор по продукту', en: 'CPO' },
    positions: {
      ru: ['Продакт-менеджер', 'UX-дизайнер', 'Аналитик данных', 'Бизнес-аналитик'],
      en: ['Product Manager', 'UX Designer', 'Data Analyst', 'Business Analyst'],
    },
    children: [
      { ru: 'Дизайн', en: 'Design' },
      { ru: 'Аналитика', en: 'Analytics' },
    ],
  },
  {
    name: { ru: 'Администрация', en: 'Administration' },
    head: { ru: 'Административный директор', en: 'Office Director' },
    positions: { ru: ['Офис-менеджер', 'Секретарь', 'Ассистент руководителя'], en: ['Office Manager', 'Receptionist', 'Executive Assistant'] },
    children: [{ ru: 'Офис', en: 'Office' }],
  },
  {
    name: { ru: 'Финансы', en: 'Finance' },
    head: { ru: 'Финансовый директор', en: 'CFO' },
    positions: { ru: ['Финансовый аналитик', 'Казначей', 'Контролёр'], en: ['FP&A Analyst', 'Treasurer', 'Controller'] },
    children: [{ ru: 'Планирование и отчётность', en: 'Planning & Reporting' }],
  },
  {
    name: { ru: 'Безопасность', en: 'Security' },
    head: { ru: 'Директор по безопасности', en: 'CISO' },
    positions: { ru: ['Специалист по ИБ', 'Системный администратор'], en: ['Security Engineer', 'System Administrator'] },
    children: [],
  },
];

/** Grand-children get a team suffix under their parent's name. */
export const TEAM_SUFFIXES: Bilingual[] = [
  { ru: 'группа 1', en: 'Team A' },
  { ru: 'группа 2', en: 'Team B' },
  { ru: 'Москва', en: 'Moscow' },
  { ru: 'Казань', en: 'Remote' },
];

/** Bitrix24-like user colours. */
export const USER_COLORS = [
  '#df532d', '#4ba984', '#58cc47', '#1eb4aa', '#048bd0', '#ab7761', '#29619b', '#e2ae00',
  '#e64b65', '#8474c8', '#ff7a2a', '#1eae43', '#3e99ce', '#f76187', '#728f7a', '#4ba5c3',
];

export const RU_CITIES = ['Москва', 'Санкт-Петербург', 'Казань', 'Новосибирск', 'Екатеринбург', 'Нижний Новгород', 'Калининград'];
export const EN_CITIES = ['London', 'Berlin', 'Amsterdam', 'Dublin', 'Warsaw', 'Belgrade', 'Tbilisi'];

export const RU_FIRST_MALE = [
  'Александр', 'Алексей', 'Андрей', 'Антон', 'Артём', 'Борис', 'Вадим', 'Василий', 'Виктор', 'Владимир',
  'Глеб', 'Григорий', 'Денис', 'Дмитрий', 'Евгений', 'Егор', 'Иван', 'Игорь', 'Илья', 'Кирилл',
  'Константин', 'Лев', 'Максим', 'Матвей', 'Михаил', 'Никита', 'Николай', 'Олег', 'Павел', 'Пётр',
  'Роман', 'Руслан', 'Сергей', 'Станислав', 'Степан', 'Тимур', 'Фёдор', 'Юрий', 'Ярослав',
];
export const RU_FIRST_FEMALE = [
  'Алина', 'Алёна', 'Алиса', 'Анастасия', 'Анна', 'Валерия', 'Вера', 'Виктория', 'Дарья', 'Диана',
  'Евгения', 'Екатерина', 'Елена', 'Елизавета', 'Ирина', 'Кира', 'Ксения', 'Любовь', 'Маргарита', 'Марина',
  'Мария', 'Надежда', 'Наталья', 'Оксана', 'Ольга', 'Полина', 'Светлана', 'София', 'Татьяна', 'Юлия', 'Яна',
];

export const CHAT_TITLES: Bilingual[] = [
  { ru: 'Запуск весенней кампании', en: 'Spring campaign launch' },
  { ru: 'Обеды 🍕', en: 'Lunch club 🍕' },
  { ru: 'Проект «Феникс»', en: 'Project "Phoenix"' },
  { ru: 'Офис: хозяйственные вопросы', en: 'Office & facilities' },
  { ru: 'Гильдия фронтенда', en: 'Frontend guild' },
];

export const MESSAGE_TEXTS: Bilingual[] = [
  { ru: 'Добрый день! Созвонимся в 15:00?', en: 'Hi! Shall we call at 3 pm?' },
  { ru: 'Отправил документы на согласование.', en: 'I have sent the documents for approval.' },
  { ru: 'Спасибо, получил 👍', en: 'Thanks, got it 👍' },
  { ru: 'Завтра меня не будет, пишите в почту.', en: 'I am off tomorrow, please email me.' },
  { ru: 'Кто идёт на обед?', en: 'Who is going for lunch?' },
  { ru: 'Релиз перенесли на четверг.', en: 'The release moved to Thursday.' },
  { ru: 'Посмотрите, пожалуйста, задачу.', en: 'Could you please look at the task?' },
  { ru: 'Готово, можно проверять.', en: 'Done, ready for review.' },
];
