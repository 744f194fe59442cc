import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'kr/direction-conflict';

describe(RULE, () => {
  it('is quiet when targets move in the stated direction', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports naik with a target below the baseline, at the target', () => {
    const yaml = edit(PLAN, 'baseline: 0, target: 6,', 'baseline: 10, target: 6,');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1-KR1', '30:114']]);
    expect(messages(yaml, RULE)[0]).toBe('Key result A-O1-KR1 goes up (naik), but its target (6) is below its baseline (10). Set Direction to "turun" or fix the target or baseline.');
  });

  it('reports turun with a target above the baseline', () => {
    const yaml = edit(PLAN, 'baseline: 10, target: 5, unit_of_measure: hari, direction: turun', 'baseline: 10, target: 15, unit_of_measure: hari, direction: turun');
    expect(findings(yaml, RULE)).toEqual([['error', 'H-O1-KR3', '16:101']]);
    expect(messages(yaml, RULE)[0]).toContain('goes down (turun)');
  });

  it('leaves tetap alone', () => {
    const yaml = edit(PLAN, 'target: 5, unit_of_measure: hari, direction: turun', 'target: 15, unit_of_measure: hari, direction: tetap');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
