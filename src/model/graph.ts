/**
 * The alignment graph: who aligns to what, built once per plan in linear time and shared by the cascade rules,
 * the documents (RHK Pimpinan yang Diintervensi) and the coverage reports.
 *
 * Nodes are results: objectives and key results, keyed by code. Each node has at most one "up" edge, so the graph
 * is a forest plus possible loops:
 * - an objective goes up to the result named in `aligned_to` (a KR, or an objective, of the level above);
 * - a key result goes up to its own `aligned_to` when it has one, else to its objective (it is part of it).
 * Walking up therefore always terminates: every walk is bounded by a visited set.
 */
import { indexPlan, type PlanIndex } from './lookup.js';
import type { Plan, PlanKeyResult, PlanObjective } from './plan.js';
import { findCycles } from '../util/cycles.js';

export type ResultNode =
  | { readonly kind: 'objective'; readonly code: string; readonly owner: string; readonly entity: PlanObjective }
  | { readonly kind: 'kr'; readonly code: string; readonly owner: string; readonly entity: PlanKeyResult };

export type OwnerKind = 'employee' | 'unit' | 'unknown';

export interface AlignmentGraph {
  readonly index: PlanIndex;
  readonly nodes: ReadonlyMap<string, ResultNode>;
  /** The result this one aligns to (see the module doc); undefined at the top or when the link is missing/unknown. */
  up(code: string): ResultNode | undefined;
  /** Objectives and KRs whose explicit `aligned_to` names this code: the contributions from below. */
  contributors(code: string): readonly ResultNode[];
  /** The chain above a result, nearest first; stops at the top, at a missing link, or where it would loop. */
  ancestors(code: string): ResultNode[];
  /** Each alignment loop once, as codes, starting at its smallest code. */
  readonly cycles: readonly (readonly string[])[];
  /** Codes that sit on an alignment loop. */
  readonly inCycle: ReadonlySet<string>;
  ownerKind(owner: string): OwnerKind;
  /** Supervisors above an employee, nearest first (cycle-safe). */
  supervisorChain(nip: string): string[];
  /** Units above a unit, nearest first (cycle-safe). */
  unitChain(code: string): string[];
  /**
   * The SKP's "RHK Pimpinan yang Diintervensi" for an objective: the objective its link reaches (the KR's
   * objective when it aligns to a KR, or the objective itself), and the KR the link names, if any.
   */
  intervened(objective: PlanObjective): { objective: PlanObjective; kr?: PlanKeyResult } | undefined;
  /** Whether a result's chain reaches a top result (owned by the top), i.e. it is traceable to the organisation. */
  reachesTop(code: string): boolean;
}

const cache = new WeakMap<Plan, AlignmentGraph>();

export function buildGraph(plan: Plan): AlignmentGraph {
  const hit = cache.get(plan);
  if (hit) return hit;
  const index = indexPlan(plan);
  const nodes = new Map<string, ResultNode>();
  for (const o of plan.objectives) nodes.set(o.code, { kind: 'objective', code: o.code, owner: o.owner, entity: o });
  for (const k of plan.key_results) {
    if (nodes.has(k.code)) continue;
    nodes.set(k.code, { kind: 'kr', code: k.code, owner: index.objectiveByCode.get(k.objective)?.owner ?? '', entity: k });
  }
  const upCode = (code: string): string | undefined => {
    const node = nodes.get(code);
    if (!node) return undefined;
    if (node.kind === 'objective') return node.entity.aligned_to && nodes.has(node.entity.aligned_to) ? node.entity.aligned_to : undefined;
    const target = node.entity.aligned_to ?? node.entity.objective;
    return nodes.has(target) ? target : undefined;
  };
  const contributions = new Map<string, ResultNode[]>();
  for (const node of nodes.values()) {
    const target = node.entity.aligned_to;
    if (target === undefined || !nodes.has(target)) continue;
    const list = contributions.get(target);
    if (list) list.push(node);
    else contributions.set(target, [node]);
  }
  const cycles = findCycles([...nodes.keys()].sort(), upCode);
  const inCycle = new Set(cycles.flat());

  const ownerKind = (owner: string): OwnerKind =>
    index.employeeByNip.has(owner) ? 'employee' : index.unitByCode.has(owner) ? 'unit' : 'unknown';
  const isTopOwner = (owner: string): boolean => index.topNips.has(owner) || index.topUnits.has(owner);

  const reachesTopMemo = new Map<string, boolean>();
  const graph: AlignmentGraph = {
    index,
    nodes,
    up: (code) => {
      const next = upCode(code);
      return next === undefined ? undefined : nodes.get(next);
    },
    contributors: (code) => contributions.get(code) ?? [],
    ancestors: (code) => {
      const out: ResultNode[] = [];
      const seen = new Set([code]);
      for (let next = upCode(code); next !== undefined && !seen.has(next); next = upCode(next)) {
        seen.add(next);
        out.push(nodes.get(next)!);
      }
      return out;
    },
    cycles,
    inCycle,
    ownerKind,
    supervisorChain: (nip) => walk(nip, (n) => index.employeeByNip.get(n)?.supervisor),
    unitChain: (code) => walk(code, (c) => index.unitByCode.get(c)?.parent),
    intervened: (objective) => {
      const target = objective.aligned_to === undefined ? undefined : nodes.get(objective.aligned_to);
      if (!target) return undefined;
      if (target.kind === 'objective') return { objective: target.entity };
      const parentObjective = index.objectiveByCode.get(target.entity.objective);
      return parentObjective ? { objective: parentObjective, kr: target.entity } : undefined;
    },
    reachesTop: (code) => {
      const memo = reachesTopMemo.get(code);
      if (memo !== undefined) return memo;
      // Walk up once, then record the answer for every node on the way: linear over all calls.
      const path: string[] = [];
      const seen = new Set<string>();
      let answer = false;
      for (let c: string | undefined = code; c !== undefined; c = upCode(c)) {
        const known = reachesTopMemo.get(c);
        if (known !== undefined) {
          answer = known;
          break;
        }
        if (seen.has(c)) break;
        seen.add(c);
        path.push(c);
        const node = nodes.get(c)!;
        if (isTopOwner(node.owner) && (node.kind === 'kr' || node.entity.aligned_to === undefined)) {
          answer = true;
          break;
        }
      }
      for (const c of path) reachesTopMemo.set(c, answer);
      return answer;
    },
  };
  cache.set(plan, graph);
  return graph;
}

function walk(start: string, next: (key: string) => string | undefined): string[] {
  const out: string[] = [];
  const seen = new Set([start]);
  for (let k = next(start); k !== undefined && k !== '' && !seen.has(k); k = next(k)) {
    seen.add(k);
    out.push(k);
  }
  return out;
}
