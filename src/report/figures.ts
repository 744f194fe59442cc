/**
 * Coverage figures, computed once from the plan, its alignment graph and the diagnostics of `validate`, as plain
 * serialisable data in a stable order. Every renderer (HTML, xlsx, JSON, Markdown) reads only this object, so the
 * formats cannot disagree, and the JSON output *is* this object (documented in docs/report-json.md).
 *
 * The definitions follow rules.md so the report and the lint rules tell the same story:
 * - uncovered KR (`cascade/kr-uncovered`): a key result of someone who has people below them (an employee with
 *   subordinates, or a unit with staff or sub-units) to which no objective or KR aligns;
 * - free rider (`coverage/free-rider`): an employee of a unit that has OKRs in the plan who owns no objective (a
 *   head also owns the unit's) or, below the top, none with a `Selaras Dengan`;
 * - workload outlier (`coverage/workload-imbalance`): total key-result weight below `low` or above `high` times
 *   the median of the colleagues in the same unit who own objectives (at least two, median above 0).
 * The owner helpers are the rules' own (rules/cascade/owner.ts), so "has subordinates" and "the top" cannot drift.
 *
 * Everything is computed in one pass per table plus walks of bounded depth, so 10,000 employees take well under
 * a second.
 */
import type { Diagnostic } from '../diagnostics/finding.js';
import { OkrError } from '../errors.js';
import { buildGraph, type AlignmentGraph } from '../model/graph.js';
import type { Plan, PlanCheckIn, PlanEmployee, PlanKeyResult, PlanObjective, PlanUnit } from '../model/plan.js';
import type { IsoDate } from '../model/values.js';
import { formatPlace } from '../io/source.js';
import { hasSubordinates, isTop } from '../rules/cascade/owner.js';
import { progressOf, round, type KrProgress } from './progress.js';
import { spread, median, type Spread } from './stats.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface FigureOptions {
  /** Evaluation date: only check-ins whose period ended by then count. */
  readonly asOf: IsoDate;
  /** Restrict the report to this unit and its sub-units. */
  readonly unit?: string;
  /** Thresholds of `coverage/workload-imbalance` (defaults 0.5 and 2.0, as in rules.md). */
  readonly workload?: { readonly low?: number; readonly high?: number };
}

export type WorkloadFlag = 'low' | 'high' | 'normal' | 'unknown';
export type FreeRiderReason = 'no-objective' | 'none-aligned';

export interface KeyResultFigures {
  readonly code: string;
  readonly text: string;
  readonly measure: string;
  readonly target: string | number | boolean | null;
  readonly unitOfMeasure: string | null;
  readonly weight: number;
  readonly alignedTo: string | null;
  /** Whether this KR is expected to be carried by someone below its owner. */
  readonly needsContributors: boolean;
  /** Codes of the objectives and KRs that align to this KR, in plan order. */
  readonly contributors: readonly string[];
  readonly uncovered: boolean;
  readonly progress: KrProgress | null;
}

export interface ObjectiveFigures {
  readonly code: string;
  readonly text: string;
  readonly kind: string;
  readonly alignedTo: string | null;
  /** Has a `Selaras Dengan`, or is owned by the top (which aligns to nothing); as coverage/free-rider counts it. */
  readonly aligned: boolean;
  readonly reachesTop: boolean;
  /** Codes of the results above, nearest first, up to the top (or to where the chain breaks). */
  readonly chain: readonly string[];
  readonly keyResults: readonly KeyResultFigures[];
}

