import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/io/xlsx.js';
import { normalise } from '../../src/io/normalise.js';
import { workbookBuffer, type CellInput, type SheetInput } from '../helpers/workbook.js';

const FILE = 'okr-bsdm.xlsx';
const HEADERS = ['Kode Objective', 'Pemilik', 'Objective', 'Selaras Dengan', 'Jenis', 'Kode', 'Key Result', 'Jenis Ukuran', 'Target', 'Satuan', 'Selaras Dengan KR'];
const O1: CellInput[] = ['BSDM-O1', 'BSDM', 'SKP seluruh pegawai selaras dengan OKR', 'DAA-O1-KR1', undefined];
const O2: CellInput[] = ['BSDM-O2', 'BSDM', 'Manajemen talenta yang objektif', 'DAA-O1-KR2', 'Tambahan'];
const BLANK_OBJECTIVE: CellInput[] = [undefined, undefined, undefined, undefined, undefined];
const kr = (code: string, target: CellInput = 10, alignedTo?: string): CellInput[] => [code, `Indikator ${code}`, 'angka', target, 'dokumen', alignedTo];

async function load(sheets: SheetInput[]) {
  const doc = await readXlsx(FILE, await workbookBuffer(sheets));
  return { doc, ...normalise([doc]) };
}

describe('readXlsx: the flat OKR layout', () => {
  it('applies merged objective cells to every row they span, locating them at the master cell', async () => {
    const { plan, findings } = await load([
      {
        name: 'OKR',
        rows: [['OKR BIRO SDM 2026'], [], HEADERS, [...O1, ...kr('BSDM-O1-KR1')], [...BLANK_OBJECTIVE, ...kr('BSDM-O1-KR2', '12,5')], [...BLANK_OBJECTIVE, ...kr('BSDM-O1-KR3', 3, 'DAA-O1-KR1')], [...O2, ...kr('BSDM-O2-KR1')]],
        merges: ['A4:A6', 'B4:B6', 'C4:C6', 'D4:D6', 'E4:E6'],
      },
    ]);
    expect(findings).toEqual([]);
    expect(plan.objectives.map((o) => [o.code, o.owner, o.aligned_to, o.kind, o.loc.at.cell])).toEqual([
      ['BSDM-O1', 'BSDM', 'DAA-O1-KR1', 'Utama', 'A4'],
      ['BSDM-O2', 'BSDM', 'DAA-O1-KR2', 'Tambahan', 'A7'],
    ]);
    expect(plan.objectives[0]!.loc.fields.objective).toMatchObject({ sheet: 'OKR', cell: 'C4' });
    expect(plan.key_results.map((k) => [k.code, k.objective, k.target, k.aligned_to, k.loc.fields.objective?.cell])).toEqual([
      ['BSDM-O1-KR1', 'BSDM-O1', 10, undefined, 'A4'],
      ['BSDM-O1-KR2', 'BSDM-O1', 12.5, undefined, 'A4'],
      ['BSDM-O1-KR3', 'BSDM-O1', 3, 'DAA-O1-KR1', 'A4'],
      ['BSDM-O2-KR1', 'BSDM-O2', 10, undefined, 'A7'],
    ]);
    expect(plan.key_results[1]!.loc.fields.target).toMatchObject({ cell: 'I5' });
    expect(plan.key_results[1]!.loc.labels.objective).toBe('Kode Objective');
  });

  it('continues the objective above over blank (unmerged) objective cells', async () => {
    const { plan, findings } = await load([
      { name: 'OKR', rows: [HEADERS, [...O1, ...kr('KR1')], [...BLANK_OBJECTIVE, ...kr('KR2')], [], [...BLANK_OBJECTIVE, ...kr('KR3')], [...O2, ...kr('KR4')], [...BLANK_OBJECTIVE, ...kr('KR5')]] },
    ]);
    expect(findings).toEqual([]);
    expect(plan.objectives.map((o) => o.code)).toEqual(['BSDM-O1', 'BSDM-O2']);
    expect(plan.key_results.map((k) => [k.code, k.objective, k.loc.fields.objective?.cell])).toEqual([
      ['KR1', 'BSDM-O1', 'A2'],
      ['KR2', 'BSDM-O1', 'A3'],
      ['KR3', 'BSDM-O1', 'A5'],
      ['KR4', 'BSDM-O2', 'A6'],
      ['KR5', 'BSDM-O2', 'A7'],
    ]);
  });

  it('rejoins an objective repeated later with the same content, and reports one repeated with different content', async () => {
    const { plan, findings } = await load([
      {
        name: 'OKR',
        rows: [HEADERS, [...O1, ...kr('KR1')], [...O2, ...kr('KR2')], [O1[0], ...BLANK_OBJECTIVE.slice(1), ...kr('KR3')], [...O1, ...kr('KR4')], ['BSDM-O2', 'BSDM', 'Sasaran lain', undefined, undefined, ...kr('KR5')]],
      },
    ]);
    expect(plan.objectives.map((o) => [o.code, o.loc.at.cell])).toEqual([
      ['BSDM-O1', 'A2'],
      ['BSDM-O2', 'A3'],
    ]);
    expect(plan.key_results.map((k) => [k.code, k.objective])).toEqual([
      ['KR1', 'BSDM-O1'],
      ['KR2', 'BSDM-O2'],
      ['KR3', 'BSDM-O1'],
      ['KR4', 'BSDM-O1'],
      ['KR5', 'BSDM-O2'],
    ]);
    expect(findings.map((f) => [f.ruleId, f.at.cell, f.data.code])).toEqual([['ref/duplicate-code', 'A6', 'BSDM-O2']]);
  });

  it('reads a sheet with another name as flat when its headers include Objective and Key Result', async () => {
    const { plan, findings } = await load([
      { name: 'OKR Biro SDM', rows: [['Objective Code', 'Owner', 'Objective', 'Aligned To', 'Code', 'Key Result', 'Measure', 'Target', 'Unit of Measure', 'KR Aligned To'], ['BSDM-O1', 'BSDM', 'Goal', 'DAA-O1-KR1', 'KR1', 'Percent verified', 'persen', '95%', '%', 'DAA-O1-KR1']] },
    ]);
    expect(findings).toEqual([]);
    expect(plan.objectives).toMatchObject([{ code: 'BSDM-O1', aligned_to: 'DAA-O1-KR1' }]);
    expect(plan.key_results).toMatchObject([{ code: 'KR1', objective: 'BSDM-O1', measure: 'persen', target: 95, aligned_to: 'DAA-O1-KR1' }]);
  });

  it('reports key results above any objective at their empty objective-code cell', async () => {
    const { plan, findings } = await load([{ name: 'OKR', rows: [HEADERS, [...BLANK_OBJECTIVE, ...kr('KR1')], [...O1, ...kr('KR2')]] }]);
    expect(plan.key_results.map((k) => k.code)).toEqual(['KR2']);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.at.cell, f.data.field])).toEqual([['schema/missing-field', 'missing', 'A2', 'Kode Objective']]);
  });

  it('reports the required flat columns that are absent, once', async () => {
    const { findings } = await load([{ name: 'OKR', rows: [['Judul'], ['Kode Objective', 'Objective', 'Kode', 'Key Result'], ['O1', 'Goal', 'KR1', 'Indikator']] }]);
    expect(findings.map((f) => [f.messageId, f.at.cell, f.data.field])).toEqual([
      ['noColumn', 'A2', 'Pemilik'],
      ['noColumn', 'A2', 'Target'],
    ]);
  });

  it('reports a broken formula in a merged objective cell once, at the master cell', async () => {
    const { findings } = await load([
      {
        name: 'OKR',
        rows: [HEADERS, ['BSDM-O1', { formula: 'X1', result: { error: '#REF!' } }, 'Goal', 'DAA-O1-KR1', undefined, ...kr('KR1')], [...BLANK_OBJECTIVE, ...kr('KR2')]],
        merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'],
      },
    ]);
    const formula = findings.filter((f) => f.messageId === 'formulaError');
    expect(formula.map((f) => [f.at.cell, f.data.field, f.data.value])).toEqual([['B2', 'Pemilik', '#REF!']]);
  });

  it('reads 10,000 merged rows, resolving each row to its merge master', async () => {
    const rows: CellInput[][] = [HEADERS];
    const merges: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      const objective: CellInput[] = i % 4 === 0 ? [`O${i / 4}`, 'BSDM', `Objective ${i / 4}`, 'DAA-O1-KR1', undefined] : BLANK_OBJECTIVE;
      rows.push([...objective, ...kr(`KR${i}`)]);
      // Only the code column is merged (the rest continue blank): exceljs's own merging is quadratic when writing too.
      if (i % 4 === 0) merges.push(`A${i + 2}:A${i + 5}`);
    }
    const data = await workbookBuffer([{ name: 'OKR', rows, merges }]);
    const doc = await readXlsx(FILE, data);
    expect(doc.tables.objectives).toHaveLength(2500);
    expect(doc.tables.key_results).toHaveLength(10_000);
    expect(doc.tables.key_results[9_999]!.fields.objective).toMatchObject({ value: 'O2499', at: { cell: 'A9998' } });
    // Speed is measured in bench/ (about 0.5 s here; exceljs's own merge loading took 13 s), not asserted in a test.
  });

  it('resolves a merge over a million rows without expanding it', async () => {
    const { plan } = await load([{ name: 'OKR', rows: [HEADERS, [...O1, ...kr('KR1')], [...BLANK_OBJECTIVE, ...kr('KR2')]], merges: ['B2:B1048576'] }]);
    expect(plan.key_results.map((k) => k.objective)).toEqual(['BSDM-O1', 'BSDM-O1']);
    expect(plan.objectives[0]!.loc.fields.owner).toMatchObject({ cell: 'B2' });
  });
});
