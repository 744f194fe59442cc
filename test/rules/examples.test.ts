/**
 * The example plan, in its three forms, is what a well-kept plan looks like: the only warnings are the three key
 * results that nobody below works on, and nothing is an error.
 */
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/io/load.js';
import { lint } from '../../src/rules/run.js';

const EXPECTED = [
  { ruleId: 'cascade/kr-uncovered', severity: 'warn', subject: 'BSDM-O1-KR3' },
  { ruleId: 'cascade/kr-uncovered', severity: 'warn', subject: 'KIN-O2-KR2' },
  { ruleId: 'cascade/kr-uncovered', severity: 'warn', subject: 'MUT-O2-KR2' },
];

describe.each(['examples/kementerian-contoh.yaml', 'examples/kementerian-contoh.xlsx', 'examples/kementerian-contoh-flat.xlsx'])('%s', (file) => {
  it('has only the three uncovered key results as warnings, and no errors', async () => {
    const { plan, findings } = await loadPlan([file]);
    const diagnostics = lint(plan, findings, { asOf: '2026-12-03' });
    const serious = diagnostics.filter((d) => d.severity !== 'info').map(({ ruleId, severity, subject }) => ({ ruleId, severity, subject }));
    expect(serious.sort((a, b) => (a.subject! < b.subject! ? -1 : 1))).toEqual(EXPECTED);
    // The info findings are the monitoring and form-layout hints, never a structural problem.
    expect(new Set(diagnostics.filter((d) => d.severity === 'info').map((d) => d.ruleId))).toEqual(new Set(['checkin/stale', 'skp/aspect-coverage']));
  });

  it('reads identically in every form, so the same findings come out', async () => {
    const { plan, findings } = await loadPlan([file]);
    const subjects = lint(plan, findings, { asOf: '2026-12-03' }).map((d) => `${d.ruleId} ${d.subject}`).sort();
    expect(subjects).toHaveLength(51);
    expect(subjects.filter((s) => s.startsWith('checkin/stale'))).toHaveLength(35);
  });
});
