import { describe, expect, it } from 'vitest';
import { PLAN, STAFF, findings, messages } from '../cascade/fixture.js';

const RULE = 'objective/too-many';

const more = (n: number) =>
  Array.from({ length: n }, (_, i) => `  - { code: A-O${i + 2}, owner: "${STAFF}", aligned_to: S-O1-KR1, objective: Tersedianya hasil ${i + 2} }\n`).join('');

describe(RULE, () => {
  it('is quiet up to five objectives per owner', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
    expect(findings(`${PLAN}${more(4)}`, RULE)).toEqual([]);
  });

  it('reports an owner with a sixth objective once, at that objective', () => {
    const yaml = `${PLAN}${more(6)}`;
    expect(findings(yaml, RULE)).toEqual([['warn', STAFF, '37:13']]);
    expect(messages(yaml, RULE)[0]).toBe(`Andi (${STAFF}) owns 7 objectives (at most 5); number 6 is A-O6. Merge similar objectives or turn some into key results.`);
  });

  it('takes max from the config', () => {
    expect(findings(`${PLAN}${more(6)}`, RULE, { config: { rules: { [RULE]: ['warn', { max: 7 }] } } })).toEqual([]);
  });
});
