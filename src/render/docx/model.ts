/**
 * Plan → what each form says, as plain data (domain.md Part 1). Pure: no I/O, no clock. The renderer only lays
 * these values out, so the mapping is tested here without any XML.
 */
import { buildGraph } from '../../model/graph.js';
import { group, indexPlan } from '../../model/lookup.js';
import type { Plan, PlanEmployee, PlanObjective } from '../../model/plan.js';
import type { Regulation } from '../../model/schema.js';
import { fillText, formatDate, formatPeriodDate, formatTarget, formulaText, unitOfMeasure } from './format.js';
import type { FormTemplate } from './template.js';

export interface Person {
  readonly name: string;
  readonly nip: string;
}

export interface Signature {
  readonly placeDate: string;
  readonly employee: Person;
  readonly appraiser: Person;
}

export interface Intervened {
  readonly code: string;
  readonly rhk: string;
  /** The indicator the link names, printed when the intervened result belongs to a JPT or a unit (6/2022 footnote). */
  readonly indicator?: string;
}

export interface SkpIndicator {
  readonly code: string;
  readonly aspect: string;
  readonly text: string;
  readonly target: string;
}

export interface SkpResult {
  readonly no: number;
  readonly code: string;
  readonly rhk: string;
  readonly intervened?: Intervened;
  readonly indicators: readonly SkpIndicator[];
}

export interface SkpModel {
  readonly regulation: Regulation;
  readonly approach: 'kuantitatif' | 'kualitatif';
  readonly titles: readonly string[];
  readonly organization: string;
  readonly period: string;
  readonly identity: { readonly employee: readonly string[]; readonly appraiser: readonly string[] };
  readonly sections: readonly { readonly label: string; readonly results: readonly SkpResult[] }[];
  /** 6/2022 only: the BerAKHLAK rows with the supervisor's expectations. */
  readonly behaviour?: readonly { readonly no: number; readonly name: string; readonly guides: readonly string[]; readonly expectations: readonly string[] }[];
  /** 6/2022 only: the Lampiran bands, plan-wide, unit and employee items merged. */
  readonly attachment?: readonly { readonly label: string; readonly items: readonly string[] }[];
  readonly signature: Signature;
}

export interface IkiRow {
  readonly no: number;
  readonly code: string;
  readonly rhk: string;
  readonly indicators: readonly { code: string; text: string; target: string; unit: string; formula: string; source: string; period: string }[];
}

export interface IkiModel {
  readonly regulation: Regulation;
  readonly titles: readonly string[];
  readonly organization: string;
  readonly period: string;
  readonly info: readonly { readonly label: string; readonly value: string }[];
  readonly rows: readonly IkiRow[];
  readonly signature: Signature;
}

export interface FormOptions {
  readonly template: FormTemplate;
}

interface PlanExtras {
  behaviourByNip: Map<string, Plan['behaviour']>;
  attachmentsFor: Map<string, Plan['attachments']>;
  everyone: Plan['attachments'];
}

const extrasCache = new WeakMap<Plan, PlanExtras>();

/** Behaviour and attachment rows by whom they are for, built once per plan: no table scan per employee. */
function extras(plan: Plan): PlanExtras {
  const hit = extrasCache.get(plan);
  if (hit) return hit;
  const made: PlanExtras = {
    behaviourByNip: group(plan.behaviour, (b) => b.nip),
    attachmentsFor: group(plan.attachments, (a) => a.for),
    everyone: plan.attachments.filter((a) => a.for === undefined || a.for === ''),
  };
  extrasCache.set(plan, made);
  return made;
}

function employeeOf(plan: Plan, nip: string): PlanEmployee {
  const employee = indexPlan(plan).employeeByNip.get(nip);
  if (!employee) throw new Error(`no employee ${nip} in the plan`);
  return employee;
}

function rankText(e: PlanEmployee | undefined, empty: string): string {
  if (!e) return empty;
  const parts = [e.rank, e.grade].filter((x): x is string => Boolean(x));
  return parts.length ? parts.join(' / ') : empty;
}

function identityOf(plan: Plan, e: PlanEmployee | undefined, empty: string): string[] {
  if (!e) return [empty, empty, empty, empty, empty];
  const unit = indexPlan(plan).unitByCode.get(e.unit);
  return [e.name, e.nip, rankText(e, empty), e.position, unit?.name ?? e.unit];
}

function header(plan: Plan, template: FormTemplate, periodPattern: string) {
  const { settings } = plan;
  const months = template.common.months;
  const period =
    settings.start && settings.end
      ? fillText(periodPattern, { start: formatPeriodDate(settings.start, months), end: formatPeriodDate(settings.end, months) })
      : fillText(periodPattern, { start: '…', end: '…' });
  return { organization: (settings.organization ?? '(NAMA INSTANSI)').toUpperCase(), period };
}

function signatureOf(plan: Plan, e: PlanEmployee, supervisor: PlanEmployee | undefined, template: FormTemplate): Signature {
  const { settings } = plan;
  const c = template.common;
  const date = settings.date ? formatDate(settings.date, c.months) : fillText(c.dateUnknown, { year: String(settings.year ?? '') });
  return {
    placeDate: `${settings.place ?? c.placeUnknown}, ${date}`,
    employee: { name: e.name, nip: e.nip },
    appraiser: supervisor ? { name: supervisor.name, nip: supervisor.nip } : { name: c.empty, nip: c.empty },
  };
}

