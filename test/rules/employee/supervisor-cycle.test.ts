import { describe, expect, it } from 'vitest';
import { BASE_SHEETS, BASE_YAML, lintWorkbook, lintYaml, only, withCells } from '../../helpers/lint.js';

describe('employee/supervisor-cycle', () => {
  it('is quiet on a tree', async () => {
    expect(only(lintYaml(BASE_YAML).diagnostics, 'employee/supervisor-cycle')).toEqual([]);
    expect(only((await lintWorkbook(BASE_SHEETS)).diagnostics, 'employee/supervisor-cycle')).toEqual([]);
  });

  it('reports a two-person loop once, at the smaller NIP', async () => {
    const { diagnostics } = await lintWorkbook(withCells({ Pegawai: { 2: { 5: '198503152010121002' } } }));
    expect(only(diagnostics, 'employee/supervisor-cycle')).toEqual([{ ruleId: 'employee/supervisor-cycle', severity: 'error', subject: '197203101998031003', at: 'Pegawai!F2' }]);
    expect(diagnostics.find((d) => d.ruleId === 'employee/supervisor-cycle')!.message).toContain('197203101998031003 → 198503152010121002 → 197203101998031003');
  });

  it('reports someone who supervises themselves', () => {
    const { diagnostics } = lintYaml(BASE_YAML.replace('supervisor: "197203101998031003"', 'supervisor: "198503152010121002"'));
    expect(only(diagnostics, 'employee/supervisor-cycle')).toEqual([{ ruleId: 'employee/supervisor-cycle', severity: 'error', subject: '198503152010121002', at: '6:113' }]);
  });

  it('reports a five-person loop once without hanging', () => {
    const nips = ['196001012000011001', '196001022000011001', '196001032000011001', '196001042000011001', '196001052000011001'];
    const employees = nips.map((nip, i) => `  - { nip: "${nip}", name: P${i}, position: Staf, position_type: Pelaksana, unit: U1, supervisor: "${nips[(i + 1) % 5]}" }`).join('\n');
    const { diagnostics } = lintYaml(`units:\n  - { code: U1, name: Satu }\nemployees:\n${employees}\n`);
    const found = only(diagnostics, 'employee/supervisor-cycle');
    expect(found).toEqual([{ ruleId: 'employee/supervisor-cycle', severity: 'error', subject: nips[0], at: '4:108' }]);
  });
});
