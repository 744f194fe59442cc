/**
 * The plan model as zod schemas: one schema gives the TypeScript types (z.output), the runtime normalisation of
 * what people type (z.input is lenient: text or numbers, Indonesian or English spellings), and the published JSON
 * Schema of the YAML format (`okr2skp schema`).
 *
 * Field schemas report their problems as custom issues whose params name the rule (`schema/invalid-value`,
 * `nip/rounded-by-excel`, …); the normaliser turns them into located findings.
 */
import { z } from 'zod';
import {
  type IsoDate,
  type Parsed,
  parseBoolean,
  parseDate,
  parseEnum,
  parseNip,
  parseNumber,
  parseText,
  spellings,
} from './values.js';

export interface IssueParams {
  ruleId: string;
  messageId: string;
  data: Record<string, string | number>;
}

type Ctx = z.core.$RefinementCtx;

function report(ctx: Ctx, params: IssueParams): never {
  ctx.addIssue({ code: 'custom', message: params.messageId, params });
  return z.NEVER as never;
}

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** An optional field: empty cells and absent keys are `undefined`. */
function optional<T>(input: z.ZodType, parse: (raw: unknown) => Parsed<T | undefined>, ruleId = 'schema/invalid-value') {
  return input
    .optional()
    .nullable()
    .transform((raw, ctx): T | undefined => {
      const r = parse(raw);
      if (!r.ok) return report(ctx, { ruleId: r.messageId === 'rounded' ? 'nip/rounded-by-excel' : ruleId, messageId: r.messageId, data: r.data });
      return r.value;
    });
}

/** A required field: JSON Schema marks it required, and an empty value is `schema/missing-field`. */
function required<T>(input: z.ZodType, parse: (raw: unknown) => Parsed<T | undefined>) {
  return input.nullable().transform((raw, ctx): T => {
    const r = parse(raw);
    if (!r.ok) return report(ctx, { ruleId: r.messageId === 'rounded' ? 'nip/rounded-by-excel' : 'schema/invalid-value', messageId: r.messageId, data: r.data });
    if (r.value === undefined) return report(ctx, { ruleId: 'schema/missing-field', messageId: 'missing', data: {} });
    return r.value;
  });
}

const textInput = z.union([z.string(), z.number()]);
const dateInput = z.union([z.string().meta({ examples: ['2026-03-31', '31/03/2026', '31 Maret 2026'] }), z.number()]);
// Numbers are accepted at run time so that a NIP Excel turned into a number is reported as such, but the published
// schema says "string": an editor should flag the bare number before anyone runs okr2skp.
const nipInput = z.union([z.string(), z.number()]).meta({
  type: 'string',
  pattern: '^[0-9 ]+$',
  description: 'NIP (18 digits) as a quoted string: a bare number loses its last digits',
  examples: ['198503152010121002'],
} as Record<string, unknown>);

const text = (description: string) => optional<string>(textInput, parseText).meta({ description });
const requiredText = (description: string) => required<string>(textInput, parseText).meta({ description });
const date = (description: string) => optional<IsoDate>(dateInput, parseDate).meta({ description });
const nip = (description: string) => optional<string>(nipInput, parseNip).meta({ description });
const requiredNip = (description: string) => required<string>(nipInput, parseNip).meta({ description });

/** An enum whose accepted spellings (Indonesian, English, case-insensitive) normalise to the canonical value. */
function choice<T extends string>(table: Record<T, readonly string[]>, description: string) {
  const words = spellings(table);
  const canonical = Object.keys(table) as [T, ...T[]];
  const input = z.union([z.enum(canonical), z.string()]);
  return optional<T>(input, (raw) => {
    const r = parseEnum(raw, words);
    return r.ok ? r : { ...r, data: { ...r.data, accepted: canonical.join(', ') } };
  }).meta({ description: `${description}. One of: ${canonical.join(', ')} (case-insensitive; English spellings accepted)` });
}