/** Objectives of an employee in plan order, Utama before Tambahan. */
function objectivesOf(plan: Plan, nip: string): readonly PlanObjective[] {
  return indexPlan(plan).objectivesByOwner.get(nip) ?? [];
}

function intervenedOf(plan: Plan, objective: PlanObjective): Intervened | undefined {
  const graph = buildGraph(plan);
  const link = graph.intervened(objective);
  if (!link) return undefined;
  const owner = link.objective.owner;
  const ownerEmployee = graph.index.employeeByNip.get(owner);
  const showIndicator = link.kr !== undefined && (graph.ownerKind(owner) === 'unit' || ownerEmployee?.position_type === 'JPT');
  return { code: link.objective.code, rhk: link.objective.objective, ...(showIndicator ? { indicator: link.kr!.key_result } : {}) };
}

export function buildSkp(plan: Plan, nip: string, { template }: FormOptions): SkpModel {
  const index = indexPlan(plan);
  const e = employeeOf(plan, nip);
  const supervisor = e.supervisor ? index.employeeByNip.get(e.supervisor) : undefined;
  const s = template.skp;
  const approach = s.approaches.includes(e.approach) ? e.approach : s.approaches[0]!;
  const jpt = e.position_type === 'JPT';
  const titles = s.title.map((line) => (typeof line === 'string' ? line : 'jpt' in line ? (jpt ? line.jpt : line.other) : line[approach]));
  const empty = template.common.empty;

  const sections = (['Utama', 'Tambahan'] as const).map((kind) => {
    const results = objectivesOf(plan, nip)
      .filter((o) => o.kind === kind)
      .map((o, i): SkpResult => {
        const intervened = intervenedOf(plan, o);
        return {
          no: i + 1,
          code: o.code,
          rhk: o.objective,
          ...(intervened ? { intervened } : {}),
          indicators: (index.krsByObjective.get(o.code) ?? []).map((kr) => ({ code: kr.code, aspect: kr.aspect, text: kr.key_result, target: formatTarget(kr, template) })),
        };
      });
    return { label: s.results.sections[kind], results };
  });

  const x = extras(plan);
  const behaviour = s.behaviour?.values.map((v, i) => ({
    no: i + 1,
    name: v.name,
    guides: v.guides,
    expectations: (x.behaviourByNip.get(nip) ?? []).filter((b) => b.core_value === v.name).map((b) => b.expectation),
  }));

  let attachment: SkpModel['attachment'];
  if (s.attachment) {
    const bands = s.attachment.bands;
    // Plan-wide first, then the units from the top down to the employee's own, then the employee's own items.
    const units = [...buildGraph(plan).unitChain(e.unit).reverse(), e.unit];
    const rows = [...x.everyone, ...units.flatMap((u) => x.attachmentsFor.get(u) ?? []), ...(x.attachmentsFor.get(nip) ?? [])];
    attachment = (Object.keys(bands) as (keyof typeof bands)[]).map((kind) => ({
      label: bands[kind],
      items: [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.text))],
    }));
  }

  return {
    regulation: template.regulation,
    approach,
    titles,
    ...header(plan, template, s.period),
    identity: { employee: identityOf(plan, e, empty), appraiser: identityOf(plan, supervisor, empty) },
    sections,
    ...(behaviour ? { behaviour } : {}),
    ...(attachment ? { attachment } : {}),
    signature: signatureOf(plan, e, supervisor, template),
  };
}

export function buildIki(plan: Plan, nip: string, { template }: FormOptions): IkiModel {
  const index = indexPlan(plan);
  const e = employeeOf(plan, nip);
  const supervisor = e.supervisor ? index.employeeByNip.get(e.supervisor) : undefined;
  const t = template.iki;
  const empty = template.common.empty;
  const ordered = [...objectivesOf(plan, nip).filter((o) => o.kind === 'Utama'), ...objectivesOf(plan, nip).filter((o) => o.kind === 'Tambahan')];
  const rows = ordered.map((o, i): IkiRow => ({
    no: i + 1,
    code: o.code,
    rhk: o.objective,
    indicators: (index.krsByObjective.get(o.code) ?? []).map((kr) => ({
      code: kr.code,
      text: kr.key_result,
      target: formatTarget(kr, template),
      unit: unitOfMeasure(kr, template),
      formula: formulaText(kr, template),
      source: kr.data_source ?? empty,
      period: t.reportingPeriods[kr.reporting_period],
    })),
  }));
  const unit = index.unitByCode.get(e.unit);
  const values = [e.position, unit?.name ?? e.unit, e.name, e.nip];
  return {
    regulation: template.regulation,
    titles: t.title,
    ...header(plan, template, t.period),
    info: t.fields.map((label, i) => ({ label, value: values[i]! })),
    rows,
    signature: signatureOf(plan, e, supervisor, template),
  };
}
