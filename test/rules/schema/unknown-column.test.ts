import { describe, expect, it } from 'vitest';
import { BASE_SHEETS, BASE_YAML, lintWorkbook, lintYaml, only } from '../../helpers/lint.js';

describe('schema/unknown-column', () => {
  it('is quiet when every key and column is known', async () => {
    expect(only(lintYaml(BASE_YAML).diagnostics, 'schema/unknown-column')).toEqual([]);
    expect(only((await lintWorkbook(BASE_SHEETS)).diagnostics, 'schema/unknown-column')).toEqual([]);
  });

  it('suggests the closest key for a YAML typo, as info', () => {
    const { diagnostics } = lintYaml(BASE_YAML.replace('supervisor:', 'supervsor:'));
    expect(only(diagnostics, 'schema/unknown-column')).toEqual([{ ruleId: 'schema/unknown-column', severity: 'info', at: '6:101' }]);
    expect(diagnostics.find((d) => d.ruleId === 'schema/unknown-column')!.message).toBe('Key "supervsor" is not known and is ignored. Did you mean "supervisor"?');
  });

  it('suggests the closest header for an unknown workbook column', async () => {
    const sheets = structuredClone(BASE_SHEETS);
    sheets.Pegawai![0]!.push('Jabtan Lama');
    sheets.Pegawai![0]!.push('Catatan Pribadi');
    const found = (await lintWorkbook(sheets)).diagnostics.filter((d) => d.ruleId === 'schema/unknown-column');
    expect(found.map((d) => `${d.sheet}!${d.cell}`)).toEqual(['Pegawai!G1', 'Pegawai!H1']);
    expect(found[1]!.message).toBe('Column "Catatan Pribadi" is not known and is ignored.');
  });

  it('treats __proto__ as just another unknown key', () => {
    const { plan, diagnostics } = lintYaml(BASE_YAML.replace('name: Staf,', 'name: Staf, __proto__: { polluted: true },'));
    expect(only(diagnostics, 'schema/unknown-column')).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(plan.employees.find((e) => e.name === 'Staf')).toBeDefined();
  });
});