export const REGULATIONS = { 'permenpanrb-6-2022': ['6/2022', '6-2022', 'PermenPANRB 6/2022', '6 2022', 'pp6'], 'permenpanrb-8-2021': ['8/2021', '8-2021', 'PermenPANRB 8/2021', '8 2021'] } as const;
export const POSITION_TYPES = {
  JPT: ['Pimpinan Tinggi', 'Jabatan Pimpinan Tinggi', 'JPT Pratama', 'JPT Madya', 'JPT Utama', 'Senior Executive'],
  Administrator: ['Administrator'],
  Pengawas: ['Supervisor', 'Pengawas'],
  Pelaksana: ['Executor', 'Staff', 'Staf', 'Pelaksana'],
  Fungsional: ['Functional', 'JF', 'Jabatan Fungsional'],
} as const;
export const APPROACHES = { kuantitatif: ['quantitative'], kualitatif: ['qualitative'] } as const;
export const OBJECTIVE_KINDS = { Utama: ['main', 'primary', 'core'], Tambahan: ['additional', 'extra', 'secondary'] } as const;
export const ASPECTS = { Kuantitas: ['quantity'], Kualitas: ['quality'], Waktu: ['time'], Biaya: ['cost'] } as const;
export const MEASURES = {
  angka: ['number', 'numeric', 'jumlah', 'nilai'],
  persen: ['percent', 'percentage', 'persentase', '%'],
  'ya/tidak': ['yes/no', 'yesno', 'boolean', 'yatidak', 'ya-tidak'],
  tanggal: ['date'],
} as const;
export const DIRECTIONS = {
  naik: ['up', 'higher', 'increase', 'meningkat', 'higher is better'],
  turun: ['down', 'lower', 'decrease', 'menurun', 'lower is better'],
  tetap: ['keep', 'maintain', 'stable', 'within'],
} as const;
export const REPORTING_PERIODS = {
  bulanan: ['monthly', 'bulan'],
  triwulanan: ['quarterly', 'triwulan', 'tw'],
  semesteran: ['semester', 'semiannual', 'half-yearly'],
  tahunan: ['annual', 'yearly', 'tahun'],
} as const;
export const ATTACHMENT_KINDS = {
  'Dukungan Sumber Daya': ['Resources', 'Resource Support', 'Sumber Daya'],
  'Skema Pertanggungjawaban': ['Accountability', 'Reporting Scheme', 'Accountability Scheme'],
  Konsekuensi: ['Consequences', 'Consequence'],
} as const;
export const RATINGS = {
  'Di Atas Ekspektasi': ['Diatas Ekspektasi', 'Above Expectations', 'Above'],
  'Sesuai Ekspektasi': ['As Expected', 'Meets Expectations', 'Sesuai'],
  'Di Bawah Ekspektasi': ['Dibawah Ekspektasi', 'Below Expectations', 'Below'],
} as const;
/** BerAKHLAK core values (6/2022) and the perilaku aspects of 8/2021. */
export const CORE_VALUES = {
  'Berorientasi Pelayanan': ['Service Oriented', 'Service-Oriented'],
  Akuntabel: ['Accountable'],
  Kompeten: ['Competent'],
  Harmonis: ['Harmonious'],
  Loyal: [],
  Adaptif: ['Adaptive'],
  Kolaboratif: ['Collaborative'],
  'Orientasi Pelayanan': ['Service Orientation'],
  Komitmen: ['Commitment'],
  'Inisiatif Kerja': ['Initiative'],
  Kerjasama: ['Kerja Sama', 'Cooperation', 'Teamwork'],
  Kepemimpinan: ['Leadership'],
} as const;

