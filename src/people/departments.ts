/**
 * The department tree (company structure) from a flat list of departments.
 * Robust to imperfect data: a parent that is missing or forms a cycle makes the department a root.
 */
import type { Department, Person } from './types';

export interface DepartmentNode {
  department: Department;
  children: DepartmentNode[];
  /** 0 for a root. */
  depth: number;
}

export interface DepartmentTree {
  byId: ReadonlyMap<number, Department>;
  roots: DepartmentNode[];
  nodes: ReadonlyMap<number, DepartmentNode>;
}

export function buildDepartmentTree(
  departments: Iterable<Department>,
  opts: { locale?: string } = {},
): DepartmentTree {
  const byId = new Map<number, Department>();
  for (const d of departments) byId.set(d.id, d);

  const nodes = new Map<number, DepartmentNode>();
  for (const d of byId.values()) nodes.set(d.id, { department: d, children: [], depth: 0 });

  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = effectiveParent(node.department, byId);
    const parentNode = parent === null ? undefined : nodes.get(parent);
    if (parentNode) parentNode.children.push(node);
    else roots.push(node);
  }

  const collator = new Intl.Collator(opts.locale, { sensitivity: 'base', numeric: true });
  const byName = (a: DepartmentNode, b: DepartmentNode) =>
    collator.compare(a.department.name, b.department.name) || a.department.id - b.department.id;
  const visit = (list: DepartmentNode[], depth: number) => {
    list.sort(byName);
    for (const n of list) {
      n.depth = depth;
      visit(n.children, depth + 1);
    }
  };
  visit(roots, 0);
  return { byId, roots, nodes };
}

/**
 * The parent id, or null when it is missing, unknown, or leads back to `d` (a cycle: every member
 * of the cycle becomes a root; departments hanging below a cycle keep their parent).
 */
function effectiveParent(d: Department, byId: ReadonlyMap<number, Department>): number | null {
  if (d.parentId === null || !byId.has(d.parentId)) return null;
  const seen = new Set<number>();
  let cur: number | null = d.parentId;
  while (cur !== null) {
    if (cur === d.id) return null;
    if (seen.has(cur)) break;
    seen.add(cur);
    const next: Department | undefined = byId.get(cur);
    cur = next && next.parentId !== null && byId.has(next.parentId) ? next.parentId : null;
  }
  return d.parentId;
}

/** The department and all departments below it (ids). Unknown id → just that id. */
export function descendantIds(tree: DepartmentTree, id: number): Set<number> {
  const out = new Set<number>([id]);
  const stack = [...(tree.nodes.get(id)?.children ?? [])];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (out.has(n.department.id)) continue;
    out.add(n.department.id);
    stack.push(...n.children);
  }
  return out;
}

/** From the root down to the department itself; [] when unknown. Stops at a cycle. */
export function departmentPath(byId: ReadonlyMap<number, Department>, id: number): Department[] {
  const path: Department[] = [];
  const seen = new Set<number>();
  let cur = byId.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    path.unshift(cur);
    cur = cur.parentId === null ? undefined : byId.get(cur.parentId);
  }
  return path;
}

/** The names of a person's departments in the person's order; unknown ids are skipped. */
export function departmentNames(person: Pick<Person, 'departmentIds'>, byId: ReadonlyMap<number, Department>): string[] {
  const names: string[] = [];
  for (const id of person.departmentIds) {
    const d = byId.get(id);
    if (d && d.name) names.push(d.name);
  }
  return names;
}

/** Depth-first, parents before children: for a department <select> with indentation. */
export function flattenDepartmentTree(tree: DepartmentTree): DepartmentNode[] {
  const out: DepartmentNode[] = [];
  const walk = (list: DepartmentNode[]) => {
    for (const n of list) {
      out.push(n);
      walk(n.children);
    }
  };
  walk(tree.roots);
  return out;
}

/**
 * Each of a person's departments as names from the top down, for a card: ["Sales", "Key
 * accounts"]. The company itself (the root of the tree) is left out above a department, since
 * everyone is in it; a person who is directly in the root gets its name. Unknown ids are skipped.
 */
export function departmentPathNames(person: Pick<Person, 'departmentIds'>, byId: ReadonlyMap<number, Department>): string[][] {
  const paths: string[][] = [];
  for (const id of person.departmentIds) {
    const path = departmentPath(byId, id).filter((d) => d.name);
    if (path.length === 0) continue;
    const belowRoot = path.length > 1 && path[0]!.parentId === null ? path.slice(1) : path;
    paths.push(belowRoot.map((d) => d.name));
  }
  return paths;
}
