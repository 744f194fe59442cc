/**
 * Raw records from any number of files → one validated plan. Values are parsed by the zod schemas; every issue
 * becomes a finding at the cell or line of the value; codes defined twice are reported naming both places.
 */
import type { z } from 'zod';
import { SETTINGS_SPEC, TABLE_SPECS, TABLES, type TableName } from '../model/format.js';
import type { Located, Plan, Rejected, ResolvedSettings } from '../model/plan.js';
import { ENTITY_SCHEMAS, SettingsSchema, type IssueParams } from '../model/schema.js';
import type { Finding } from '../diagnostics/finding.js';
import type { EntityLoc, SourceRef } from './source.js';
import { formatRef } from './source.js';
import { formatRoundedNumber } from '../model/values.js';
import type { RawDocument, RawRecord } from './raw.js';

const IDENTITY: Partial<Record<TableName, { key: string; namespace: string }>> = {
  units: { key: 'code', namespace: 'unit' },
  employees: { key: 'nip', namespace: 'nip' },
  objectives: { key: 'code', namespace: 'result' },
  key_results: { key: 'code', namespace: 'result' },
};

const SUBJECT_KEY: Record<TableName, string> = {
  units: 'code',
  employees: 'nip',
  objectives: 'code',
  key_results: 'code',
  check_ins: 'kr',
  behaviour: 'nip',
  attachments: 'for',
  ratings: 'nip',
};

export interface NormaliseResult {
  plan: Plan;
  findings: Finding[];
}

export function normalise(docs: readonly RawDocument[]): NormaliseResult {
  const findings: Finding[] = docs.flatMap((d) => d.findings);
  const rejected: Rejected[] = [];
  const { settings, settingsLoc } = normaliseSettings(docs, findings);

  // Parse everything first, then keep the first definition of each code in reading order (file, then place), so
  // "defined twice" always points at the later one whichever tables the two sit in. Rows of different sheets share
  // row numbers, so a workbook keeps the order it was read in.
  const parsed: { table: TableName; entity: Located<object>; order: [number, number, number] }[] = [];
  docs.forEach((doc, docIndex) => {
    for (const table of TABLES) {
      for (const record of doc.tables[table]) {
        const subject = subjectOf(record, SUBJECT_KEY[table]);
        const result = ENTITY_SCHEMAS[table].safeParse(inputOf(record));
        if (!result.success) {
          for (const issue of result.error.issues) {
            const finding = issueFinding(issue, record, doc, table, subject);
            if (!(finding as { absentColumn?: boolean }).absentColumn) findings.push(finding);
          }
          const identity = IDENTITY[table];
          const parent = table === 'key_results' ? subjectOf(record, 'objective') : table === 'objectives' ? subjectOf(record, 'owner') : undefined;
          rejected.push({ table, key: identity ? subjectOf(record, identity.key) : undefined, ...(parent ? { parent } : {}), at: record.at });
          continue;
        }
        const entity = { ...(result.data as object), loc: locOf(record) } as Located<object>;
        reportSpacedNips(table, record, entity, findings);
        // YAML: document order is line order. Workbooks: table by table, row by row, as they were read.
        const order: [number, number, number] = doc.kind === 'yaml' ? [docIndex, record.at.line ?? 0, record.at.column ?? 0] : [docIndex, parsed.length, 0];
        parsed.push({ table, entity, order });
      }
    }
  });
  const duplicates = new Set<Located<object>>();
  const seen = new Map<string, SourceRef>();
  const byPlace = parsed.filter((p) => IDENTITY[p.table]).sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]);
  for (const { table, entity } of byPlace) {
    const identity = IDENTITY[table]!;
    const key = (entity as Record<string, unknown>)[identity.key] as string;
    const nsKey = `${identity.namespace}\u0000${key}`;
    const keyAt = entity.loc.fields[identity.key] ?? entity.loc.at;
    const first = seen.get(nsKey);
    if (first) {
      findings.push({ ruleId: 'ref/duplicate-code', messageId: 'duplicate', data: { code: key, other: formatRef(first) }, at: keyAt, subject: key });
      duplicates.add(entity);
    } else {
      seen.set(nsKey, keyAt);
    }
  }
  const tables = Object.fromEntries(TABLES.map((t) => [t, [] as Located<object>[]])) as Record<TableName, Located<object>[]>;
  for (const { table, entity } of parsed) if (!duplicates.has(entity)) tables[table].push(entity);
  const plan = { files: docs.map((d) => d.file), settings, settingsLoc, ...tables, rejected } as unknown as Plan;
  return { plan, findings };
}