export const SettingsSchema = z
  .object({
    organization: text('Name of the ministry or agency (Instansi)'),
    year: optional<number>(textInput, (raw) => {
      const r = parseNumber(raw);
      if (r.ok && r.value !== undefined && (!Number.isInteger(r.value) || r.value < 2000 || r.value > 2100)) {
        return { ok: false, messageId: 'notYear', data: { value: String(raw) } };
      }
      return r;
    }).meta({ description: 'Plan year (Tahun), e.g. 2026' }),
    start: date('Period start (Periode Mulai); default 1 January of the year'),
    end: date('Period end (Periode Selesai); default 31 December of the year'),
    regulation: choice(REGULATIONS, 'Which form set the documents follow (Regulasi); default permenpanrb-6-2022'),
    place: text('City printed above the signatures (Tempat)'),
    date: date('Date printed above the signatures (Tanggal)'),
  })
  .meta({ id: 'Settings', description: 'Pengaturan: the period and the regulation the documents follow' });

export const UnitSchema = z
  .object({
    code: requiredText('Unit code (Kode Unit), unique'),
    name: requiredText('Unit name (Nama Unit)'),
    parent: text('Code of the parent unit (Induk); empty at the top'),
    head: nip('NIP of the unit head (NIP Pimpinan)'),
  })
  .meta({ id: 'Unit', description: 'Unit kerja' });

export const EmployeeSchema = z
  .object({
    nip: requiredNip('NIP, 18 digits, as text'),
    name: requiredText('Name with academic titles as written (Nama)'),
    rank: text('Pangkat, e.g. "Penata Tingkat I"'),
    grade: text('Golongan, e.g. "III/d" (PNS) or "IX" (PPPK)'),
    position: requiredText('Jabatan, e.g. "Analis SDM Aparatur Ahli Muda"'),
    position_type: choice(POSITION_TYPES, 'Jenis Jabatan').transform((v, ctx) =>
      v === undefined ? report(ctx, { ruleId: 'schema/missing-field', messageId: 'missing', data: {} }) : v,
    ),
    unit: requiredText('Unit code (Unit)'),
    supervisor: nip('NIP of the direct supervisor (NIP Atasan), the pejabat penilai kinerja'),
    approach: choice(APPROACHES, 'SKP layout under 6/2022 (Pendekatan); default kuantitatif').transform((v) => v ?? 'kuantitatif'),
  })
  .meta({ id: 'Employee', description: 'Pegawai: a civil servant' });

const ownerInput = z.union([z.string(), z.number()]);
/** An owner is a unit code or a NIP; a number there is a NIP that Excel rounded. */
function parseOwner(raw: unknown): Parsed<string | undefined> {
  if (typeof raw === 'number' && raw > 1e14) return parseNip(raw);
  return parseText(raw);
}

const ObjectiveFields = {
  code: requiredText('Objective code (Kode), unique, e.g. BSDM-O1'),
  owner: required<string>(ownerInput, parseOwner).meta({ description: 'A unit code or an employee NIP (Pemilik)' }),
  objective: requiredText('The qualitative goal; for an employee it becomes a Rencana Hasil Kerja'),
  aligned_to: text('Code of the key result (or objective) of the level above (Selaras Dengan)'),
  kind: choice(OBJECTIVE_KINDS, 'Utama (default) or Tambahan').transform((v) => v ?? 'Utama'),
};
export const ObjectiveSchema = z.object(ObjectiveFields).meta({ id: 'Objective', description: 'Objective' });

