import { describe, expect, it } from 'vitest';
import {
  commandCount,
  directoryMode,
  fullLoadBudget,
  pageStarts,
  planBatch,
  presenceGroups,
  requestsToFullLoad,
  simulateFullLoad,
} from './loadingPlan';

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('directory mode and budget', () => {
  it('loads everyone up to 5 000 people and pages above', () => {
    expect(directoryMode(0)).toBe('full');
    expect(directoryMode(5000)).toBe('full');
    expect(directoryMode(5001)).toBe('paged');
  });

  it('allows 2 + ceil(N / 2 500) requests', () => {
    expect(fullLoadBudget(0)).toBe(2);
    expect(fullLoadBudget(1)).toBe(3);
    expect(fullLoadBudget(250)).toBe(3);
    expect(fullLoadBudget(2500)).toBe(3);
    expect(fullLoadBudget(2501)).toBe(4);
    expect(fullLoadBudget(5000)).toBe(4);
  });

  it('lists page offsets', () => {
    expect(pageStarts(0)).toEqual([]);
    expect(pageStarts(50)).toEqual([0]);
    expect(pageStarts(51)).toEqual([0, 50]);
    expect(pageStarts(240)).toEqual([0, 50, 100, 150, 200]);
  });

  it('lists page offsets for a portal that pages by fewer rows', () => {
    expect(pageStarts(100, 20)).toEqual([0, 20, 40, 60, 80]);
    expect(pageStarts(101, 20)).toEqual([0, 20, 40, 60, 80, 100]);
  });
});

describe('presenceGroups', () => {
  it('groups by 50 in order without repeats', () => {
    const groups = presenceGroups([...range(1, 120), 5, 6]);
    expect(groups.map((g) => g.length)).toEqual([50, 50, 20]);
    expect(groups[0]![0]).toBe(1);
    expect(groups[2]![19]).toBe(120);
  });
});

describe('planBatch', () => {
  it('puts urgent presence first, then departments, people, and spare presence last', () => {
    const plan = planBatch({
      urgentPresence: range(1, 50),
      departmentStarts: [50],
      peopleStarts: [50, 100],
      sparePresence: range(1, 120),
    });
    expect(plan.presence[0]).toEqual(range(1, 50));
    expect(plan.departmentStarts).toEqual([50]);
    expect(plan.peopleStarts).toEqual([50, 100]);
    // spare presence skips the urgent ids: 51…120 in two more groups
    expect(plan.presence.slice(1)).toEqual([range(51, 50), range(101, 20)]);
    expect(commandCount(plan)).toBe(6);
  });

  it('never exceeds 50 commands, dropping the least wanted first', () => {
    const plan = planBatch({
      urgentPresence: range(1, 50),
      departmentStarts: [50, 100],
      peopleStarts: pageStarts(10_000).slice(1),
      sparePresence: range(1000, 500),
    });
    expect(commandCount(plan)).toBe(50);
    expect(plan.presence).toHaveLength(1);
    expect(plan.departmentStarts).toEqual([50, 100]);
    expect(plan.peopleStarts).toHaveLength(47);
  });

  it('is empty when nothing is wanted', () => {
    expect(commandCount(planBatch({}))).toBe(0);
  });
});

describe('simulateFullLoad', () => {
  it('250 people: first screen in 2 requests, everyone with presence in 3', () => {
    const plans = simulateFullLoad({ total: 250, departmentsTotal: 20 });
    expect(plans).toHaveLength(3);
    expect(plans[1]!.presence).toEqual([range(1, 50)]);
    expect(plans[1]!.peopleStarts).toEqual([50, 100, 150, 200]);
    expect(requestsToFullLoad(plans, 250)).toBe(2);
    expect(plans[2]!.presence.flat()).toEqual(range(51, 200));
  });

  it('5 000 people: everyone listed in 3 requests, never more than the budget of 4', () => {
    const plans = simulateFullLoad({ total: 5000, departmentsTotal: 40 });
    expect(requestsToFullLoad(plans, 5000)).toBe(3);
    expect(plans.length).toBeLessThanOrEqual(4);
    for (const plan of plans) expect(commandCount(plan)).toBeLessThanOrEqual(50);
  });

  it('keeps the budget for every size up to 5 000, with up to 50 department pages', () => {
    for (const total of [0, 1, 49, 50, 51, 99, 2450, 2451, 2500, 2501, 2550, 2551, 4999, 5000]) {
      for (const departmentsTotal of [1, 50, 51, 2500]) {
        const plans = simulateFullLoad({ total, departmentsTotal });
        expect(plans.length, `N=${total} D=${departmentsTotal}`).toBeLessThanOrEqual(fullLoadBudget(total));
        expect(requestsToFullLoad(plans, total)).toBeLessThanOrEqual(fullLoadBudget(total));
        const listed = plans.flatMap((p) => p.peopleStarts);
        expect(new Set(listed).size).toBe(pageStarts(total).length);
      }
    }
  });

  it('ships the first screen presence in request 2', () => {
    const plans = simulateFullLoad({ total: 3000, departmentsTotal: 10 });
    expect(plans[1]!.presence[0]).toEqual(range(1, 50));
  });
});