export interface EmployeeFigures {
  readonly nip: string;
  readonly name: string;
  readonly position: string;
  readonly positionType: string;
  readonly unit: string;
  readonly supervisor: string | null;
  readonly isTop: boolean;
  readonly isUnitHead: boolean;
  /** Owns an objective, directly or as head of a unit that owns one. */
  readonly ownsObjectives: boolean;
  /** Owns an aligned objective (at the top: any objective); the opposite of a free rider in a unit with OKRs. */
  readonly hasAlignedObjectives: boolean;
  readonly objectives: number;
  readonly keyResults: number;
  readonly totalWeight: number;
  readonly alignedObjectives: number;
  /** Aligned objectives / objectives, 0–1; null without objectives. */
  readonly alignedShare: number | null;
  /** NIPs of the supervisors up to the top, nearest first. */
  readonly supervisorChain: readonly string[];
  readonly freeRider: boolean;
  readonly freeRiderReason: FreeRiderReason | null;
  readonly workload: { readonly unitMedian: number | null; readonly ratio: number | null; readonly flag: WorkloadFlag };
  readonly progress: {
    readonly keyResultsWithCheckIns: number;
    /** Weighted mean capaian (percent) of the KRs that have a check-in; null without any. */
    readonly achievement: number | null;
    /** Weighted mean OKR score 0–1 of the same KRs. */
    readonly score: number | null;
  };
  readonly okrs: readonly ObjectiveFigures[];
}

export interface UncoveredKeyResult {
  readonly code: string;
  readonly text: string;
  readonly objective: string;
  readonly owner: string;
  readonly ownerName: string;
  readonly unit: string | null;
}

export interface UnitFigures {
  readonly code: string;
  readonly name: string;
  readonly parent: string | null;
  readonly head: string | null;
  readonly headName: string | null;
  /** 0 for the top unit(s) of the report. */
  readonly depth: number;
  /** Employees of this unit and all its sub-units. */
  readonly employees: number;
  readonly directEmployees: number;
  readonly employeesAligned: number;
  readonly alignedRate: number | null;
  /** Key results of the head (and of the unit itself) that need contributors from below. */
  readonly headKeyResults: number;
  readonly headKeyResultsCovered: number;
  readonly headCoverage: number | null;
  /** Uncovered key results owned anywhere in this unit's subtree, in plan order. */
  readonly uncoveredKeyResults: readonly string[];
  readonly workload: Spread;
  readonly freeRiders: readonly string[];
  readonly workloadOutliers: readonly string[];
}

export interface RuleFindings {
  readonly ruleId: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly total: number;
}

export interface FindingItem {
  readonly ruleId: string;
  readonly severity: string;
  readonly file: string;
  readonly place: string;
  readonly subject: string | null;
  readonly message: string;
}

export interface OrganisationFigures {
  readonly employees: number;
  readonly employeesWithObjectives: number;
  /** Employees owning at least one objective (directly or as head of a unit that owns one) / all employees. */
  readonly selfInputRate: number | null;
  readonly employeesAligned: number;
  readonly alignedRate: number | null;
  readonly objectives: number;
  readonly keyResults: number;
  readonly keyResultsNeedingContributors: number;
  readonly keyResultsCovered: number;
  readonly coverageRate: number | null;
  readonly uncoveredKeyResults: number;
  readonly freeRiders: number;
  readonly workloadOutliers: number;
  readonly workload: Spread;
  readonly keyResultsWithCheckIns: number;
}

export interface ReportFigures {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly organisation: {
    readonly name: string | null;
    readonly year: number | null;
    readonly periodStart: IsoDate | null;
    readonly periodEnd: IsoDate | null;
    readonly asOf: IsoDate;
    /** The unit the report is restricted to (`--unit`), or null for the whole plan. */
    readonly scope: string | null;
    readonly workloadThresholds: { readonly low: number; readonly high: number };
  };
  readonly totals: OrganisationFigures;
  /** Units in tree order: each unit, then its sub-units (in plan order). */
  readonly units: readonly UnitFigures[];
  /** Employees in tree order of their units; the head first, then plan order. */
  readonly employees: readonly EmployeeFigures[];
  /** Objectives owned by units (not by a person), by unit in tree order; units without any are left out. */
  readonly unitObjectives: readonly { readonly unit: string; readonly okrs: readonly ObjectiveFigures[] }[];
  readonly uncoveredKeyResults: readonly UncoveredKeyResult[];
  readonly findings: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly byRule: readonly RuleFindings[];
    readonly items: readonly FindingItem[];
  };
}

interface Scope {
  units: PlanUnit[];
  depth: Map<string, number>;
  unitCodes: Set<string>;
  employees: PlanEmployee[];
}

