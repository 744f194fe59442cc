import { describe, expect, it } from 'vitest';
import { HEAD, PLAN, SUPERVISOR, edit, findings, messages } from './fixture.js';

const RULE = 'cascade/not-supervisor';

const UNIT_OBJECTIVE = (alignedTo: string) => `  - code: U2-O1
    owner: U2
    aligned_to: ${alignedTo}
    objective: Terwujudnya biro yang tertib
    key_results:
      - { code: U2-O1-KR1, key_result: Jumlah SOP biro yang ditetapkan, target: 5, unit_of_measure: SOP }
`;

describe(RULE, () => {
  it('is quiet when every link goes to the direct supervisor', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it("reports an objective aligned past the supervisor, naming whose result it is", () => {
    const yaml = edit(PLAN, 'aligned_to: S-O1-KR1', 'aligned_to: H-O1-KR2');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1', '27:17']]);
    expect(messages(yaml, RULE)).toEqual([
      `A-O1 aligns to H-O1-KR2, which belongs to Hendra (${HEAD}), not to Sari (${SUPERVISOR}). Align it to a key result of Sari (${SUPERVISOR}), or fix the supervisor/parent if Hendra (${HEAD}) really is the one above.`,
    ]);
  });

  it("reports a key result's own alignment past the supervisor, at its aligned_to", () => {
    const yaml = edit(PLAN, 'target: 80, aligned_to: S-O1-KR2', 'target: 80, aligned_to: H-O1-KR2');
    expect(findings(yaml, RULE)).toEqual([['warn', 'A-O1-KR2', '31:149']]);
  });

  it("accepts the owner's own unit and, for a unit head, the parent unit", () => {
    const yaml = `${PLAN}${UNIT_OBJECTIVE('H-O1-KR1')}`;
    const aligned = edit(edit(yaml, 'aligned_to: S-O1-KR1', 'aligned_to: U2-O1-KR1'), 'aligned_to: H-O1-KR1\n    objective: Tersusunnya', 'aligned_to: H-O1-KR1\n    objective: Tersusunnya');
    expect(findings(aligned, RULE)).toEqual([]);
  });

  it("reports a unit objective aligned to its own head's result rather than the parent unit's", () => {
    const yaml = `${PLAN}${UNIT_OBJECTIVE('S-O1-KR1')}`;
    expect(findings(yaml, RULE)).toEqual([['warn', 'U2-O1', '35:17']]);
    expect(messages(yaml, RULE)[0]).toContain('not to Deputi Uji (TOP)');
  });
});
