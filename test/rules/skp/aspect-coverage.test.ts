import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'skp/aspect-coverage';
const WITHOUT_TIME = edit(PLAN, '      - { code: A-O1-KR3, key_result: Tanggal penyerahan rancangan, aspect: Waktu, measure: tanggal, target: 2026-05-31, aligned_to: S-O1-KR3 }\n', '');

describe(RULE, () => {
  it('is quiet when each quantitative RHK has Kuantitas, Kualitas and Waktu', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports the missing aspect as info, at the objective code', () => {
    expect(findings(WITHOUT_TIME, RULE)).toEqual([['info', 'A-O1', '25:11']]);
    expect(messages(WITHOUT_TIME, RULE)[0]).toBe('RHK A-O1 (quantitative approach) has no indicator for the aspect(s) Waktu. Add a key result with that Aspect, or set the Aspect of an existing one.');
  });

  it('counts a key result without Aspect as Kuantitas', () => {
    const yaml = edit(edit(WITHOUT_TIME, 'aspect: Kualitas, measure: persen, baseline: 40', 'aspect: Waktu, measure: persen, baseline: 40'), 'aspect: Kuantitas, baseline: 0', 'baseline: 0');
    expect(messages(yaml, RULE)[0]).toContain('for the aspect(s) Kualitas.');
  });

  it('does not apply to the qualitative approach', () => {
    const yaml = edit(WITHOUT_TIME, `position_type: Fungsional, unit: U2,`, `position_type: Fungsional, approach: kualitatif, unit: U2,`);
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
