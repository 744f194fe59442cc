import { describe, expect, it } from 'vitest';
import { PLAN, STAFF, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'objective/kr-count';

const objective = (code: string, krs: number) =>
  `  - code: ${code}\n    owner: "${STAFF}"\n    aligned_to: S-O1-KR1\n    objective: Tersedianya hasil ${code}\n${
    krs ? `    key_results:\n${Array.from({ length: krs }, (_, i) => `      - { code: ${code}-KR${i + 1}, key_result: Jumlah hasil ${i + 1}, target: 5, unit_of_measure: dokumen }\n`).join('')}` : ''
  }`;

describe(RULE, () => {
  it('is quiet on objectives with two to five key results', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
    expect(findings(`${PLAN}${objective('X-O1', 2)}${objective('X-O2', 5)}`, RULE)).toEqual([]);
  });

  it('reports an objective without key results as an error, at its code', () => {
    const yaml = `${PLAN}${objective('X-O1', 0)}`;
    expect(findings(yaml, RULE)).toEqual([['error', 'X-O1', '33:11']]);
    expect(messages(yaml, RULE)[0]).toBe('Objective X-O1 has no key result at all, so this RHK has no indicator. Add 2 to 5 measurable key results.');
  });

  it('warns about fewer than min and more than max', () => {
    const yaml = `${PLAN}${objective('X-O1', 1)}${objective('X-O2', 6)}`;
    expect(findings(yaml, RULE)).toEqual([['warn', 'X-O1', '33:11'], ['warn', 'X-O2', '39:11']]);
    expect(messages(yaml, RULE)).toEqual([
      'Objective X-O1 has only 1 key result(s) (at least 2). Add key results for other aspects, e.g. quality or time.',
      'Objective X-O2 has 6 key results (at most 5). Keep the ones that matter most, or split the objective.',
    ]);
  });

  it('takes min and max from the config', () => {
    const yaml = edit(PLAN, '      - { code: H-O1-KR3', '      - { code: H-O1-KR9, key_result: Jumlah lain, target: 1, unit_of_measure: x }\n      - { code: H-O1-KR3');
    expect(findings(yaml, RULE, { config: { rules: { [RULE]: ['warn', { max: 3 }] } } })).toEqual([['warn', 'H-O1', '10:11']]);
    expect(findings(PLAN, RULE, { config: { rules: { [RULE]: ['warn', { min: 4 }] } } })).toHaveLength(3);
  });

  it('gives every finding the configured severity once the config sets one', () => {
    const yaml = `${PLAN}${objective('X-O1', 0)}${objective('X-O2', 1)}`;
    expect(findings(yaml, RULE, { config: { rules: { [RULE]: 'info' } } }).map(([severity]) => severity)).toEqual(['info', 'info']);
    expect(findings(yaml, RULE, { config: { rules: { [RULE]: 'error' } } }).map(([severity]) => severity)).toEqual(['error', 'error']);
  });
});
