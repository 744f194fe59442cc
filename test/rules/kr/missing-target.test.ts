import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'kr/missing-target';

describe(RULE, () => {
  it('is quiet when every key result has a target', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports a key result without a target, at the key result', () => {
    const yaml = edit(PLAN, 'baseline: 0, target: 6, ', 'baseline: 0, ');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1-KR1', '30:9']]);
    expect(messages(yaml, RULE)[0]).toBe('Key result A-O1-KR1 has no target. Fill in Target (a number, a percent, "ya", or a date) so this indicator can be measured.');
  });

  it('points at an empty target where it was left empty', () => {
    const yaml = edit(PLAN, 'baseline: 0, target: 6, ', 'baseline: 0, target: "", ');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1-KR1', '30:113']]);
  });
});
