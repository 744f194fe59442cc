/**
 * Test helpers: lint a plan given as YAML text or as workbook sheets (arrays of rows), through the real readers,
 * so every assertion about a finding's place is about what a user would see.
 */
import ExcelJS from 'exceljs';
import { readYaml } from '../../src/io/yaml.js';
import { readXlsx } from '../../src/io/xlsx.js';
import { normalise } from '../../src/io/normalise.js';
import { lint } from '../../src/rules/run.js';
import { resolveConfig } from '../../src/rules/config.js';
import type { Diagnostic } from '../../src/diagnostics/finding.js';
import type { Plan } from '../../src/model/plan.js';
import { formatPlace } from '../../src/io/source.js';

export const AS_OF = '2026-12-03';

export function lintYaml(text: string, configData: unknown = {}, lang: 'id' | 'en' = 'en'): { plan: Plan; diagnostics: Diagnostic[] } {
  const { plan, findings } = normalise([readYaml('plan.yaml', text)]);
  return { plan, diagnostics: lint(plan, findings, { asOf: AS_OF, lang, config: resolveConfig(configData) }) };
}

export type Sheets = Record<string, unknown[][]>;

export async function workbook(sheets: Sheets): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function lintWorkbook(sheets: Sheets, configData: unknown = {}, lang: 'id' | 'en' = 'en'): Promise<{ plan: Plan; diagnostics: Diagnostic[] }> {
  const { plan, findings } = normalise([await readXlsx('plan.xlsx', await workbook(sheets))]);
  return { plan, diagnostics: lint(plan, findings, { asOf: AS_OF, lang, config: resolveConfig(configData) }) };
}

/** The fields that identify a finding, for compact assertions. */
export function brief(d: Diagnostic): { ruleId: string; severity: string; subject?: string; at: string } {
  const at = formatPlace(d);
  return { ruleId: d.ruleId, severity: d.severity, ...(d.subject !== undefined ? { subject: d.subject } : {}), at };
}

export function only(diagnostics: Diagnostic[], ruleId: string) {
  return diagnostics.filter((d) => d.ruleId === ruleId).map(brief);
}

/** A small valid plan as YAML: a head, a supervisor and one staff member, aligned. */
export const BASE_YAML = `settings: { organization: Kementerian Uji, year: 2026 }
units:
  - { code: U1, name: Unit Satu, head: "197203101998031003" }
employees:
  - { nip: "197203101998031003", name: Kepala, position: Kepala Unit, position_type: JPT, unit: U1 }
  - { nip: "198503152010121002", name: Staf, position: Analis, position_type: Fungsional, unit: U1, supervisor: "197203101998031003" }
objectives:
  - code: U1-O1
    owner: "197203101998031003"
    objective: Tersusunnya layanan yang andal
    key_results:
      - { code: U1-O1-KR1, key_result: Jumlah layanan yang dibakukan, target: 10, unit_of_measure: layanan, baseline: 2 }
  - code: S-O1
    owner: "198503152010121002"
    objective: Terbakukannya layanan data
    aligned_to: U1-O1-KR1
    key_results:
      - { code: S-O1-KR1, key_result: Jumlah SOP layanan data yang dibakukan, target: 4, unit_of_measure: SOP, baseline: 1 }
`;

export const BASE_SHEETS: Sheets = {
  Unit: [
    ['Kode Unit', 'Nama Unit', 'Induk', 'NIP Pimpinan'],
    ['U1', 'Unit Satu', null, '197203101998031003'],
  ],
  Pegawai: [
    ['NIP', 'Nama', 'Jabatan', 'Jenis Jabatan', 'Unit', 'NIP Atasan'],
    ['197203101998031003', 'Kepala', 'Kepala Unit', 'JPT', 'U1', null],
    ['198503152010121002', 'Staf', 'Analis', 'Fungsional', 'U1', '197203101998031003'],
  ],
  Objective: [
    ['Kode', 'Pemilik', 'Objective', 'Selaras Dengan'],
    ['U1-O1', '197203101998031003', 'Tersusunnya layanan yang andal', null],
    ['S-O1', '198503152010121002', 'Terbakukannya layanan data', 'U1-O1-KR1'],
  ],
  'Key Result': [
    ['Kode', 'Kode Objective', 'Key Result', 'Baseline', 'Target', 'Satuan'],
    ['U1-O1-KR1', 'U1-O1', 'Jumlah layanan yang dibakukan', 2, 10, 'layanan'],
    ['S-O1-KR1', 'S-O1', 'Jumlah SOP layanan data yang dibakukan', 1, 4, 'SOP'],
  ],
};

/** BASE_SHEETS with some cells replaced: `{ Pegawai: { 3: { 0: 'x' } } }` sets Pegawai row 3 (1-based), column A. */
export function withCells(edits: Record<string, Record<number, Record<number, unknown>>>): Sheets {
  const out: Sheets = structuredClone(BASE_SHEETS);
  for (const [sheet, rows] of Object.entries(edits)) {
    for (const [row, cols] of Object.entries(rows)) {
      const r = (out[sheet]![Number(row) - 1] ??= []);
      for (const [col, value] of Object.entries(cols)) r[Number(col)] = value;
    }
  }
  return out;
}
