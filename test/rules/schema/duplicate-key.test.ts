import { describe, expect, it } from 'vitest';
import { BASE_YAML, lintYaml, only } from '../../helpers/lint.js';

describe('schema/duplicate-key', () => {
  it('is quiet without repeated keys', () => {
    expect(only(lintYaml(BASE_YAML).diagnostics, 'schema/duplicate-key')).toEqual([]);
  });

  it('reports the second key, naming the first, and keeps the first value', () => {
    const { plan, diagnostics } = lintYaml(BASE_YAML.replace('name: Staf,', 'name: Staf, name: Lain,'));
    expect(only(diagnostics, 'schema/duplicate-key')).toEqual([{ ruleId: 'schema/duplicate-key', severity: 'error', at: '6:46' }]);
    expect(diagnostics.find((d) => d.ruleId === 'schema/duplicate-key')!.message).toBe('Key "name" is already given at 6:34; this value is ignored. Remove one of them.');
    expect(plan.employees.find((e) => e.nip === '198503152010121002')!.name).toBe('Staf');
  });
});
