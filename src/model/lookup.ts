/**
 * Maps over the plan, built once per plan in linear time and shared by rules, the alignment graph, documents and
 * reports, so nothing scans a table per row.
 */
import type { Plan, PlanEmployee, PlanKeyResult, PlanObjective, PlanUnit } from './plan.js';

export interface PlanIndex {
  readonly unitByCode: ReadonlyMap<string, PlanUnit>;
  readonly employeeByNip: ReadonlyMap<string, PlanEmployee>;
  readonly objectiveByCode: ReadonlyMap<string, PlanObjective>;
  readonly krByCode: ReadonlyMap<string, PlanKeyResult>;
  readonly krsByObjective: ReadonlyMap<string, readonly PlanKeyResult[]>;
  /** Objectives by owner (a NIP or a unit code). */
  readonly objectivesByOwner: ReadonlyMap<string, readonly PlanObjective[]>;
  /** Direct reports by supervisor NIP. */
  readonly subordinates: ReadonlyMap<string, readonly PlanEmployee[]>;
  readonly employeesByUnit: ReadonlyMap<string, readonly PlanEmployee[]>;
  readonly childUnits: ReadonlyMap<string, readonly PlanUnit[]>;
  /** Codes and NIPs of entities that were defined but could not be read: references to them are not unknown. */
  readonly rejectedKeys: ReadonlySet<string>;
  /** The top of the tree (rules.md): heads of parentless units and those units; without units, employees without a supervisor. */
  readonly topNips: ReadonlySet<string>;
  readonly topUnits: ReadonlySet<string>;
}

const cache = new WeakMap<Plan, PlanIndex>();

export function indexPlan(plan: Plan): PlanIndex {
  const hit = cache.get(plan);
  if (hit) return hit;
  const unitByCode = new Map(plan.units.map((u) => [u.code, u]));
  const employeeByNip = new Map(plan.employees.map((e) => [e.nip, e]));
  const objectiveByCode = new Map(plan.objectives.map((o) => [o.code, o]));
  const krByCode = new Map(plan.key_results.map((k) => [k.code, k]));
  const krsByObjective = group(plan.key_results, (k) => k.objective);
  const objectivesByOwner = group(plan.objectives, (o) => o.owner);
  const subordinates = group(plan.employees, (e) => e.supervisor);
  const employeesByUnit = group(plan.employees, (e) => e.unit);
  const childUnits = group(plan.units, (u) => u.parent);
  const rejectedKeys = new Set(plan.rejected.map((r) => r.key).filter((k): k is string => k !== undefined));
  const topUnits = new Set<string>();
  const topNips = new Set<string>();
  if (plan.units.length > 0) {
    for (const u of plan.units) {
      if (u.parent !== undefined && u.parent !== '') continue;
      topUnits.add(u.code);
      if (u.head) topNips.add(u.head);
    }
  } else {
    for (const e of plan.employees) if (!e.supervisor) topNips.add(e.nip);
  }
  const index: PlanIndex = { unitByCode, employeeByNip, objectiveByCode, krByCode, krsByObjective, objectivesByOwner, subordinates, employeesByUnit, childUnits, rejectedKeys, topNips, topUnits };
  cache.set(plan, index);
  return index;
}

export function group<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined || k === '') continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
