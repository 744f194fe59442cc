/**
 * Who gets documents: the filters (employees, units with their sub-units, a deterministic shard), and the skip
 * rule: an employee is skipped when an error concerns them (their row, their objectives and KRs, or a broken
 * supervisor row). Pure, and linear in plan + diagnostics: findings are mapped to employees through maps.
 */
import type { Diagnostic } from '../diagnostics/finding.js';
import { indexPlan } from '../model/lookup.js';
import type { Plan, PlanEmployee } from '../model/plan.js';
import type { SourceRef } from '../io/source.js';
import { documentBase, safeSegment } from './names.js';

export interface Selection {
  readonly employees?: readonly string[];
  /** Units, each with all its sub-units. */
  readonly units?: readonly string[];
  /** 1-based shard index and shard count. */
  readonly shard?: { readonly index: number; readonly count: number };
}

export interface ConvertJob {
  readonly nip: string;
  readonly name: string;
  readonly unit: string;
  /** Relative output path without the `_SKP.docx` / `_IKI.docx` suffix, e.g. `BSDM/1985…_Andi Pratama`. */
  readonly base: string;
  /** Errors that concern this employee; non-empty only under --force. */
  readonly findings: readonly Diagnostic[];
}

export interface SkippedEmployee {
  readonly nip: string;
  readonly name?: string;
  readonly unit?: string;
  readonly base?: string;
  readonly reason: 'errors' | 'unreadable';
  readonly findings: readonly Diagnostic[];
}

export interface ConversionPlan {
  readonly jobs: readonly ConvertJob[];
  readonly skipped: readonly SkippedEmployee[];
  /** Filter values that match nothing in the plan, for a precise message. */
  readonly unknown: { readonly employees: readonly string[]; readonly units: readonly string[] };
}

/** FNV-1a over the NIP: the same employee lands in the same shard on every machine and every run. */
export function shardOf(nip: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < nip.length; i++) {
    h ^= nip.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % count) + 1;
}

const placeKey = (file: string, sheet: string | undefined, line: number | undefined) => `${file}\0${sheet ?? ''}\0${line ?? ''}`;
const refKey = (r: SourceRef) => placeKey(r.file, r.sheet, r.line);

/** Errors by the NIP of each employee they concern (see the module doc). */
export function errorsByEmployee(plan: Plan, diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const index = indexPlan(plan);
  const rowOwner = new Map<string, string>();
  for (const e of plan.employees) {
    rowOwner.set(refKey(e.loc.at), e.nip);
    for (const f of Object.values(e.loc.fields)) rowOwner.set(refKey(f), e.nip);
  }
  const out = new Map<string, Diagnostic[]>();
  const add = (nip: string, d: Diagnostic) => {
    const list = out.get(nip);
    if (!list) out.set(nip, [d]);
    else if (list[list.length - 1] !== d) list.push(d);
  };
  // A row that could not be read still names what it belongs to, so its errors reach that employee too.
  const rejectedParent = new Map(plan.rejected.flatMap((r) => (r.key && r.parent && (r.table === 'key_results' || r.table === 'objectives') ? [[r.key, r.parent] as const] : [])));
  /** KR → objective → owner, through rows that were read or rejected; only employees own documents. */
  const ownerOf = (code: string): string | undefined => {
    let c: string | undefined = code;
    for (let hops = 0; c !== undefined && hops < 3; hops++) {
      const objective = index.objectiveByCode.get(c);
      if (objective) return index.employeeByNip.has(objective.owner) ? objective.owner : undefined;
      c = index.krByCode.get(c)?.objective ?? rejectedParent.get(c);
      if (c !== undefined && index.employeeByNip.has(c)) return c;
    }
    return undefined;
  };
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const onRowOf = rowOwner.get(placeKey(d.file, d.sheet, d.line));
    const subject = d.subject;
    if (subject !== undefined && index.employeeByNip.has(subject)) {
      add(subject, d);
      // A broken supervisor row (e.g. a bad NIP) makes every SKP that names them as pejabat penilai wrong too.
      if (onRowOf === subject) for (const sub of index.subordinates.get(subject) ?? []) add(sub.nip, d);
      continue;
    }
    const owner = subject !== undefined ? ownerOf(subject) : undefined;
    if (owner !== undefined) add(owner, d);
    else if (onRowOf !== undefined) add(onRowOf, d);
  }
  return out;
}

