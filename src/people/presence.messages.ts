/**
 * Words for presence, in English and Russian. Russian verbs follow the person's gender when known
 * ("был"/"была", "отошёл"/"отошла") and use a neutral form otherwise. Use through presenceText().
 */
import { defineMessages } from '../i18n';
import type { Person } from './types';

export type Gender = Person['gender'];

const ru = (gender: Gender, male: string, female: string, neutral: string) =>
  gender === 'M' ? male : gender === 'F' ? female : neutral;

export const presenceMessages = defineMessages({
  en: {
    online: 'Online',
    onlineMobile: 'Online on mobile',
    onMobile: 'On mobile',
    dnd: 'Do not disturb',
    away: (_gender: Gender) => 'Away',
    awaySince: (time: string) => `since ${time}`,
    vacation: 'On leave',
    vacationUntil: (date: string) => `On leave until ${date}`,
    offline: 'Offline',
    unknown: 'Status unknown',
    lastSeen: (when: string, _gender: Gender) => `last seen ${when}`,
  },
  ru: {
    online: 'В сети',
    onlineMobile: 'В сети с мобильного',
    onMobile: 'С мобильного',
    dnd: 'Не беспокоить',
    away: (gender: Gender) => ru(gender, 'Отошёл', 'Отошла', 'Нет на месте'),
    awaySince: (time: string) => `с ${time}`,
    vacation: 'В отпуске',
    vacationUntil: (date: string) => `В отпуске до ${date}`,
    offline: 'Не в сети',
    unknown: 'Статус неизвестен',
    lastSeen: (when: string, gender: Gender) => `${ru(gender, 'был', 'была', 'был(а)')} в сети ${when}`,
  },
});

export type PresenceMessages = (typeof presenceMessages)['en'];
