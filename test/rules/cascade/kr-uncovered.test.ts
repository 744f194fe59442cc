import { describe, expect, it } from 'vitest';
import { PLAN, SUPERVISOR, edit, findings, messages } from './fixture.js';

const RULE = 'cascade/kr-uncovered';

describe(RULE, () => {
  it("is quiet when something below aligns to each leader's key result, and on staff key results", () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports a key result of someone with subordinates that nothing aligns to', () => {
    const yaml = edit(PLAN, 'target: 80, aligned_to: S-O1-KR2 }', 'target: 80 }');
    expect(findings(yaml, RULE)).toEqual([['warn', 'S-O1-KR2', '23:9']]);
    expect(messages(yaml, RULE)[0]).toBe(`No objective or key result below aligns to key result S-O1-KR2 of Sari (${SUPERVISOR}). Align a subordinate objective to S-O1-KR2, or make sure it is meant to be done by the owner alone.`);
  });

  it('reports a key result of a unit with staff that nothing aligns to', () => {
    const yaml = `${PLAN}  - code: U2-O1
    owner: U2
    aligned_to: H-O1-KR1
    objective: Terwujudnya biro yang tertib
    key_results:
      - { code: U2-O1-KR1, key_result: Jumlah SOP biro yang ditetapkan, target: 5, unit_of_measure: SOP }
`;
    expect(findings(yaml, RULE)).toEqual([['warn', 'U2-O1-KR1', '38:9']]);
    expect(messages(yaml, RULE)[0]).toContain('of Biro Uji (U2)');
  });
});