function unitsWithDescendants(plan: Plan, codes: readonly string[]): Set<string> {
  const index = indexPlan(plan);
  const out = new Set<string>();
  const stack = [...codes];
  while (stack.length) {
    const code = stack.pop()!;
    if (out.has(code)) continue;
    out.add(code);
    for (const child of index.childUnits.get(code) ?? []) stack.push(child.code);
  }
  return out;
}

function compareEmployees(a: { unit?: string; nip: string }, b: { unit?: string; nip: string }): number {
  const ua = a.unit ?? '';
  const ub = b.unit ?? '';
  return ua < ub ? -1 : ua > ub ? 1 : a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0;
}

export function planConversion(plan: Plan, diagnostics: readonly Diagnostic[], selection: Selection, options: { force: boolean }): ConversionPlan {
  const index = indexPlan(plan);
  const wantedNips = selection.employees?.length ? new Set(selection.employees) : undefined;
  const wantedUnits = selection.units?.length ? unitsWithDescendants(plan, selection.units) : undefined;
  const shard = selection.shard;
  const keep = (nip: string, unit: string | undefined) =>
    (!wantedNips || wantedNips.has(nip)) &&
    (!wantedUnits || (unit !== undefined && wantedUnits.has(unit))) &&
    (!shard || shardOf(nip, shard.count) === shard.index);

  const errors = errorsByEmployee(plan, diagnostics);
  const used = new Set<string>();
  const baseOf = (e: PlanEmployee) => {
    const dir = safeSegment(e.unit);
    const stem = documentBase(e.nip, e.name);
    let base = `${dir}/${stem}`;
    // Case-insensitive file systems would let two employees overwrite each other.
    for (let n = 2; used.has(base.toLowerCase()); n++) base = `${dir}/${stem}_${n}`;
    used.add(base.toLowerCase());
    return base;
  };

  const jobs: ConvertJob[] = [];
  const skipped: SkippedEmployee[] = [];
  for (const e of [...plan.employees].sort(compareEmployees)) {
    if (!keep(e.nip, e.unit)) continue;
    const findings = errors.get(e.nip) ?? [];
    const base = baseOf(e);
    if (findings.length > 0 && !options.force) skipped.push({ nip: e.nip, name: e.name, unit: e.unit, base, reason: 'errors', findings });
    else jobs.push({ nip: e.nip, name: e.name, unit: e.unit, base, findings });
  }

  // Rows that could not be read at all: listed as skipped with the findings at their place, even under --force.
  const byPlace = new Map<string, Diagnostic[]>();
  const bySubject = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const k = placeKey(d.file, d.sheet, d.line);
    byPlace.set(k, [...(byPlace.get(k) ?? []), d]);
    if (d.subject !== undefined) bySubject.set(d.subject, [...(bySubject.get(d.subject) ?? []), d]);
  }
  const seen = new Set(plan.employees.map((e) => e.nip));
  for (const r of plan.rejected) {
    if (r.table !== 'employees') continue;
    const nip = r.key ?? `(${refKey(r.at).replace(/\0/g, ' ').trim()})`;
    // Their unit is unknown, so a unit filter cannot claim them.
    if (wantedUnits || seen.has(nip) || !keep(nip, undefined)) continue;
    seen.add(nip);
    const findings = [...new Set([...(byPlace.get(refKey(r.at)) ?? []), ...(r.key ? bySubject.get(r.key) ?? [] : [])])];
    skipped.push({ nip, reason: 'unreadable', findings });
  }
  skipped.sort(compareEmployees);

  const unknownEmployees = (selection.employees ?? []).filter((n) => !index.employeeByNip.has(n) && !index.rejectedKeys.has(n));
  const unknownUnits = (selection.units ?? []).filter((u) => !index.unitByCode.has(u));
  return { jobs, skipped, unknown: { employees: unknownEmployees, units: unknownUnits } };
}
