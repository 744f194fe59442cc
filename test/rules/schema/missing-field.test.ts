import { describe, expect, it } from 'vitest';
import { BASE_SHEETS, BASE_YAML, lintWorkbook, lintYaml, only, withCells } from '../../helpers/lint.js';

describe('schema/missing-field', () => {
  it('is quiet on a complete plan', async () => {
    expect(only(lintYaml(BASE_YAML).diagnostics, 'schema/missing-field')).toEqual([]);
    expect(only((await lintWorkbook(BASE_SHEETS)).diagnostics, 'schema/missing-field')).toEqual([]);
  });

  it('reports an empty required key at its YAML line', () => {
    const yaml = BASE_YAML.replace('name: Staf,', 'name: "",');
    const { diagnostics } = lintYaml(yaml);
    expect(only(diagnostics, 'schema/missing-field')).toEqual([{ ruleId: 'schema/missing-field', severity: 'error', subject: '198503152010121002', at: '6:40' }]);
    expect(diagnostics.find((d) => d.ruleId === 'schema/missing-field')!.message).toBe('"name" is required.');
  });

  it('reports an absent required key at the entity', () => {
    const yaml = BASE_YAML.replace('position: Analis, ', '');
    expect(only(lintYaml(yaml).diagnostics, 'schema/missing-field')).toEqual([{ ruleId: 'schema/missing-field', severity: 'error', subject: '198503152010121002', at: '6:5' }]);
  });

  it('reports an empty cell at the cell, naming the column as the sheet spells it', async () => {
    const { diagnostics } = await lintWorkbook(withCells({ Pegawai: { 3: { 2: null } } }));
    expect(only(diagnostics, 'schema/missing-field')).toEqual([{ ruleId: 'schema/missing-field', severity: 'error', subject: '198503152010121002', at: 'Pegawai!C3' }]);
    expect(diagnostics.find((d) => d.ruleId === 'schema/missing-field')!.message).toBe('"Jabatan" is required.');
  });

  it('reports a missing required column once for the sheet, not once per row', async () => {
    const sheets = structuredClone(BASE_SHEETS);
    sheets.Pegawai = sheets.Pegawai!.map((row) => row.filter((_, i) => i !== 2));
    const found = only((await lintWorkbook(sheets)).diagnostics, 'schema/missing-field');
    expect(found).toHaveLength(1);
    expect(found[0]!.at).toMatch(/^Pegawai!A1$/);
  });
});
