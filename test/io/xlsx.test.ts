import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/io/xlsx.js';
import { normalise } from '../../src/io/normalise.js';
import { OkrError } from '../../src/errors.js';
import type { Finding } from '../../src/diagnostics/finding.js';
import { workbookBuffer, type CellInput, type SheetInput } from '../helpers/workbook.js';

const FILE = 'data/okr-biro.xlsx';
const NIP_HEAD = '197203101998031003';
const NIP_STAFF = '198503152010121002';

async function load(sheets: SheetInput[]) {
  const doc = await readXlsx(FILE, await workbookBuffer(sheets));
  return { doc, ...normalise([doc]) };
}

/** The essentials of a finding, for readable assertions. */
function brief(f: Finding) {
  return { ruleId: f.ruleId, messageId: f.messageId, sheet: f.at.sheet, cell: f.at.cell };
}

const EMPLOYEE_HEADERS = ['NIP', 'Nama', 'Jabatan', 'Jenis Jabatan', 'Unit', 'NIP Atasan'];
const employee = (nip: CellInput, name: string, supervisor?: string): CellInput[] => [nip, name, 'Analis SDM Aparatur Ahli Muda', 'Fungsional', 'BSDM', supervisor];
const KR_HEADERS = ['Kode', 'Kode Objective', 'Key Result', 'Jenis Ukuran', 'Baseline', 'Target', 'Satuan', 'Tenggat'];

