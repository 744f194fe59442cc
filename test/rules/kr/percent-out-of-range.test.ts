import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'kr/percent-out-of-range';

describe(RULE, () => {
  it('is quiet when percents lie within 0–100', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports a target above 100, at the target', () => {
    const yaml = edit(PLAN, 'baseline: 40, target: 80,', 'baseline: 40, target: 800,');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR2', '31:133']]);
    expect(messages(yaml, RULE)[0]).toBe('The "target" of key result A-O1-KR2 is 800%, outside 0–100. Check the number (e.g. 95,5 rather than 955), or set Measure to "angka" if this is not a percentage.');
  });

  it('reports a negative baseline, at the baseline', () => {
    const yaml = edit(PLAN, 'baseline: 40, target: 80,', 'baseline: -5, target: 80,');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR2', '31:121']]);
  });

  it('does not apply to number measures', () => {
    expect(findings(edit(PLAN, 'baseline: 0, target: 6,', 'baseline: 0, target: 600,'), RULE)).toEqual([]);
  });
});