export function computeFigures(plan: Plan, diagnostics: readonly Diagnostic[], options: FigureOptions): ReportFigures {
  const graph = buildGraph(plan);
  const { index } = graph;
  const low = options.workload?.low ?? 0.5;
  const high = options.workload?.high ?? 2.0;
  if (options.unit !== undefined && !index.unitByCode.has(options.unit)) {
    throw new OkrError('bad-argument', { reason: `--unit ${options.unit}: unit not in the plan` });
  }
  const scope = scopeOf(plan, graph, options.unit);

  const krsByOwner = new Map<string, PlanKeyResult[]>();
  for (const kr of plan.key_results) {
    const owner = index.objectiveByCode.get(kr.objective)?.owner;
    if (owner === undefined) continue;
    const list = krsByOwner.get(owner);
    if (list) list.push(kr);
    else krsByOwner.set(owner, [kr]);
  }
  const checkInsByKr = new Map<string, PlanCheckIn[]>();
  for (const c of plan.check_ins) {
    const list = checkInsByKr.get(c.kr);
    if (list) list.push(c);
    else checkInsByKr.set(c.kr, [c]);
  }

  // Which units "have OKRs in the plan": the unit owns an objective, or one of its own employees does.
  const unitsWithOkrs = new Set<string>();
  for (const o of plan.objectives) {
    if (index.unitByCode.has(o.owner)) unitsWithOkrs.add(o.owner);
    const e = index.employeeByNip.get(o.owner);
    if (e) unitsWithOkrs.add(e.unit);
  }
  // Subtree walks below go up the unit chain; memoised so each unit's chain is built once.
  const unitSets = new Map<string, Set<string>>();
  const unitsAbove = (code: string): Set<string> => {
    let s = unitSets.get(code);
    if (!s) unitSets.set(code, (s = new Set([code, ...graph.unitChain(code)])));
    return s;
  };

  const krFigures = new Map<string, KeyResultFigures>();
  const krFiguresOf = (kr: PlanKeyResult, owner: string): KeyResultFigures => {
    const hit = krFigures.get(kr.code);
    if (hit) return hit;
    const needsContributors = hasSubordinates(index, owner);
    const contributors = graph.contributors(kr.code).map((n) => n.code);
    const progress = progressOf(kr, checkInsByKr.get(kr.code) ?? [], options.asOf) ?? null;
    const f: KeyResultFigures = {
      code: kr.code,
      text: kr.key_result,
      measure: kr.measure,
      target: kr.target ?? null,
      unitOfMeasure: kr.unit_of_measure ?? null,
      weight: kr.weight,
      alignedTo: kr.aligned_to ?? null,
      needsContributors,
      contributors,
      uncovered: needsContributors && contributors.length === 0,
      progress,
    };
    krFigures.set(kr.code, f);
    return f;
  };

  const objectiveFigures = (o: PlanObjective): ObjectiveFigures => {
    const chain = graph.ancestors(o.code).map((n) => n.code);
    return {
      code: o.code,
      text: o.objective,
      kind: o.kind,
      alignedTo: o.aligned_to ?? null,
      aligned: isTop(index, o.owner) || o.aligned_to !== undefined,
      reachesTop: graph.reachesTop(o.code),
      chain,
      keyResults: (index.krsByObjective.get(o.code) ?? []).map((kr) => krFiguresOf(kr, o.owner)),
    };
  };

  // As in coverage/workload-imbalance: a person is compared with the colleagues of their own unit who own
  // objectives, and only where there are at least two of them and the median carries weight.
  const weightOf = (nip: string) => (krsByOwner.get(nip) ?? []).reduce((sum, kr) => sum + kr.weight, 0);
  const unitMedian = new Map<string, number | null>();
  for (const [unit, members] of index.employeesByUnit) {
    const weights = members.filter((e) => index.objectivesByOwner.has(e.nip)).map((e) => weightOf(e.nip));
    const m = weights.length >= 2 ? median(weights) : null;
    unitMedian.set(unit, m !== null && m > 0 ? m : null);
  }

  // A unit head also owns the unit's objectives (coverage/free-rider).
  const headedUnits = new Map<string, string[]>();
  for (const u of plan.units) if (u.head) headedUnits.set(u.head, [...(headedUnits.get(u.head) ?? []), u.code]);
  const employees: EmployeeFigures[] = scope.employees.map((e) => {
    const okrs = (index.objectivesByOwner.get(e.nip) ?? []).map(objectiveFigures);
    const krs = okrs.flatMap((o) => o.keyResults);
    const totalWeight = round(krs.reduce((s, k) => s + k.weight, 0), 4) ?? 0;
    const alignedObjectives = okrs.filter((o) => o.aligned).length;
    const owned = [...(index.objectivesByOwner.get(e.nip) ?? []), ...(headedUnits.get(e.nip) ?? []).flatMap((u) => index.objectivesByOwner.get(u) ?? [])];
    const top = isTop(index, e.nip);
    const alignedOkr = owned.length > 0 && (top || owned.some((o) => o.aligned_to !== undefined));
    const freeRider = unitsWithOkrs.has(e.unit) && !alignedOkr;
    const m = okrs.length > 0 ? (unitMedian.get(e.unit) ?? null) : null;
    const ratio = m === null ? null : totalWeight / m;
    const flag: WorkloadFlag = ratio === null ? 'unknown' : ratio < low ? 'low' : ratio > high ? 'high' : 'normal';
    let weighted = 0;
    let scoreSum = 0;
    let achievementWeight = 0;
    let scoreWeight = 0;
    let withCheckIns = 0;
    for (const k of krs) {
      if (!k.progress) continue;
      withCheckIns++;
      // Weight 0 means "does not count" for scoring, as in the SKP's nilai tertimbang.
      const w = k.weight;
      if (k.progress.achievement !== null) {
        weighted += k.progress.achievement * w;
        achievementWeight += w;
      }
      if (k.progress.score !== null) {
        scoreSum += k.progress.score * w;
        scoreWeight += w;
      }
    }
    return {
      nip: e.nip,
      name: e.name,
      position: e.position,
      positionType: e.position_type,
      unit: e.unit,
      supervisor: e.supervisor ?? null,
      isTop: top,
      isUnitHead: headedUnits.has(e.nip),
      ownsObjectives: owned.length > 0,
      hasAlignedObjectives: alignedOkr,
      objectives: okrs.length,
      keyResults: krs.length,
      totalWeight,
      alignedObjectives,
      alignedShare: okrs.length === 0 ? null : round(alignedObjectives / okrs.length, 4),
      supervisorChain: graph.supervisorChain(e.nip),
      freeRider,
      freeRiderReason: !freeRider ? null : owned.length === 0 ? 'no-objective' : 'none-aligned',
      workload: { unitMedian: m, ratio: round(ratio ?? undefined, 4), flag },
      progress: {
        keyResultsWithCheckIns: withCheckIns,
        achievement: achievementWeight > 0 ? round(weighted / achievementWeight, 2) : null,
        score: scoreWeight > 0 ? round(scoreSum / scoreWeight, 4) : null,
      },
      okrs,
    };
  });
  const employeeByNip = new Map(employees.map((e) => [e.nip, e]));
  const hasAlignedOkr = (e: EmployeeFigures) => e.hasAlignedObjectives;

  // Unit-owned objectives are part of the cascade too (a unit's head may not be in the plan).
  const unitOkrs = new Map<string, ObjectiveFigures[]>();
  for (const u of scope.units) unitOkrs.set(u.code, (index.objectivesByOwner.get(u.code) ?? []).map(objectiveFigures));

  const uncoveredAll: UncoveredKeyResult[] = [];
  const inScopeOwner = (owner: string) => employeeByNip.has(owner) || scope.unitCodes.has(owner);
  for (const kr of plan.key_results) {
    const f = krFigures.get(kr.code);
    if (!f || !f.uncovered) continue;
    const owner = index.objectiveByCode.get(kr.objective)!.owner;
    if (!inScopeOwner(owner)) continue;
    const emp = index.employeeByNip.get(owner);
    uncoveredAll.push({
      code: kr.code,
      text: kr.key_result,
      objective: kr.objective,
      owner,
      ownerName: emp?.name ?? index.unitByCode.get(owner)?.name ?? owner,
      unit: emp?.unit ?? (index.unitByCode.has(owner) ? owner : null),
    });
  }

  // Subtree membership: each unit's own employees plus its descendants', gathered bottom-up over the tree order.
  const subtreeEmployees = new Map<string, EmployeeFigures[]>();
  for (const u of scope.units) subtreeEmployees.set(u.code, []);
  for (const e of employees) {
    if (!scope.unitCodes.has(e.unit)) continue;
    for (const code of unitsAbove(e.unit)) subtreeEmployees.get(code)?.push(e);
  }
  const subtreeUncovered = new Map<string, string[]>();
  for (const u of scope.units) subtreeUncovered.set(u.code, []);
  for (const k of uncoveredAll) {
    if (k.unit === null) continue;
    for (const code of unitsAbove(k.unit)) subtreeUncovered.get(code)?.push(k.code);
  }

  const units: UnitFigures[] = scope.units.map((u) => {
    const members = subtreeEmployees.get(u.code) ?? [];
    const aligned = members.filter(hasAlignedOkr).length;
    const headKrs = [
      ...(u.head !== undefined ? (employeeByNip.get(u.head)?.okrs ?? []) : []),
      ...(unitOkrs.get(u.code) ?? []),
    ]
      .flatMap((o) => o.keyResults)
      .filter((k) => k.needsContributors);
    const covered = headKrs.filter((k) => !k.uncovered).length;
    const head = u.head !== undefined ? index.employeeByNip.get(u.head) : undefined;
    return {
      code: u.code,
      name: u.name,
      parent: u.parent ?? null,
      head: u.head ?? null,
      headName: head?.name ?? null,
      depth: scope.depth.get(u.code) ?? 0,
      employees: members.length,
      directEmployees: members.filter((e) => e.unit === u.code).length,
      employeesAligned: aligned,
      alignedRate: ratio(aligned, members.length),
      headKeyResults: headKrs.length,
      headKeyResultsCovered: covered,
      headCoverage: ratio(covered, headKrs.length),
      uncoveredKeyResults: subtreeUncovered.get(u.code) ?? [],
      workload: spread(members.map((e) => e.totalWeight)),
      freeRiders: members.filter((e) => e.freeRider).map((e) => e.nip),
      workloadOutliers: members.filter((e) => e.workload.flag === 'low' || e.workload.flag === 'high').map((e) => e.nip),
    };
  });

  const allKrs = [...employees.flatMap((e) => e.okrs), ...[...unitOkrs.values()].flat()].flatMap((o) => o.keyResults);
  const needing = allKrs.filter((k) => k.needsContributors);
  const coveredCount = needing.filter((k) => !k.uncovered).length;
  const withObjectives = employees.filter((e) => e.ownsObjectives).length;
  const alignedCount = employees.filter(hasAlignedOkr).length;
  const totals: OrganisationFigures = {
    employees: employees.length,
    employeesWithObjectives: withObjectives,
    selfInputRate: ratio(withObjectives, employees.length),
    employeesAligned: alignedCount,
    alignedRate: ratio(alignedCount, employees.length),
    objectives: employees.reduce((s, e) => s + e.objectives, 0) + [...unitOkrs.values()].reduce((s, l) => s + l.length, 0),
    keyResults: allKrs.length,
    keyResultsNeedingContributors: needing.length,
    keyResultsCovered: coveredCount,
    coverageRate: ratio(coveredCount, needing.length),
    uncoveredKeyResults: uncoveredAll.length,
    freeRiders: employees.filter((e) => e.freeRider).length,
    workloadOutliers: employees.filter((e) => e.workload.flag === 'low' || e.workload.flag === 'high').length,
    workload: spread(employees.map((e) => e.totalWeight)),
    keyResultsWithCheckIns: allKrs.filter((k) => k.progress !== null).length,
  };

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    organisation: {
      name: plan.settings.organization ?? null,
      year: plan.settings.year ?? null,
      periodStart: plan.settings.start ?? null,
      periodEnd: plan.settings.end ?? null,
      asOf: options.asOf,
      scope: options.unit ?? null,
      workloadThresholds: { low, high },
    },
    totals,
    units,
    employees,
    unitObjectives: [...unitOkrs.entries()].filter(([, okrs]) => okrs.length > 0).map(([unit, okrs]) => ({ unit, okrs })),
    uncoveredKeyResults: uncoveredAll,
    findings: findingsOf(diagnostics, options.unit === undefined ? undefined : subjectsInScope(employees, units, unitOkrs)),
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole, 4);
}

