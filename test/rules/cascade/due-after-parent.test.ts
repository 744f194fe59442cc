import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from './fixture.js';

const RULE = 'cascade/due-after-parent';

describe(RULE, () => {
  it('is quiet when every key result is due by the result it contributes to', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it("reports a key result due after its objective's aligned key result, at its due date", () => {
    const yaml = edit(PLAN, 'target: 8, unit_of_measure: standar }', 'target: 8, unit_of_measure: standar, due: 2026-06-30 }');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR1', '30:147']]);
    expect(messages(yaml, RULE)[0]).toBe('Key result A-O1-KR1 is due 2026-11-30, after S-O1-KR1, which it contributes to (2026-06-30). Move the due date of A-O1-KR1 to 2026-06-30 or earlier.');
  });

  it("uses a key result's own aligned_to over its objective's", () => {
    const yaml = edit(PLAN, 'target: 90, aligned_to: H-O1-KR2 }', 'target: 90, aligned_to: H-O1-KR2, due: 2026-10-31 }');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR2', '31:9']]);
  });

  it('treats a missing due date as the end of the period', () => {
    const yaml = edit(edit(PLAN, 'target: 8, unit_of_measure: standar }', 'target: 8, unit_of_measure: standar, due: 2026-06-30 }'), ', due: 2026-11-30 }', ' }');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR1', '30:9']]);
    expect(messages(yaml, RULE)[0]).toContain('is due 2026-12-31');
  });

  it('compares with the latest key result of an objective it aligns to', () => {
    const early = edit(edit(PLAN, 'aligned_to: S-O1-KR1', 'aligned_to: S-O1'), ', due: 2026-11-30 }', ', due: 2026-12-31 }');
    expect(findings(early, RULE)).toEqual([]);
    const yaml = edit(
      edit(edit(early, 'unit_of_measure: standar }', 'unit_of_measure: standar, due: 2026-06-30 }'), 'target: 90, aligned_to: H-O1-KR2 }', 'target: 90, aligned_to: H-O1-KR2, due: 2026-09-30 }'),
      'target: 2026-06-30, aligned_to: H-O1-KR3 }',
      'target: 2026-06-30, aligned_to: H-O1-KR3, due: 2026-07-31 }',
    );
    // A-O1-KR2 and -KR3 align to S-O1-KR2 and -KR3 themselves, which are now due earlier too.
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR1', '30:147'], ['warn', 'A-O1-KR2', '31:9'], ['warn', 'A-O1-KR3', '32:9']]);
    expect(messages(yaml, RULE)[0]).toContain('after S-O1, which it contributes to (2026-09-30)');
  });
});
