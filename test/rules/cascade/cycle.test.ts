import { describe, expect, it } from 'vitest';
import { PLAN, STAFF, SUPERVISOR, edit, findings, lintPlan, messages } from './fixture.js';

const RULE = 'cascade/cycle';

/** One employee owning `n` objectives that align in a ring: O1 → O2 → … → On → O1. */
function ring(n: number): string {
  const pad = (i: number) => String(i).padStart(5, '0');
  const objectives = Array.from({ length: n }, (_, i) => `  - { code: C${pad(i + 1)}, owner: "${STAFF}", objective: Tersedianya hasil ${i + 1}, aligned_to: C${pad(((i + 1) % n) + 1)} }\n`).join('');
  return `${PLAN}${objectives}`;
}

describe(RULE, () => {
  it('is quiet on a plan without loops', () => {
    expect(findings(PLAN, RULE)).toEqual([]);
  });

  it('reports a loop of length 1 (an objective aligned to itself) once', () => {
    const yaml = edit(PLAN, 'aligned_to: S-O1-KR1', 'aligned_to: A-O1');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1', '27:17']]);
    expect(messages(yaml, RULE)[0]).toContain('The alignment loops: A-O1 → A-O1.');
  });

  it('reports an objective aligned to its own key result once', () => {
    const yaml = edit(PLAN, 'aligned_to: S-O1-KR1', 'aligned_to: A-O1-KR1');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1', '27:17']]);
    expect(messages(yaml, RULE)[0]).toContain('A-O1 → A-O1-KR1 → A-O1');
  });

  it('reports a loop of two objectives once, at the smallest code', () => {
    const yaml = edit(edit(PLAN, 'aligned_to: H-O1-KR1\n    objective: Tersusunnya', 'aligned_to: A-O1-KR1\n    objective: Tersusunnya'), 'aligned_to: S-O1-KR1', 'aligned_to: S-O1-KR1');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1', '27:17']]);
    expect(messages(yaml, RULE)[0]).toContain('A-O1 → S-O1-KR1 → S-O1 → A-O1-KR1 → A-O1');
  });

  it('reports a loop of five objectives once', () => {
    const yaml = ring(5);
    expect(findings(yaml, RULE)).toEqual([['error', 'C00001', '33:94']]);
    expect(messages(yaml, RULE)[0]).toContain('C00001 → C00002 → C00003 → C00004 → C00005 → C00001');
  });

  it('reports two separate loops once each', () => {
    const yaml = `${edit(PLAN, 'aligned_to: S-O1-KR1', 'aligned_to: A-O1')}  - { code: Z-O1, owner: "${STAFF}", objective: Tersedianya Z, aligned_to: Z-O1 }\n`;
    expect(findings(yaml, RULE).map(([, subject]) => subject)).toEqual(['A-O1', 'Z-O1']);
  });

  it('reports a loop of 5000 objectives once, without hanging', () => {
    const { diagnostics } = lintPlan(ring(5000));
    expect(diagnostics.filter((d) => d.ruleId === RULE)).toHaveLength(1);
  });

  it('does not hang on a supervisor loop, which employee/supervisor-cycle reports once', () => {
    const yaml = edit(PLAN, `unit: U2, supervisor: "${'196805121993031002'}"`, `unit: U2, supervisor: "${STAFF}"`);
    const { diagnostics } = lintPlan(yaml);
    expect(diagnostics.filter((d) => d.ruleId === 'employee/supervisor-cycle').map((d) => d.subject)).toEqual([SUPERVISOR]);
    expect(diagnostics.filter((d) => d.ruleId === RULE)).toEqual([]);
  });
});
