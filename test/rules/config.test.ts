/** The config owns severity and options: `off` skips a rule's check entirely, and bad entries are operational errors. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/rules/config.js';
import { ruleById } from '../../src/rules/registry.js';
import { OkrError } from '../../src/errors.js';
import { PLAN, edit, findings, lintPlan } from './cascade/fixture.js';

const NO_TARGET = edit(PLAN, 'baseline: 0, target: 6, ', 'baseline: 0, ');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('rule configuration', () => {
  it('never calls the check of a rule that is off', () => {
    const rule = ruleById('kr/missing-target')!;
    const check = vi.spyOn(rule, 'check');
    lintPlan(NO_TARGET, { config: { rules: { 'kr/missing-target': 'off' } } });
    expect(check).not.toHaveBeenCalled();
    lintPlan(NO_TARGET);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('drops the findings of a rule that is off', () => {
    expect(findings(NO_TARGET, 'kr/missing-target')).toEqual([['error', 'A-O1-KR1', '30:9']]);
    expect(findings(NO_TARGET, 'kr/missing-target', { config: { rules: { 'kr/missing-target': 'off' } } })).toEqual([]);
  });

  it('changes a severity, with or without options', () => {
    expect(findings(NO_TARGET, 'kr/missing-target', { config: { rules: { 'kr/missing-target': 'warn' } } })).toEqual([['warn', 'A-O1-KR1', '30:9']]);
    expect(findings(NO_TARGET, 'kr/missing-target', { config: { rules: { 'kr/missing-target': ['info'] } } })).toEqual([['info', 'A-O1-KR1', '30:9']]);
  });

  it('fills in option defaults and applies given options', () => {
    expect(resolveConfig({}).rules.get('objective/kr-count')).toEqual({ severity: 'warn', options: { min: 2, max: 5 }, explicit: false });
    expect(resolveConfig({ rules: { 'objective/kr-count': ['error', { min: 3 }] } }).rules.get('objective/kr-count')).toEqual({ severity: 'error', options: { min: 3, max: 5 }, explicit: true });
    expect(resolveConfig({}).rules.get('coverage/workload-imbalance')?.options).toEqual({ low: 0.5, high: 2 });
    expect(resolveConfig({}).rules.get('checkin/stale')).toEqual({ severity: 'info', options: { weeks: 6 }, explicit: false });
    expect(resolveConfig({}).rules.get('objective/too-many')?.options).toEqual({ max: 5 });
  });

  it('refuses an unknown rule id, suggesting the closest', () => {
    const error = catchError(() => resolveConfig({ rules: { 'kr/missing-targt': 'off' } }));
    expect(error).toBeInstanceOf(OkrError);
    expect((error as OkrError).code).toBe('config-unknown-rule');
    expect((error as OkrError).data).toMatchObject({ rule: 'kr/missing-targt', suggestion: 'kr/missing-target' });
  });

  it('refuses bad options, naming the rule and the option', () => {
    for (const [id, options, reason] of [
      ['objective/kr-count', { min: 'two' }, 'min'],
      ['objective/kr-count', { min: 6, max: 5 }, 'min must not exceed max'],
      ['coverage/workload-imbalance', { low: 3, high: 2 }, 'low must be below high'],
      ['coverage/workload-imbalance', { median: 1 }, 'median'],
      ['checkin/stale', { weeks: -1 }, 'weeks'],
      ['kr/missing-target', { any: 1 }, 'takes no options'],
    ] as const) {
      const error = catchError(() => resolveConfig({ rules: { [id]: ['warn', options] } }));
      expect((error as OkrError).code, id).toBe('config-bad-option');
      expect((error as OkrError).data.rule).toBe(id);
      expect(String((error as OkrError).data.reason)).toContain(reason);
    }
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('per-report severities', () => {
  it('follow the rule while the config leaves it alone, and yield to an explicit setting', async () => {
    const { lintYaml, only } = await import('../helpers/lint.js');
    const yaml = `employees:\n  - { nip: "198503152010121002", name: A, position: P, position_type: JPT, unit: U }\nobjectives:\n  - { code: A-O1, owner: "198503152010121002", objective: Tersusunnya X }\n`;
    expect(only(lintYaml(yaml).diagnostics, 'objective/kr-count').map((d) => d.severity)).toEqual(['error']);
    expect(only(lintYaml(yaml, { rules: { 'objective/kr-count': 'warn' } }).diagnostics, 'objective/kr-count').map((d) => d.severity)).toEqual(['warn']);
  });
});
