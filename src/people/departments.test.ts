import { describe, expect, it } from 'vitest';
import {
  buildDepartmentTree,
  departmentNames,
  departmentPath,
  departmentPathNames,
  descendantIds,
  flattenDepartmentTree,
} from './departments';
import type { Department } from './types';

const dep = (id: number, name: string, parentId: number | null): Department => ({
  id,
  name,
  parentId,
  headUserId: null,
});

const company = [
  dep(1, 'Company', null),
  dep(2, 'Sales', 1),
  dep(3, 'Development', 1),
  dep(4, 'Frontend', 3),
  dep(5, 'Backend', 3),
  dep(6, 'Payments', 5),
  dep(7, 'Accounting', 1),
];

describe('buildDepartmentTree', () => {
  it('nests children under parents, sorted by name, with depths', () => {
    const tree = buildDepartmentTree(company, { locale: 'en' });
    expect(tree.roots.map((n) => n.department.name)).toEqual(['Company']);
    expect(tree.roots[0]!.children.map((n) => n.department.name)).toEqual(['Accounting', 'Development', 'Sales']);
    expect(tree.nodes.get(6)!.depth).toBe(3);
    expect(tree.byId.get(4)!.name).toBe('Frontend');
  });

  it('makes departments with a missing parent roots', () => {
    const tree = buildDepartmentTree([dep(10, 'Orphan', 99), dep(1, 'Company', null)]);
    expect(tree.roots.map((n) => n.department.id).sort()).toEqual([1, 10]);
  });

  it('survives a parent cycle without hanging', () => {
    const tree = buildDepartmentTree([dep(1, 'A', 2), dep(2, 'B', 1), dep(3, 'C', 1)]);
    expect(flattenDepartmentTree(tree).map((n) => n.department.id).sort()).toEqual([1, 2, 3]);
    expect(tree.roots.map((n) => n.department.id).sort()).toEqual([1, 2]);
    expect([...descendantIds(tree, 1)].sort()).toEqual([1, 3]);
  });

  it('flattens depth-first with parents before children', () => {
    const flat = flattenDepartmentTree(buildDepartmentTree(company, { locale: 'en' }));
    expect(flat.map((n) => `${'-'.repeat(n.depth)}${n.department.name}`)).toEqual([
      'Company',
      '-Accounting',
      '-Development',
      '--Backend',
      '---Payments',
      '--Frontend',
      '-Sales',
    ]);
  });
});

describe('descendantIds', () => {
  const tree = buildDepartmentTree(company);

  it('includes the department itself and everything below it', () => {
    expect([...descendantIds(tree, 3)].sort()).toEqual([3, 4, 5, 6]);
    expect(descendantIds(tree, 1).size).toBe(7);
    expect([...descendantIds(tree, 6)]).toEqual([6]);
  });

  it('returns just the id for an unknown department', () => {
    expect([...descendantIds(tree, 404)]).toEqual([404]);
  });
});

describe('departmentPath', () => {
  const byId = buildDepartmentTree(company).byId;

  it('walks from the root to the department', () => {
    expect(departmentPath(byId, 6).map((d) => d.name)).toEqual(['Company', 'Development', 'Backend', 'Payments']);
  });

  it('is empty for an unknown id and stops at a cycle', () => {
    expect(departmentPath(byId, 404)).toEqual([]);
    const cyclic = new Map([
      [1, dep(1, 'A', 2)],
      [2, dep(2, 'B', 1)],
    ]);
    expect(departmentPath(cyclic, 1).map((d) => d.name)).toEqual(['B', 'A']);
  });
});

describe('departmentNames', () => {
  it('gives names in the person order and skips unknown ids', () => {
    const byId = buildDepartmentTree(company).byId;
    expect(departmentNames({ departmentIds: [5, 404, 2] }, byId)).toEqual(['Backend', 'Sales']);
    expect(departmentNames({ departmentIds: [] }, byId)).toEqual([]);
  });
});

describe('departmentPathNames', () => {
  const byId = buildDepartmentTree(company).byId;

  it('walks each department from below the company down to it', () => {
    expect(departmentPathNames({ departmentIds: [6, 2] }, byId)).toEqual([['Development', 'Backend', 'Payments'], ['Sales']]);
  });

  it('names the company for someone directly in it, and skips unknown ids', () => {
    expect(departmentPathNames({ departmentIds: [1, 404] }, byId)).toEqual([['Company']]);
  });

  it('keeps the top of a path whose parent is unknown (only the real root is left out)', () => {
    const orphan = new Map([[9, dep(9, 'Orphan', 77)], [10, dep(10, 'Team', 9)]]);
    expect(departmentPathNames({ departmentIds: [10] }, orphan)).toEqual([['Orphan', 'Team']]);
  });
});
