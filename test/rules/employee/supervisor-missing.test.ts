import { describe, expect, it } from 'vitest';
import { BASE_SHEETS, BASE_YAML, lintWorkbook, lintYaml, only, withCells } from '../../helpers/lint.js';

describe('employee/supervisor-missing', () => {
  it('does not ask the top for a supervisor', async () => {
    expect(only(lintYaml(BASE_YAML).diagnostics, 'employee/supervisor-missing')).toEqual([]);
    expect(only((await lintWorkbook(BASE_SHEETS)).diagnostics, 'employee/supervisor-missing')).toEqual([]);
  });

  it('reports staff without a supervisor at the empty cell', async () => {
    const { diagnostics } = await lintWorkbook(withCells({ Pegawai: { 3: { 5: null } } }));
    expect(only(diagnostics, 'employee/supervisor-missing')).toEqual([{ ruleId: 'employee/supervisor-missing', severity: 'error', subject: '198503152010121002', at: 'Pegawai!F3' }]);
  });

  it('reports staff without a supervisor key at the entity (YAML)', () => {
    const { diagnostics } = lintYaml(BASE_YAML.replace(', supervisor: "197203101998031003" }', ' }'));
    expect(only(diagnostics, 'employee/supervisor-missing')).toEqual([{ ruleId: 'employee/supervisor-missing', severity: 'error', subject: '198503152010121002', at: '6:5' }]);
  });
});
