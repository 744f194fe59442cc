import { describe, expect, it } from 'vitest';
import { nipProblem } from '../../../src/rules/nip/invalid.js';
import { BASE_SHEETS, BASE_YAML, lintWorkbook, lintYaml, only, withCells } from '../../helpers/lint.js';

describe('nip/invalid', () => {
  it('accepts well-formed NIPs', async () => {
    expect(nipProblem('198503152010121002')).toBeUndefined();
    expect(nipProblem('199009132025242014', true)).toBeUndefined();
    expect(only(lintYaml(BASE_YAML).diagnostics, 'nip/invalid')).toEqual([]);
    expect(only((await lintWorkbook(BASE_SHEETS)).diagnostics, 'nip/invalid')).toEqual([]);
  });

  it('explains each kind of impossible NIP', () => {
    expect(nipProblem('19851340201012100')?.reason).toBe('length');
    expect(nipProblem('198513402010121002')).toEqual({ reason: 'birthMonth', data: { month: 13 } });
    expect(nipProblem('198502302010121002')?.reason).toBe('birthDate');
    expect(nipProblem('198503152010131002')).toEqual({ reason: 'tmtMonth', data: { month: 13 } });
    expect(nipProblem('198503152010123002')).toEqual({ reason: 'gender', data: { digit: '3' } });
    expect(nipProblem('198503151999121002')?.reason).toBe('tmtTooEarly');
    expect(nipProblem('19850315201012100X')?.reason).toBe('notDigits');
  });

  it('reports month 13 with the reason at the NIP cell (workbook)', async () => {
    const sheets = withCells({ Pegawai: { 3: { 0: '198513402010121002' } } });
    const { diagnostics } = await lintWorkbook(sheets);
    expect(only(diagnostics, 'nip/invalid')).toEqual([{ ruleId: 'nip/invalid', severity: 'error', subject: '198513402010121002', at: 'Pegawai!A3' }]);
    expect(diagnostics.find((d) => d.ruleId === 'nip/invalid')!.message).toBe('NIP 198513402010121002 is invalid: the birth month (digits 5–6) is 13, not 01–12.');
  });

  it('reports a short NIP at its YAML line', () => {
    const { diagnostics } = lintYaml(BASE_YAML.replace('nip: "198503152010121002"', 'nip: "19850315201012"').replace(/"198503152010121002"/g, '"19850315201012"'));
    expect(only(diagnostics, 'nip/invalid')).toEqual([{ ruleId: 'nip/invalid', severity: 'error', subject: '19850315201012', at: '6:12' }]);
  });

  it('skips the TMT month check for PPPK (grade in Roman numerals)', () => {
    const yaml = BASE_YAML.replace('nip: "198503152010121002", name: Staf,', 'nip: "199009132025242014", name: Staf, grade: IX,').replace('owner: "198503152010121002"', 'owner: "199009132025242014"');
    expect(only(lintYaml(yaml).diagnostics, 'nip/invalid')).toEqual([]);
  });
});