function normaliseSettings(docs: readonly RawDocument[], findings: Finding[]): { settings: ResolvedSettings; settingsLoc: EntityLoc } {
  const merged: Record<string, unknown> = Object.create(null);
  const fields: Record<string, SourceRef> = {};
  let at: SourceRef = { file: docs[0]?.file ?? '' };
  let first = true;
  for (const doc of docs) {
    if (!doc.settings) continue;
    if (first) at = doc.settings.at;
    first = false;
    for (const [key, field] of Object.entries(doc.settings.fields)) {
      if (field.value === null || field.value === undefined || field.value === '') continue;
      if (key in merged) {
        if (String(merged[key]) !== String(field.value)) {
          findings.push({ ruleId: 'ref/duplicate-code', messageId: 'setting', data: { code: labelOf(doc, 'settings', key), other: formatRef(fields[key]!) }, at: field.at, subject: key });
        }
        continue;
      }
      merged[key] = field.value;
      fields[key] = field.at;
    }
  }
  const parsed = SettingsSchema.safeParse(merged);
  let out: z.output<typeof SettingsSchema> = { organization: undefined, year: undefined, start: undefined, end: undefined, regulation: undefined, place: undefined, date: undefined };
  if (parsed.success) {
    out = parsed.data;
  } else {
    const record: RawRecord = { at, fields: Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { value: merged[k] as string, at: v }])) };
    const docOf = (key: string) => docs.find((d) => d.file === fields[key]?.file) ?? docs[0]!;
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      findings.push(issueFinding(issue, record, docOf(key), 'settings', key));
    }
    // Keep what did parse: a bad date must not also lose the organisation name.
    for (const key of Object.keys(merged)) {
      const one = SettingsSchema.shape[key as keyof typeof SettingsSchema.shape]?.safeParse(merged[key]);
      if (one?.success) (out as Record<string, unknown>)[key] = one.data;
    }
  }
  const year = out.year ?? yearOf(out.start) ?? yearOf(out.end);
  const settings: ResolvedSettings = {
    ...out,
    year,
    regulation: out.regulation ?? 'permenpanrb-6-2022',
    start: out.start ?? (year ? `${year}-01-01` : undefined),
    end: out.end ?? (year ? `${year}-12-31` : undefined),
  };
  return { settings, settingsLoc: { at, fields, labels: {} } };
}

const NIP_FIELDS: Partial<Record<TableName, readonly string[]>> = {
  units: ['head'],
  employees: ['nip', 'supervisor'],
  objectives: ['owner'],
  behaviour: ['nip'],
  attachments: ['for'],
  ratings: ['nip'],
};

function reportSpacedNips(table: TableName, record: RawRecord, entity: Located<object>, findings: Finding[]): void {
  const subject = (entity as Record<string, unknown>)[SUBJECT_KEY[table]] as string | undefined;
  for (const key of NIP_FIELDS[table] ?? []) {
    const raw = record.fields[key]?.value;
    if (typeof raw !== 'string' || !/^\d[\d\s\u00a0]*\d$/.test(raw.trim()) || !/\s/.test(raw.trim())) continue;
    const nip = String((entity as Record<string, unknown>)[key]);
    findings.push({ ruleId: 'nip/spaces', messageId: 'spaces', data: { field: record.fields[key]!.label ?? key, value: raw.trim(), nip }, at: record.fields[key]!.at, subject: subject ?? nip });
  }
}

function yearOf(date: string | undefined): number | undefined {
  return date ? Number(date.slice(0, 4)) : undefined;
}

function inputOf(record: RawRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(record.fields)) out[key] = field.value;
  return out;
}

function locOf(record: RawRecord): EntityLoc {
  const fields: Record<string, SourceRef> = {};
  const labels: Record<string, string> = {};
  for (const [key, field] of Object.entries(record.fields)) {
    fields[key] = field.at;
    if (field.label) labels[key] = field.label;
  }
  return { at: record.at, fields, labels };
}

function subjectOf(record: RawRecord, key: string): string | undefined {
  const v = record.fields[key]?.value;
  if (v === null || v === undefined || typeof v === 'object') return undefined;
  if (typeof v === 'number' && v > 1e14) return formatRoundedNumber(v);
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

/** The name of a field as the user wrote it: the header in their sheet, or the YAML key. */
function labelOf(doc: RawDocument, table: TableName | 'settings', key: string, record?: RawRecord): string {
  const label = record?.fields[key]?.label;
  if (label) return label;
  if (doc.kind === 'yaml') return key;
  const spec = table === 'settings' ? SETTINGS_SPEC : TABLE_SPECS[table];
  return spec.fields.find((f) => f.key === key)?.headers[0] ?? key;
}

function issueFinding(issue: z.core.$ZodIssue, record: RawRecord, doc: RawDocument, table: TableName | 'settings', subject: string | undefined): Finding {
  const key = String(issue.path[0] ?? '');
  const field = record.fields[key];
  const at = field?.at ?? record.at;
  const label = labelOf(doc, table, key, record);
  const params = (issue as { params?: IssueParams }).params;
  if (issue.code === 'custom' && params?.ruleId) {
    const messageId = params.messageId === 'rounded' && doc.kind === 'yaml' ? 'roundedYaml' : params.messageId;
    return { ruleId: params.ruleId, messageId, data: { ...params.data, field: label }, at, subject };
  }
  const raw = field?.value;
  if (!field && doc.kind === 'xlsx' && table !== 'settings') {
    // The sheet has no such column at all: the reader reported it once for the sheet, not once per row.
    return { ruleId: 'schema/missing-field', messageId: 'missing', data: { field: label }, at, subject, absentColumn: true } as Finding;
  }
  if (raw === undefined || raw === null || raw === '') {
    return { ruleId: 'schema/missing-field', messageId: 'missing', data: { field: label }, at, subject };
  }
  const expected = 'expected' in issue ? String(issue.expected) : 'text';
  return { ruleId: 'schema/invalid-value', messageId: 'wrongType', data: { field: label, value: typeof raw === 'object' ? JSON.stringify(raw).slice(0, 40) : String(raw), expected }, at, subject };
}
