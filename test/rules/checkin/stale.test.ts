import { describe, expect, it } from 'vitest';
import { PLAN, edit, findings, messages } from '../cascade/fixture.js';

const RULE = 'checkin/stale';
const withCheckIns = (yaml: string, ...rows: [string, string, string][]) =>
  `${yaml}check_ins:\n${rows.map(([kr, period, value]) => `  - { kr: ${kr}, period: "${period}", value: ${value} }\n`).join('')}`;
const subjects = (yaml: string, asOf: string, config?: unknown) => findings(yaml, RULE, { asOf, config }).map(([, subject]) => subject);
const ALL = ['H-O1-KR1', 'H-O1-KR2', 'H-O1-KR3', 'S-O1-KR1', 'S-O1-KR2', 'S-O1-KR3', 'A-O1-KR1', 'A-O1-KR2', 'A-O1-KR3'];

describe(RULE, () => {
  it('is quiet within six weeks of the period start', () => {
    expect(findings(PLAN, RULE, { asOf: '2026-02-12' })).toEqual([]);
  });

  it('reports key results without check-ins once the period start is more than six weeks old, as info', () => {
    expect(subjects(PLAN, '2026-02-13')).toEqual(ALL);
    expect(findings(PLAN, RULE, { asOf: '2026-02-13' })[0]).toEqual(['info', 'H-O1-KR1', '14:9']);
    expect(messages(PLAN, RULE, { asOf: '2026-02-13' })[0]).toBe('Key result H-O1-KR1 has had no check-in since the period started (2026-01-01), more than 6 weeks before 2026-02-13. Add a check-in (Realisasi) for this key result.');
  });

  it('counts from the end of the latest check-in period, and not past the evaluation date', () => {
    const yaml = withCheckIns(PLAN, ['A-O1-KR1', '2026-Q1', '2'], ['A-O1-KR1', '2026-02', '1']);
    expect(subjects(yaml, '2026-05-12')).not.toContain('A-O1-KR1');
    expect(subjects(yaml, '2026-05-13')).toContain('A-O1-KR1');
    expect(messages(yaml, RULE, { asOf: '2026-05-13' }).find((m) => m.includes('A-O1-KR1'))).toContain('latest check-in (2026-03-31)');
    // A period still running counts as of the evaluation date; one that has not started is ignored.
    expect(subjects(withCheckIns(PLAN, ['A-O1-KR1', '2026-Q2', '2'], ['A-O1-KR1', '2026-Q4', '3']), '2026-06-30')).not.toContain('A-O1-KR1');
  });

  it('skips key results already achieved in their direction', () => {
    const yaml = withCheckIns(PLAN, ['A-O1-KR1', '2026-01', '6'], ['H-O1-KR3', '2026-01', '4.5'], ['A-O1-KR3', '2026-01', '2026-05-20'], ['S-O1-KR2', '2026-01', '89']);
    const stale = subjects(yaml, '2026-12-03');
    expect(stale).not.toContain('A-O1-KR1');
    expect(stale).not.toContain('H-O1-KR3');
    expect(stale).not.toContain('A-O1-KR3');
    expect(stale).toContain('S-O1-KR2');
  });

  it('treats ya as achieved for ya/tidak key results, and never a kept (tetap) value', () => {
    const yaml = edit(edit(PLAN, 'aspect: Waktu, measure: tanggal, target: 2026-05-31', 'aspect: Waktu, measure: ya/tidak, target: ya'), 'unit_of_measure: hari, direction: turun', 'unit_of_measure: hari, direction: tetap');
    const withValues = withCheckIns(yaml, ['A-O1-KR3', '2026-01', 'ya'], ['H-O1-KR3', '2026-01', '5']);
    const stale = subjects(withValues, '2026-12-03');
    expect(stale).not.toContain('A-O1-KR3');
    expect(stale).toContain('H-O1-KR3');
  });

  it('takes the number of weeks from the config', () => {
    expect(subjects(PLAN, '2026-02-13', { rules: { [RULE]: ['info', { weeks: 8 }] } })).toEqual([]);
    expect(subjects(PLAN, '2026-02-27', { rules: { [RULE]: ['warn', { weeks: 8 }] } })).toEqual(ALL);
  });
});
