import { describe, expect, it } from 'vitest';
import { BASE_SHEETS, BASE_YAML, lintWorkbook, lintYaml, only, withCells } from '../../helpers/lint.js';

describe('schema/invalid-value', () => {
  it('is quiet on a valid plan', async () => {
    expect(only(lintYaml(BASE_YAML).diagnostics, 'schema/invalid-value')).toEqual([]);
    expect(only((await lintWorkbook(BASE_SHEETS)).diagnostics, 'schema/invalid-value')).toEqual([]);
  });

  it('names the accepted spellings of an enum (YAML)', () => {
    const { diagnostics } = lintYaml(BASE_YAML.replace('position_type: Fungsional', 'position_type: Fungsionil'));
    expect(only(diagnostics, 'schema/invalid-value')).toEqual([{ ruleId: 'schema/invalid-value', severity: 'error', subject: '198503152010121002', at: '6:79' }]);
    const message = diagnostics.find((d) => d.ruleId === 'schema/invalid-value')!.message;
    expect(message).toContain('"Fungsionil" is not accepted');
    expect(message).toContain('JPT, Administrator, Pengawas, Pelaksana, Fungsional');
  });

  it('reports a target that is not a number at its cell (workbook)', async () => {
    const { diagnostics } = await lintWorkbook(withCells({ 'Key Result': { 3: { 4: 'empat' } } }));
    expect(only(diagnostics, 'schema/invalid-value')).toEqual([{ ruleId: 'schema/invalid-value', severity: 'error', subject: 'S-O1-KR1', at: "'Key Result'!E3" }]);
  });

  it('refuses an ambiguous thousands dot with a hint', () => {
    const { diagnostics } = lintYaml(BASE_YAML.replace('target: 10,', 'target: "1.250",'), {}, 'id');
    const d = diagnostics.find((x) => x.ruleId === 'schema/invalid-value')!;
    expect(d.message).toBe('"target": "1.250" bisa berarti 1250 atau 1,250. Tulis tanpa pemisah ribuan (1250) atau dengan koma desimal (1,250).');
    expect(d.subject).toBe('U1-O1-KR1');
  });

  it('reads decimal commas, percents and Indonesian dates without complaint', () => {
    const yaml = BASE_YAML.replace(
      '{ code: S-O1-KR1, key_result: Jumlah SOP layanan data yang dibakukan, target: 4, unit_of_measure: SOP, baseline: 1 }',
      '{ code: S-O1-KR1, key_result: Persentase SOP yang dibakukan, measure: persen, target: "95%", baseline: "85,5", due: 31 Maret 2026 }',
    );
    const { plan, diagnostics } = lintYaml(yaml);
    expect(only(diagnostics, 'schema/invalid-value')).toEqual([]);
    const kr = plan.key_results.find((k) => k.code === 'S-O1-KR1')!;
    expect([kr.target, kr.baseline, kr.due]).toEqual([95, 85.5, '2026-03-31']);
  });
});
