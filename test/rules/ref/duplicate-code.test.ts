import { describe, expect, it } from 'vitest';
import { readYaml } from '../../../src/io/yaml.js';
import { readXlsx } from '../../../src/io/xlsx.js';
import { normalise } from '../../../src/io/normalise.js';
import { lint } from '../../../src/rules/run.js';
import { BASE_SHEETS, BASE_YAML, AS_OF, lintWorkbook, lintYaml, only, workbook } from '../../helpers/lint.js';

describe('ref/duplicate-code', () => {
  it('is quiet when codes are unique', async () => {
    expect(only(lintYaml(BASE_YAML).diagnostics, 'ref/duplicate-code')).toEqual([]);
    expect(only((await lintWorkbook(BASE_SHEETS)).diagnostics, 'ref/duplicate-code')).toEqual([]);
  });

  it('reports a KR code reused as an objective code in one YAML file, naming the first place', () => {
    const { diagnostics, plan } = lintYaml(BASE_YAML.replace('code: S-O1\n', 'code: U1-O1-KR1\n').replace('aligned_to: U1-O1-KR1', 'aligned_to: U1-O1'));
    expect(only(diagnostics, 'ref/duplicate-code')).toEqual([{ ruleId: 'ref/duplicate-code', severity: 'error', subject: 'U1-O1-KR1', at: '13:11' }]);
    expect(diagnostics.find((d) => d.ruleId === 'ref/duplicate-code')!.message).toBe('"U1-O1-KR1" is already defined at plan.yaml 12:17; this definition is ignored. Use a unique code.');
    expect(plan.objectives.map((o) => o.code)).toEqual(['U1-O1']);
  });

  it('reports a NIP defined in two files, naming both', async () => {
    const yaml = readYaml('pegawai.yaml', 'employees:\n  - { nip: "198503152010121002", name: Staf Lain, position: Analis, position_type: Fungsional, unit: U1, supervisor: "197203101998031003" }\n');
    const book = await readXlsx('unit.xlsx', await workbook(BASE_SHEETS));
    const { plan, findings } = normalise([book, yaml]);
    const diagnostics = lint(plan, findings, { asOf: AS_OF, lang: 'en' });
    expect(only(diagnostics, 'ref/duplicate-code')).toEqual([{ ruleId: 'ref/duplicate-code', severity: 'error', subject: '198503152010121002', at: '2:12' }]);
    const d = diagnostics.find((x) => x.ruleId === 'ref/duplicate-code')!;
    expect(d.file).toBe('pegawai.yaml');
    expect(d.message).toContain('unit.xlsx Pegawai!A3');
  });

  it('reports a unit code twice in a workbook at the second cell', async () => {
    const sheets = structuredClone(BASE_SHEETS);
    sheets.Unit!.push(['U1', 'Unit Kembar', null, null]);
    expect(only((await lintWorkbook(sheets)).diagnostics, 'ref/duplicate-code')).toEqual([{ ruleId: 'ref/duplicate-code', severity: 'error', subject: 'U1', at: 'Unit!A3' }]);
  });

  it('reports a setting given different values in two files, keeping the first', () => {
    const a = readYaml('a.yaml', 'settings: { organization: Kementerian Contoh, year: 2026 }\n');
    const b = readYaml('b.yaml', 'settings:\n  organization: Kementerian Lain\n  year: 2026\n');
    const { plan, findings } = normalise([a, b]);
    const diagnostics = lint(plan, findings, { asOf: AS_OF, lang: 'en' });
    expect(only(diagnostics, 'ref/duplicate-code')).toEqual([{ ruleId: 'ref/duplicate-code', severity: 'error', subject: 'organization', at: '2:17' }]);
    expect(diagnostics.find((d) => d.ruleId === 'ref/duplicate-code')!.message).toBe('Setting "organization" already has a different value at a.yaml 1:27; this value is ignored.');
    expect(plan.settings.organization).toBe('Kementerian Contoh');
  });
});

describe('ref/duplicate-code across sheets', () => {
  it('reports the definition read later when an objective code reappears as a KR code in a workbook', async () => {
    const sheets = structuredClone(BASE_SHEETS);
    // Row 2 of 'Key Result' comes before row 3 of 'Objective' by row number, but the Objective sheet is read first.
    sheets['Key Result']![1]![0] = 'S-O1';
    const found = only((await lintWorkbook(sheets)).diagnostics, 'ref/duplicate-code');
    expect(found).toEqual([{ ruleId: 'ref/duplicate-code', severity: 'error', subject: 'S-O1', at: "'Key Result'!A2" }]);
  });
});
