import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'kr/due-outside-period';

describe(RULE, () => {
  it('is quiet when due dates lie in the period', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports a due date after the period, at the due date', () => {
    const yaml = edit(PLAN, 'due: 2026-11-30', 'due: 2027-01-15');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1-KR1', '30:147']]);
    expect(messages(yaml, RULE)[0]).toBe('The due date of key result A-O1-KR1 (2027-01-15) is outside the plan period 2026-01-01 to 2026-12-31. Choose a due date within the assessment period.');
  });

  it('uses explicit period bounds from the settings', () => {
    const yaml = edit(PLAN, 'year: 2026 }', 'year: 2026, start: 2026-07-01, end: 2026-12-31 }');
    expect(findings(yaml, RULE)).toEqual([]);
    expect(findings(edit(yaml, 'due: 2026-11-30', 'due: 2026-06-30'), RULE)).toEqual([['error', 'A-O1-KR1', '30:147']]);
  });

  it('skips the check when the plan names no period', () => {
    const yaml = edit(edit(PLAN, 'settings: { organization: Kementerian Uji, year: 2026 }', 'settings: { organization: Kementerian Uji }'), 'due: 2026-11-30', 'due: 2030-01-01');
    expect(findings(yaml, RULE)).toEqual([]);
  });
});