const targetInput = z.union([z.string(), z.number(), z.boolean()]);
const KeyResultFields = {
  code: requiredText('Key result code (Kode), unique, e.g. BSDM-O1-KR1'),
  objective: requiredText('Code of the objective (Kode Objective)'),
  key_result: requiredText('The indicator text: it becomes an Indikator Kinerja Individu'),
  aspect: choice(ASPECTS, 'ASPEK on the SKP; default Kuantitas').transform((v) => v ?? 'Kuantitas'),
  measure: choice(MEASURES, 'Jenis Ukuran; default angka').transform((v) => v ?? 'angka'),
  baseline: optional<string | number | boolean>(targetInput, (raw) => ({ ok: true, value: raw === null || raw === '' ? undefined : (raw as string | number | boolean | undefined) })).meta({ description: 'Starting value: a number (or a date for tanggal)' }),
  target: optional<string | number | boolean>(targetInput, (raw) => ({ ok: true, value: raw === null || raw === '' ? undefined : (raw as string | number | boolean | undefined) })).meta({ description: 'Target: a number, a percent, ya, or a date' }),
  unit_of_measure: text('Satuan, e.g. dokumen, laporan, %, hari; required for angka'),
  direction: choice(DIRECTIONS, 'Arah; default naik (higher is better)').transform((v) => v ?? 'naik'),
  due: date('Tenggat; default end of the period'),
  aligned_to: text('A key result of the level above this KR contributes to directly (Selaras Dengan)'),
  weight: optional<number>(textInput, (raw) => {
    const r = parseNumber(raw);
    return r.ok && r.value !== undefined && r.value < 0 ? { ok: false, messageId: 'negative', data: { value: String(raw) } } : r;
  })
    .transform((v) => v ?? 1)
    .meta({ description: 'Relative weight for workload and scoring (Bobot); default 1' }),
  formula: text('Penjelasan/Formulasi Perhitungan for the IKI form; derived from the measure when empty'),
  data_source: text('Sumber Data for the IKI form'),
  reporting_period: choice(REPORTING_PERIODS, 'Periode Pelaporan; default triwulanan').transform((v) => v ?? 'triwulanan'),
};

/** Target and baseline take their type from the measure; this runs once all the fields are read. */
function typeTargets<T extends { measure: string; target: unknown; baseline: unknown }>(kr: T, ctx: Ctx) {
  const out = { ...kr } as T & { target: number | boolean | IsoDate | undefined; baseline: number | IsoDate | undefined };
  for (const key of ['target', 'baseline'] as const) {
    const raw = kr[key];
    let r: Parsed<number | boolean | IsoDate | undefined>;
    switch (kr.measure) {
      case 'ya/tidak':
        r = key === 'target' ? parseBoolean(raw) : parseBooleanAsNumber(raw);
        break;
      case 'tanggal':
        r = parseDate(raw);
        break;
      case 'persen':
        r = parseNumber(raw, { percent: true });
        break;
      default:
        r = parseNumber(raw);
    }
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', path: [key], message: r.messageId, params: { ruleId: 'schema/invalid-value', messageId: r.messageId, data: { ...r.data, measure: kr.measure } } });
      out[key] = undefined as never;
    } else {
      out[key] = r.value as never;
    }
  }
  return out;
}

function parseBooleanAsNumber(raw: unknown): Parsed<number | undefined> {
  const r = parseBoolean(raw);
  return r.ok ? { ok: true, value: r.value === undefined ? undefined : r.value ? 1 : 0 } : r;
}

export const KeyResultSchema = z.object(KeyResultFields).transform(typeTargets).meta({ id: 'KeyResult', description: 'Key result: an Indikator Kinerja Individu with its target' });

export const CheckInSchema = z
  .object({
    kr: requiredText('Code of the key result (Kode KR)'),
    period: requiredText('2026-W07 (week), 2026-03 (month), 2026-Q1 (quarter), or a date'),
    value: required<number | boolean | IsoDate>(targetInput, parseMeasuredValue).meta({ description: 'Measured value: a number, a percent, ya/tidak, or a date' }),
    note: text('Catatan'),
    evidence: text('Bukti: a link or document reference'),
  })
  .meta({ id: 'CheckIn', description: 'Realisasi: a measured value of a key result' });

/** A check-in value before its KR is known: numbers, then booleans, then dates. */
export function parseMeasuredValue(raw: unknown): Parsed<number | boolean | IsoDate | undefined> {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  const n = parseNumber(raw);
  if (n.ok) return n;
  if (n.messageId === 'ambiguousNumber') return n;
  const b = parseBoolean(raw);
  if (b.ok) return b;
  const d = parseDate(raw);
  if (d.ok) return d;
  return { ok: false, messageId: 'notMeasured', data: { value: String(raw) } };
}

