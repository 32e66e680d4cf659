/**
 * Builds the department tree: a root company department, top-level families, their children and
 * (for bigger portals) team-level grandchildren — 2-3 levels below the root. Heads are assigned
 * later by the people generator. The count grows with the portal: 10 for tiny, 40 at most.
 */
import type { Department } from '../types';
import { COMPANY_NAME, DEPARTMENT_FAMILIES, TEAM_SUFFIXES, type DepartmentFamily } from './catalog';
import type { Rng } from './rng';

export interface DepartmentPlan {
  departments: Department[];
  /** family (for job titles) and name language of every non-root department */
  familyOf: Map<number, DepartmentFamily>;
  langOf: Map<number, 'ru' | 'en'>;
}

export const ROOT_DEPARTMENT_ID = 1;

export function departmentCountFor(users: number): number {
  return Math.min(40, Math.max(10, Math.round(6 + 0.75 * Math.sqrt(users))));
}

export function planDepartments(users: number, rng: Rng): DepartmentPlan {
  const total = departmentCountFor(users);
  const departments: Department[] = [{ id: ROOT_DEPARTMENT_ID, name: COMPANY_NAME, sort: 500, parent: null, head: null }];
  const familyOf = new Map<number, DepartmentFamily>();
  const langOf = new Map<number, 'ru' | 'en'>();
  let nextId = 2;
  const add = (name: string, parent: number, family: DepartmentFamily, lang: 'ru' | 'en'): Department => {
    const dep: Department = { id: nextId++, name, sort: rng.chance(0.8) ? 500 : rng.pick([100, 200, 300, 400]), parent, head: null };
    departments.push(dep);
    familyOf.set(dep.id, family);
    langOf.set(dep.id, lang);
    return dep;
  };

  const topCount = Math.min(DEPARTMENT_FAMILIES.length, Math.max(4, Math.round(total * 0.35)));
  const families = rng.sample(DEPARTMENT_FAMILIES, topCount);
  const tops = families.map((family) => {
    const lang: 'ru' | 'en' = rng.chance(0.6) ? 'ru' : 'en';
    return { family, lang, dep: add(family.name[lang], ROOT_DEPARTMENT_ID, family, lang), nextChild: 0 };
  });

  // level 2: children round-robin over the families; ~30% of the rest is kept for team level 3
  const level2Limit = 1 + tops.length + Math.ceil((total - 1 - tops.length) * 0.7);
  const level2: { dep: Department; family: DepartmentFamily; lang: 'ru' | 'en'; nextTeam: number }[] = [];
  let progressed = true;
  while (departments.length < level2Limit && progressed) {
    progressed = false;
    for (const top of tops) {
      if (departments.length >= level2Limit) break;
      const child = top.family.children[top.nextChild];
      if (!child) continue;
      top.nextChild++;
      progressed = true;
      level2.push({ dep: add(child[top.lang], top.dep.id, top.family, top.lang), family: top.family, lang: top.lang, nextTeam: 0 });
    }
  }
  // level 3: teams under level-2 departments
  progressed = true;
  while (departments.length < total && progressed) {
    progressed = false;
    for (const mid of level2) {
      if (departments.length >= total) break;
      const suffix = TEAM_SUFFIXES[mid.nextTeam];
      if (!suffix) continue;
      mid.nextTeam++;
      progressed = true;
      add(`${mid.dep.name} — ${suffix[mid.lang]}`, mid.dep.id, mid.family, mid.lang);
    }
  }
  return { departments, familyOf, langOf };
}