/** Units in tree order (roots in plan order, children in plan order), each with its depth; restricted to a subtree. */
function scopeOf(plan: Plan, graph: AlignmentGraph, unit: string | undefined): Scope {
  const { index } = graph;
  const units: PlanUnit[] = [];
  const depth = new Map<string, number>();
  const visit = (root: PlanUnit) => {
    // Iterative, so a deep (or hostile) unit tree cannot overflow the stack; `depth` doubles as the visited set.
    const stack: [PlanUnit, number][] = [[root, 0]];
    while (stack.length > 0) {
      const [u, d] = stack.pop()!;
      if (depth.has(u.code)) continue;
      depth.set(u.code, d);
      units.push(u);
      const children = index.childUnits.get(u.code) ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, d + 1]);
    }
  };
  if (unit !== undefined) {
    visit(index.unitByCode.get(unit)!);
  } else {
    for (const u of plan.units) if (u.parent === undefined || !index.unitByCode.has(u.parent)) visit(u);
    // Units on a parent loop have no root; list them after the tree rather than lose them.
    for (const u of plan.units) visit(u);
  }
  const unitCodes = new Set(units.map((u) => u.code));
  const employees: PlanEmployee[] = [];
  for (const u of units) {
    const members = index.employeesByUnit.get(u.code) ?? [];
    const head = members.find((e) => e.nip === u.head);
    if (head) employees.push(head);
    for (const e of members) if (e !== head) employees.push(e);
  }
  if (unit === undefined) for (const e of plan.employees) if (!unitCodes.has(e.unit)) employees.push(e);
  return { units, depth, unitCodes, employees };
}