export const BehaviourSchema = z
  .object({
    nip: requiredNip('The employee'),
    core_value: choice(CORE_VALUES, 'A BerAKHLAK core value (6/2022) or an 8/2021 perilaku aspect').transform((v, ctx) =>
      v === undefined ? report(ctx, { ruleId: 'schema/missing-field', messageId: 'missing', data: {} }) : v,
    ),
    expectation: requiredText('Ekspektasi Khusus Pimpinan'),
  })
  .meta({ id: 'Behaviour', description: "Perilaku: a supervisor's specific expectation on a core value" });

export const AttachmentSchema = z
  .object({
    for: optional<string>(ownerInput, parseOwner).meta({ description: 'An employee NIP, a unit code (all its employees), or empty (everyone)' }),
    kind: choice(ATTACHMENT_KINDS, 'Band of the LAMPIRAN SKP').transform((v, ctx) =>
      v === undefined ? report(ctx, { ruleId: 'schema/missing-field', messageId: 'missing', data: {} }) : v,
    ),
    text: requiredText('One item (Uraian)'),
  })
  .meta({ id: 'Attachment', description: 'Lampiran: resources, reporting scheme, consequences' });

export const RatingSchema = z
  .object({
    nip: requiredNip('The employee'),
    period: requiredText('2026-Q1…2026-Q4, a month 2026-03, or 2026 (annual)'),
    result_rating: choice(RATINGS, "Rating Hasil Kerja: the pejabat penilai's decision; empty = use the proposal"),
    behaviour_rating: choice(RATINGS, 'Rating Perilaku Kerja; default Sesuai Ekspektasi').transform((v) => v ?? 'Sesuai Ekspektasi'),
    feedback: text('Umpan Balik for the period'),
  })
  .meta({ id: 'Rating', description: "Penilaian: the supervisor's ratings and feedback for a period" });

export const ENTITY_SCHEMAS = {
  units: UnitSchema,
  employees: EmployeeSchema,
  objectives: ObjectiveSchema,
  key_results: KeyResultSchema,
  check_ins: CheckInSchema,
  behaviour: BehaviourSchema,
  attachments: AttachmentSchema,
  ratings: RatingSchema,
} as const;

/** One YAML file: any part of the plan; objectives may nest their key results. */
export const PlanFileSchema = z
  .object({
    $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors' }),
    settings: SettingsSchema.optional(),
    units: z.array(UnitSchema).optional(),
    employees: z.array(EmployeeSchema).optional(),
    objectives: z
      .array(
        z.object({ ...ObjectiveFields, key_results: z.array(z.object(KeyResultFields).omit({ objective: true })).optional().meta({ description: "The objective's key results" }) }).meta({ id: 'ObjectiveWithKeyResults' }),
      )
      .optional(),
    key_results: z.array(KeyResultSchema).optional(),
    check_ins: z.array(CheckInSchema).optional(),
    behaviour: z.array(BehaviourSchema).optional(),
    attachments: z.array(AttachmentSchema).optional(),
    ratings: z.array(RatingSchema).optional(),
  })
  .meta({ title: 'okr2skp plan', description: 'An OKR plan (or part of one) that okr2skp turns into SKP and IKI documents' });

export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PlanFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export type Settings = z.output<typeof SettingsSchema>;
export type Unit = z.output<typeof UnitSchema>;
export type Employee = z.output<typeof EmployeeSchema>;
export type Objective = z.output<typeof ObjectiveSchema>;
export type KeyResult = z.output<typeof KeyResultSchema>;
export type CheckIn = z.output<typeof CheckInSchema>;
export type Behaviour = z.output<typeof BehaviourSchema>;
export type Attachment = z.output<typeof AttachmentSchema>;
export type Rating = z.output<typeof RatingSchema>;
export type PositionType = keyof typeof POSITION_TYPES;
export type Measure = keyof typeof MEASURES;
export type Direction = keyof typeof DIRECTIONS;
export type Aspect = keyof typeof ASPECTS;
export type Regulation = keyof typeof REGULATIONS;
