import { describe, expect, it } from 'vitest';
import { BASE_SHEETS, BASE_YAML, lintWorkbook, lintYaml, only, withCells } from '../../helpers/lint.js';

describe('nip/rounded-by-excel', () => {
  it('is quiet when NIPs are text', async () => {
    expect(only(lintYaml(BASE_YAML).diagnostics, 'nip/rounded-by-excel')).toEqual([]);
    expect(only((await lintWorkbook(BASE_SHEETS)).diagnostics, 'nip/rounded-by-excel')).toEqual([]);
  });

  it('reports a NIP typed as a number at its cell and says how to fix it', async () => {
    const { diagnostics } = await lintWorkbook(withCells({ Pegawai: { 3: { 0: 198503152010121002 } } }));
    const found = only(diagnostics, 'nip/rounded-by-excel');
    expect(found).toContainEqual({ ruleId: 'nip/rounded-by-excel', severity: 'error', subject: '198503152010121000', at: 'Pegawai!A3' });
    const d = diagnostics.find((x) => x.ruleId === 'nip/rounded-by-excel' && x.cell === 'A3')!;
    expect(d.message).toContain('Format the column as Text and re-enter the NIP');
  });

  it('reports a supervisor NIP typed as a number, too', async () => {
    const { diagnostics } = await lintWorkbook(withCells({ Pegawai: { 3: { 5: 197203101998031003 } } }));
    expect(only(diagnostics, 'nip/rounded-by-excel')).toEqual([{ ruleId: 'nip/rounded-by-excel', severity: 'error', subject: '198503152010121002', at: 'Pegawai!F3' }]);
  });

  it('reports a bare YAML number and says to quote it', () => {
    const { diagnostics } = lintYaml(BASE_YAML.replace('supervisor: "197203101998031003"', 'supervisor: 197203101998031003'));
    expect(only(diagnostics, 'nip/rounded-by-excel')).toEqual([{ ruleId: 'nip/rounded-by-excel', severity: 'error', subject: '198503152010121002', at: '6:113' }]);
    expect(diagnostics.find((d) => d.ruleId === 'nip/rounded-by-excel')!.message).toContain('Put it in quotes');
  });
});
