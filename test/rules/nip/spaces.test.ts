import { describe, expect, it } from 'vitest';
import { BASE_SHEETS, BASE_YAML, lintWorkbook, lintYaml, only, withCells } from '../../helpers/lint.js';

describe('nip/spaces', () => {
  it('is quiet for NIPs without spaces', async () => {
    expect(only(lintYaml(BASE_YAML).diagnostics, 'nip/spaces')).toEqual([]);
    expect(only((await lintWorkbook(BASE_SHEETS)).diagnostics, 'nip/spaces')).toEqual([]);
  });

  it('reads a spaced NIP and says so once, as info (workbook)', async () => {
    const { plan, diagnostics } = await lintWorkbook(withCells({ Pegawai: { 3: { 0: '19850315 201012 1 002' } } }));
    expect(only(diagnostics, 'nip/spaces')).toEqual([{ ruleId: 'nip/spaces', severity: 'info', subject: '198503152010121002', at: 'Pegawai!A3' }]);
    expect(plan.employees.map((e) => e.nip)).toContain('198503152010121002');
  });

  it('reports a spaced supervisor NIP in YAML', () => {
    const { diagnostics } = lintYaml(BASE_YAML.replace('supervisor: "197203101998031003"', 'supervisor: "19720310 199803 1 003"'));
    expect(only(diagnostics, 'nip/spaces')).toEqual([{ ruleId: 'nip/spaces', severity: 'info', subject: '198503152010121002', at: '6:113' }]);
    expect(only(diagnostics, 'ref/unknown-reference')).toEqual([]);
  });
});
