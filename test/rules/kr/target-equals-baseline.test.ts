import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'kr/target-equals-baseline';

describe(RULE, () => {
  it('is quiet when targets differ from baselines', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports a target equal to the baseline, at the target', () => {
    const yaml = edit(PLAN, 'baseline: 0, target: 6,', 'baseline: 6, target: 6,');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR1', '30:113']]);
    expect(messages(yaml, RULE)[0]).toBe('The target of key result A-O1-KR1 equals its baseline (6): no change is planned. Set a different target, or set Direction to "tetap" if the value is to be kept.');
  });

  it('compares ya/tidak baselines with their targets', () => {
    const yaml = edit(PLAN, 'aspect: Waktu, measure: tanggal, target: 2026-05-31', 'aspect: Waktu, measure: ya/tidak, baseline: ya, target: ya');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR3', '32:125']]);
    expect(messages(yaml, RULE)[0]).toContain('equals its baseline (ya)');
  });

  it('allows a kept value (tetap)', () => {
    const yaml = edit(PLAN, 'baseline: 0, target: 6, unit_of_measure: dokumen,', 'baseline: 6, target: 6, unit_of_measure: dokumen, direction: tetap,');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
