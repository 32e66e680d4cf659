/**
 * Generates ordinary portal users: Russian (~60%) and English names, e-mails, phones, birthdays,
 * departments (1-2 each), job titles from the department family, colours, avatars and presence.
 * Names come from @faker-js/faker (seeded ru and en instances) plus a list of common Russian
 * first names; everything else from the shared Rng. Department heads are chosen here too.
 */
import { Faker, base, en, ru } from '@faker-js/faker';
import type { Department, Phones, PortalUser } from '../types';
import { EN_CITIES, RU_CITIES, RU_FIRST_FEMALE, RU_FIRST_MALE, USER_COLORS } from './catalog';
import { ROOT_DEPARTMENT_ID, type DepartmentPlan } from './departments';
import { samplePresence } from './presence';
import { mixSeed, type Rng } from './rng';

const DAY = 86_400_000;
export const MAIL_DOMAIN = 'northwind.example';

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('').replace(/[^a-z0-9]/g, '');
}

export interface PeopleContext {
  rng: Rng;
  seed: number;
  now: number;
  plan: DepartmentPlan;
}

interface NameSource {
  ru: Faker;
  en: Faker;
}

function makeFakers(seed: number): NameSource {
  const ruFaker = new Faker({ locale: [ru, en, base] });
  const enFaker = new Faker({ locale: [en, base] });
  ruFaker.seed(mixSeed(seed, 1));
  enFaker.seed(mixSeed(seed, 2));
  return { ru: ruFaker, en: enFaker };
}

function phonesFor(rng: Rng, locale: 'ru' | 'en'): Phones | false {
  if (rng.chance(0.25)) return false;
  const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  const phones: Phones = {};
  if (rng.chance(0.5)) phones.work_phone = locale === 'ru' ? `+7495${digits(7)}` : `+44${digits(10)}`;
  if (rng.chance(0.8)) phones.personal_mobile = locale === 'ru' ? `+79${digits(9)}` : `+447${digits(9)}`;
  if (rng.chance(0.6)) phones.inner_phone = String(rng.int(100, 899));
  return Object.keys(phones).length > 0 ? phones : false;
}

/** Creates users 1..count (all employees; seed.ts turns some small ids into edge cases). */
export function generatePeople(count: number, ctx: PeopleContext): PortalUser[] {
  const { rng, now, plan } = ctx;
  const fakers = makeFakers(ctx.seed);
  const nonRoot = plan.departments.filter((d) => d.id !== ROOT_DEPARTMENT_ID);
  const usedEmails = new Set<string>();
  const users: PortalUser[] = [];
  for (let id = 1; id <= count; id++) {
    const locale: 'ru' | 'en' = rng.chance(0.6) ? 'ru' : 'en';
    const gender: 'M' | 'F' = rng.chance(0.5) ? 'M' : 'F';
    const sex = gender === 'M' ? 'male' : 'female';
    const faker = fakers[locale];
    const firstName = locale === 'ru' ? rng.pick(gender === 'M' ? RU_FIRST_MALE : RU_FIRST_FEMALE) : faker.person.firstName(sex);
    const lastName = faker.person.lastName(sex);
    const secondName = locale === 'ru' && rng.chance(0.7) ? faker.person.middleName(sex) : '';
    const primary = rng.pick(nonRoot);
    const departments = [primary.id];
    if (rng.chance(0.15)) {
      const second = rng.pick(nonRoot);
      if (second.id !== primary.id) departments.push(second.id);
    }
    const family = plan.familyOf.get(primary.id);
    const positions = family ? family.positions[locale] : ['Specialist'];
    let email = `${transliterate(firstName).slice(0, 1)}.${transliterate(lastName)}@${MAIL_DOMAIN}`;
    if (usedEmails.has(email)) email = email.replace('@', `${id}@`);
    usedEmails.add(email);
    const registered = now - rng.int(30, 3000) * DAY;
    const user: PortalUser = {
      id,
      kind: 'employee',
      active: true,
      isAdmin: false,
      locale,
      firstName,
      lastName,
      secondName,
      gender,
      email,
      workPosition: rng.pick(positions),
      color: rng.pick(USER_COLORS),
      hasAvatar: rng.chance(0.8),
      birthday: rng.chance(0.75) ? { year: rng.int(1965, 2003), month: rng.int(1, 12), day: rng.int(1, 28) } : null,
      phones: phonesFor(rng, locale),
      personalCity: rng.pick(locale === 'ru' ? RU_CITIES : EN_CITIES),
      website: rng.chance(0.1) ? `https://${transliterate(lastName)}.example` : '',
      externalAuthId: rng.chance(0.85) ? 'default' : 'socservices',
      departments,
      status: 'online',
      idleSince: null,
      lastActivity: null,
      mobileLast: null,
      desktopLast: null,
      absentUntil: null,
      dateRegister: registered,
      lastLogin: null,
      employmentDate: rng.chance(0.8) ? registered : null,
      timestampX: registered + rng.int(0, 20) * DAY,
      sessionActive: false,
    };
    samplePresence(user, rng, now);
    if (rng.chance(0.01)) {
      // a birthday today (portal time) for the "birthdays" corner of the app
      const today = new Date(now + 3 * 3_600_000);
      user.birthday = { year: rng.int(1970, 2000), month: today.getUTCMonth() + 1, day: today.getUTCDate() };
    }
    users.push(user);
  }
  return users;
}

/** Picks a head for most departments from its members (the root gets a CEO) and retitles them. */
export function assignHeads(users: PortalUser[], departments: Department[], plan: DepartmentPlan, rng: Rng): void {
  const members = new Map<number, PortalUser[]>();
  for (const u of users) {
    if (u.kind !== 'employee' || !u.active) continue;
    for (const d of u.departments) {
      const list = members.get(d) ?? [];
      list.push(u);
      members.set(d, list);
    }
  }
  const taken = new Set<number>();
  for (const dep of departments) {
    if (dep.id === ROOT_DEPARTMENT_ID) continue;
    const candidates = (members.get(dep.id) ?? []).filter((u) => !taken.has(u.id) && u.id > 11);
    if (candidates.length === 0 || rng.chance(0.1)) continue;
    const head = rng.pick(candidates);
    dep.head = head.id;
    taken.add(head.id);
    const family = plan.familyOf.get(dep.id);
    if (family) head.workPosition = family.head[head.locale];
  }
  const ceoCandidates = users.filter((u) => u.kind === 'employee' && u.active && u.id > 11 && !taken.has(u.id));
  const root = departments.find((d) => d.id === ROOT_DEPARTMENT_ID);
  if (root && ceoCandidates.length > 0) {
    const ceo = rng.pick(ceoCandidates);
    root.head = ceo.id;
    ceo.departments = [ROOT_DEPARTMENT_ID];
    ceo.workPosition = ceo.locale === 'ru' ? 'Генеральный директор' : 'Chief Executive Officer';
  }
}