describe('readXlsx: sheets and headers', () => {
  it('skips title rows above the header and locates every value at its cell', async () => {
    const { plan, findings } = await load([
      {
        name: 'Pegawai',
        rows: [['DAFTAR PEGAWAI BIRO SDM TAHUN 2026'], [], EMPLOYEE_HEADERS, employee(NIP_HEAD, 'Bambang Sutrisno, S.E., M.M.'), employee(NIP_STAFF, 'Andi Pratama, S.Kom.', NIP_HEAD)],
      },
    ]);
    expect(findings).toEqual([]);
    expect(plan.employees.map((e) => e.nip)).toEqual([NIP_HEAD, NIP_STAFF]);
    const andi = plan.employees[1]!;
    expect(andi.supervisor).toBe(NIP_HEAD);
    expect(andi.loc.at).toMatchObject({ file: FILE, sheet: 'Pegawai', cell: 'A5', line: 5, column: 1 });
    expect(andi.loc.fields.supervisor).toMatchObject({ sheet: 'Pegawai', cell: 'F5' });
    expect(andi.loc.labels.position_type).toBe('Jenis Jabatan');
  });

  it('reads English sheet names and headers in any order and spelling', async () => {
    const { plan, findings } = await load([
      { name: 'units', rows: [['Unit_Name', 'unit code', 'PARENT'], ['Biro Sumber Daya Manusia', 'BSDM', 'DAA']] },
      { name: 'Employees', rows: [['Name', 'N.I.P.', 'Position', 'Position Type', 'Unit', 'Supervisor NIP'], ['Andi Pratama', NIP_STAFF, 'Analis', 'Fungsional', 'BSDM', NIP_HEAD]] },
    ]);
    expect(findings).toEqual([]);
    expect(plan.units[0]).toMatchObject({ code: 'BSDM', name: 'Biro Sumber Daya Manusia', parent: 'DAA' });
    expect(plan.units[0]!.loc.labels.code).toBe('unit code');
    expect(plan.employees[0]).toMatchObject({ nip: NIP_STAFF, name: 'Andi Pratama', position_type: 'Fungsional' });
    expect(plan.employees[0]!.loc.fields.nip).toMatchObject({ sheet: 'Employees', cell: 'B2' });
  });

  it('reports an unknown column at its header cell with the closest known header', async () => {
    const { findings, plan } = await load([
      { name: 'Pegawai', rows: [[...EMPLOYEE_HEADERS, 'Jabtan', 'Hobi'], [...employee(NIP_STAFF, 'Andi', NIP_HEAD), 'x', 'catur']] },
    ]);
    expect(plan.employees).toHaveLength(1);
    expect(findings.map(brief)).toEqual([
      { ruleId: 'schema/unknown-column', messageId: 'unknownColumnSuggest', sheet: 'Pegawai', cell: 'G1' },
      { ruleId: 'schema/unknown-column', messageId: 'unknownColumn', sheet: 'Pegawai', cell: 'H1' },
    ]);
    expect(findings[0]!.data).toEqual({ key: 'Jabtan', suggestion: 'Jabatan' });
    expect(findings[1]!.data).toEqual({ key: 'Hobi', suggestion: '' });
  });

  it('reports a missing required column once for the sheet, not once per row', async () => {
    const { findings } = await load([
      {
        name: 'Key Result',
        rows: [['KEY RESULT 2026'], ['Kode', 'Kode Objective', 'Key Result', 'Satuan'], ['BSDM-O1-KR1', 'BSDM-O1', 'Jumlah dokumen', 'dokumen'], ['BSDM-O1-KR2', 'BSDM-O1', 'Jumlah laporan', 'laporan']],
      },
    ]);
    expect(findings.map(brief)).toEqual([{ ruleId: 'schema/missing-field', messageId: 'noColumn', sheet: 'Key Result', cell: 'A2' }]);
    expect(findings[0]!.data).toEqual({ field: 'Target', sheet: 'Key Result' });
  });

  it('reports every required column of a filled sheet that has no header row', async () => {
    const { findings } = await load([
      { name: 'Pegawai', rows: [EMPLOYEE_HEADERS, employee(NIP_STAFF, 'Andi', NIP_HEAD)] },
      { name: 'Unit', rows: [[], ['catatan saja']] },
    ]);
    expect(findings.map((f) => [f.messageId, f.at.cell, f.data.field])).toEqual([
      ['noColumn', 'A2', 'Kode Unit'],
      ['noColumn', 'A2', 'Nama Unit'],
    ]);
  });

  it('skips fully empty rows, including rows whose only content is outside the known columns', async () => {
    const { plan, findings } = await load([
      {
        name: 'Pegawai',
        rows: [EMPLOYEE_HEADERS, employee(NIP_HEAD, 'Bambang'), [], ['', '  ', null], [undefined, undefined, undefined, undefined, undefined, undefined], employee(NIP_STAFF, 'Andi', NIP_HEAD)],
      },
    ]);
    expect(findings).toEqual([]);
    expect(plan.employees.map((e) => e.loc.at.cell)).toEqual(['A2', 'A6']);
  });

  it('reads a required cell left empty as a missing value at that cell', async () => {
    const { findings } = await load([{ name: 'Pegawai', rows: [EMPLOYEE_HEADERS, [NIP_STAFF, '', 'Analis', 'Fungsional', 'BSDM', NIP_HEAD]] }]);
    expect(findings.map(brief)).toEqual([{ ruleId: 'schema/missing-field', messageId: 'missing', sheet: 'Pegawai', cell: 'B2' }]);
    expect(findings[0]!.data.field).toBe('Nama');
  });

  it('treats a __proto__ header as an unknown column and pollutes nothing', async () => {
    const { doc, findings, plan } = await load([
      { name: 'Pegawai', rows: [[...EMPLOYEE_HEADERS, '__proto__', 'constructor'], [...employee(NIP_STAFF, 'Andi', NIP_HEAD), '{"polluted":1}', 'x']] },
    ]);
    expect(findings.map((f) => [f.messageId, f.at.cell, f.data.key])).toEqual([
      ['unknownColumn', 'G1', '__proto__'],
      ['unknownColumn', 'H1', 'constructor'],
    ]);
    expect(plan.employees).toHaveLength(1);
    expect(Object.getPrototypeOf(doc.tables.employees[0]!.fields)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a field given twice from its first column and reports the second', async () => {
    const { plan, findings } = await load([{ name: 'Pegawai', rows: [[...EMPLOYEE_HEADERS, 'Name'], [...employee(NIP_STAFF, 'Andi', NIP_HEAD), 'Budi']] }]);
    expect(plan.employees[0]!.name).toBe('Andi');
    expect(findings.map(brief)).toEqual([{ ruleId: 'schema/duplicate-key', messageId: 'duplicateCell', sheet: 'Pegawai', cell: 'G1' }]);
    expect(findings[0]!.data).toEqual({ key: 'Name', cell: 'B1' });
  });

  it('locates the value of a merged cell at its master cell', async () => {
    const { plan } = await load([
      {
        name: 'Pegawai',
        rows: [EMPLOYEE_HEADERS, employee(NIP_HEAD, 'Bambang'), employee('199001012015032003', 'Siti', NIP_HEAD), [NIP_STAFF, 'Andi', 'Analis', 'Fungsional']],
        merges: ['E3:E4', 'F3:F4'],
      },
    ]);
    const andi = plan.employees[2]!;
    expect(andi.unit).toBe('BSDM');
    expect(andi.supervisor).toBe(NIP_HEAD);
    expect(andi.loc.fields.unit).toMatchObject({ cell: 'E3' });
  });
});

describe('readXlsx: unknown and missing sheets', () => {
  it('reports an unknown sheet with the closest known sheet name', async () => {
    const { findings } = await load([
      { name: 'Pegawai', rows: [EMPLOYEE_HEADERS, employee(NIP_STAFF, 'Andi', NIP_HEAD)] },
      { name: 'Realisai', rows: [['Kode KR', 'Periode', 'Nilai'], ['X', '2026-Q1', 1]] },
      { name: 'Catatan Rapat', rows: [['apa saja']] },
    ]);
    expect(findings).toEqual([
      { ruleId: 'schema/unknown-column', messageId: 'unknownSheetSuggest', data: { key: 'Realisai', suggestion: 'Realisasi' }, at: { file: FILE, sheet: 'Realisai' } },
      { ruleId: 'schema/unknown-column', messageId: 'unknownSheet', data: { key: 'Catatan Rapat', suggestion: '' }, at: { file: FILE, sheet: 'Catatan Rapat' } },
    ]);
  });

  it('refuses a workbook without any known sheet, naming its sheets and the closest known name', async () => {
    const data = await workbookBuffer([
      { name: 'Sheet1', rows: [['a']] },
      { name: 'Pegawi', rows: [['NIP']] },
    ]);
    const error = await readXlsx(FILE, data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OkrError);
    expect((error as OkrError).code).toBe('workbook-no-known-sheet');
    expect((error as OkrError).data).toEqual({ file: FILE, sheets: 'Sheet1, Pegawi', suggestion: 'Pegawai' });
  });
});

describe('readXlsx: values', () => {
  const kr = (code: string, measure: string, baseline: CellInput, target: CellInput, due?: CellInput): CellInput[] => [code, 'BSDM-O1', `Indikator ${code}`, measure, baseline, target, measure === 'angka' ? 'dokumen' : '%', due];

  it('reads decimal commas, percent targets and numbers as typed', async () => {
    const { plan, findings } = await load([
      { name: 'KeyResults', rows: [KR_HEADERS, kr('KR1', 'angka', '85,5', '1.250.000'), kr('KR2', 'persen', 60, '95%'), kr('KR3', 'angka', 0.78, '0,85')] },
    ]);
    expect(findings).toEqual([]);
    expect(plan.key_results.map((k) => [k.code, k.baseline, k.target])).toEqual([
      ['KR1', 85.5, 1250000],
      ['KR2', 60, 95],
      ['KR3', 0.78, 0.85],
    ]);
  });

  it('reads dates from date cells and from the typed spellings', async () => {
    const { plan, findings } = await load([
      {
        name: 'Key Result',
        rows: [
          KR_HEADERS,
          kr('KR1', 'angka', 1, 2, new Date(Date.UTC(2026, 2, 31))),
          kr('KR2', 'angka', 1, 2, '2026-03-31'),
          kr('KR3', 'angka', 1, 2, '31/03/2026'),
          kr('KR4', 'angka', 1, 2, '31-03-2026'),
          kr('KR5', 'angka', 1, 2, '31 Maret 2026'),
          kr('KR6', 'tanggal', new Date(Date.UTC(2025, 11, 1)), new Date(Date.UTC(2026, 5, 30))),
        ],
      },
    ]);
    expect(findings).toEqual([]);
    expect(plan.key_results.slice(0, 5).map((k) => k.due)).toEqual(Array(5).fill('2026-03-31'));
    expect(plan.key_results[5]).toMatchObject({ baseline: '2025-12-01', target: '2026-06-30' });
  });

  it('reads boolean cells as booleans', async () => {
    const { doc, plan, findings } = await load([{ name: 'Key Result', rows: [KR_HEADERS, kr('KR1', 'ya/tidak', false, true), kr('KR2', 'ya/tidak', 'tidak', 'ya')] }]);
    expect(findings).toEqual([]);
    expect(doc.tables.key_results[0]!.fields.target!.value).toBe(true);
    expect(plan.key_results.map((k) => [k.baseline, k.target])).toEqual([
      [0, true],
      [0, true],
    ]);
  });

  it('uses the saved result of formulas, shared formulas included', async () => {
    const { plan, findings } = await load([
      {
        name: 'Key Result',
        rows: [
          KR_HEADERS,
          kr('KR1', 'angka', { formula: '10*4', result: 40 }, { formula: 'E2+5', result: 45, shareType: 'shared', ref: 'F2:F3' } as CellInput, { formula: 'DATE(2026,3,31)', result: new Date(Date.UTC(2026, 2, 31)) }),
          kr('KR2', 'angka', 12, { sharedFormula: 'F2', result: 17 }),
          kr('KR3', 'angka', 1, { formula: 'CONCAT("1","0")', result: '10' }),
        ],
      },
    ]);
    expect(findings).toEqual([]);
    expect(plan.key_results.map((k) => [k.baseline, k.target, k.due])).toEqual([
      [40, 45, '2026-03-31'],
      [12, 17, undefined],
      [1, 10, undefined],
    ]);
  });

  it('reports a formula error and an error cell at the cell, and reads no value from them', async () => {
    const { doc, findings } = await load([
      { name: 'Key Result', rows: [KR_HEADERS, kr('KR1', 'angka', { formula: 'A1/0', result: { error: '#DIV/0!' } }, 10), kr('KR2', 'angka', 1, { error: '#REF!' })] },
    ]);
    const formula = findings.filter((f) => f.messageId === 'formulaError');
    expect(formula.map(brief)).toEqual([
      { ruleId: 'schema/invalid-value', messageId: 'formulaError', sheet: 'Key Result', cell: 'E2' },
      { ruleId: 'schema/invalid-value', messageId: 'formulaError', sheet: 'Key Result', cell: 'F3' },
    ]);
    expect(formula.map((f) => f.data)).toEqual([
      { field: 'Baseline', value: '#DIV/0!' },
      { field: 'Target', value: '#REF!' },
    ]);
    expect(doc.tables.key_results[0]!.fields.baseline!.value).toBeNull();
  });

  it('reports a formula saved without a result', async () => {
    const { findings } = await load([{ name: 'Key Result', rows: [KR_HEADERS, kr('KR1', 'angka', 1, { formula: 'SUM(E1:E9)' } as CellInput)] }]);
    expect(findings.filter((f) => f.messageId === 'formulaNoResult').map((f) => [f.at.cell, f.data.field])).toEqual([['F2', 'Target']]);
  });

  it('reads rich text and hyperlinks as their text', async () => {
    const { plan, findings } = await load([
      {
        name: 'Realisasi',
        rows: [
          ['Kode KR', 'Periode', 'Nilai', 'Catatan', 'Bukti'],
          ['KR1', '2026-Q1', 3, { richText: [{ text: 'Termasuk ', font: { bold: true } }, { text: 'SKP susulan ' }] }, { text: 'Laporan TW I', hyperlink: 'https://contoh.go.id/lapor' }],
        ],
      },
    ]);
    expect(findings).toEqual([]);
    expect(plan.check_ins[0]).toMatchObject({ kr: 'KR1', value: 3, note: 'Termasuk SKP susulan', evidence: 'Laporan TW I' });
  });

  it('reports a NIP typed as a number at its cell', async () => {
    const { findings } = await load([
      { name: 'Pegawai', rows: [['DAFTAR PEGAWAI'], [], EMPLOYEE_HEADERS, employee(198503152010121002, 'Andi', NIP_HEAD)] },
    ]);
    expect(findings.map(brief)).toEqual([{ ruleId: 'nip/rounded-by-excel', messageId: 'rounded', sheet: 'Pegawai', cell: 'A4' }]);
    expect(findings[0]!.data.field).toBe('NIP');
  });
});

describe('readXlsx: settings', () => {
  it('reads key/value rows under a title and an optional Kunci | Nilai header', async () => {
    const { plan, findings } = await load([
      {
        name: 'Pengaturan',
        rows: [['PENGATURAN OKR 2026'], ['Kunci', 'Nilai'], ['Instansi', 'Kementerian Contoh'], ['Tahun', 2026], ['Periode Mulai', new Date(Date.UTC(2026, 0, 1))], ['Tanggal', '15 Januari 2026'], ['Kota', 'Jakarta'], ['tahun', 2027]],
      },
      { name: 'Pegawai', rows: [EMPLOYEE_HEADERS] },
    ]);
    expect(plan.settings).toMatchObject({ organization: 'Kementerian Contoh', year: 2026, start: '2026-01-01', end: '2026-12-31', date: '2026-01-15' });
    expect(plan.settingsLoc.fields.year).toMatchObject({ sheet: 'Pengaturan', cell: 'B4' });
    expect(findings.map((f) => [f.ruleId, f.messageId, f.at.cell])).toEqual([
      ['schema/unknown-column', 'unknownColumn', 'A7'],
      ['schema/duplicate-key', 'duplicateCell', 'A8'],
    ]);
    expect(findings[1]!.data).toMatchObject({ key: 'tahun', cell: 'B4' });
  });

  it('finds the value right of a key merged over two columns', async () => {
    const { plan } = await load([{ name: 'Pengaturan', rows: [['Instansi', undefined, 'Kementerian Contoh'], ['Tahun', undefined, 2026]], merges: ['A1:B1', 'A2:B2'] }]);
    expect(plan.settings).toMatchObject({ organization: 'Kementerian Contoh', year: 2026 });
    expect(plan.settingsLoc.fields.year).toMatchObject({ cell: 'C2' });
  });

  it('reads an English settings sheet without a header row', async () => {
    const { plan } = await load([
      { name: 'Settings', rows: [['Organization', 'Ministry of Examples'], ['Year', '2026'], ['Regulation', 'permenpanrb-8-2021']] },
    ]);
    expect(plan.settings).toMatchObject({ organization: 'Ministry of Examples', year: 2026, regulation: 'permenpanrb-8-2021' });
  });
});