function subjectsInScope(employees: readonly EmployeeFigures[], units: readonly UnitFigures[], unitOkrs: Map<string, ObjectiveFigures[]>): Set<string> {
  const s = new Set<string>();
  const addOkrs = (okrs: readonly ObjectiveFigures[]) => {
    for (const o of okrs) {
      s.add(o.code);
      for (const k of o.keyResults) s.add(k.code);
    }
  };
  for (const e of employees) {
    s.add(e.nip);
    addOkrs(e.okrs);
  }
  for (const u of units) s.add(u.code);
  for (const list of unitOkrs.values()) addOkrs(list);
  return s;
}

function findingsOf(diagnostics: readonly Diagnostic[], subjects: Set<string> | undefined): ReportFigures['findings'] {
  const kept = subjects === undefined ? diagnostics : diagnostics.filter((d) => d.subject === undefined || subjects.has(d.subject));
  const byRule = new Map<string, { errors: number; warnings: number; infos: number }>();
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of kept) {
    let r = byRule.get(d.ruleId);
    if (!r) byRule.set(d.ruleId, (r = { errors: 0, warnings: 0, infos: 0 }));
    if (d.severity === 'error') {
      r.errors++;
      errors++;
    } else if (d.severity === 'warn') {
      r.warnings++;
      warnings++;
    } else {
      r.infos++;
      infos++;
    }
  }
  return {
    errors,
    warnings,
    infos,
    byRule: [...byRule.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ruleId, c]) => ({ ruleId, ...c, total: c.errors + c.warnings + c.infos })),
    items: kept.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      file: d.file,
      place: formatPlace(d),
      subject: d.subject ?? null,
      message: d.message,
    })),
  };
}
