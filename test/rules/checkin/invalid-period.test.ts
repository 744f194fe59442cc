import { describe, expect, it } from 'vitest';
import { PLAN, findings, messages } from '../cascade/fixture.js';
import { parsePeriod } from '../../../src/model/period.js';

const RULE = 'checkin/invalid-period';
const withCheckIns = (...periods: string[]) => `${PLAN}check_ins:\n${periods.map((p) => `  - { kr: A-O1-KR1, period: "${p}", value: 1 }\n`).join('')}`;

describe('check-in periods', () => {
  it('reads weeks, months, quarters and dates as date ranges', () => {
    expect(parsePeriod('2026-W07')).toEqual({ start: '2026-02-09', end: '2026-02-15' });
    expect(parsePeriod('2026-W01')).toEqual({ start: '2025-12-29', end: '2026-01-04' });
    expect(parsePeriod('2026-W53')).toEqual({ start: '2026-12-28', end: '2027-01-03' });
    expect(parsePeriod('2026-03')).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    expect(parsePeriod('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2026-q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(parsePeriod('31/03/2026')).toEqual({ start: '2026-03-31', end: '2026-03-31' });
    expect(parsePeriod('31 Maret 2026')).toEqual({ start: '2026-03-31', end: '2026-03-31' });
  });

  it('refuses what is none of those', () => {
    for (const p of ['2026-13', '2026-Q5', '2025-W53', '2026-W00', 'Q1', 'Maret', '2026-02-30', '']) expect(parsePeriod(p), p).toBeUndefined();
  });
});

describe(RULE, () => {
  it('is quiet on valid periods inside the plan period, including a week that starts in the year before', () => {
    expect(findings(withCheckIns('2026-W07', '2026-03', '2026-Q1', '2026-03-31', '2026-W01', '2026-W53'), RULE)).toEqual([]);
  });

  it('reports a period it cannot read, at the period', () => {
    const yaml = withCheckIns('2026-13');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1-KR1', '34:29']]);
    expect(messages(yaml, RULE)[0]).toBe('The check-in period of key result A-O1-KR1, "2026-13", is not recognised. Write a week (2026-W07), a month (2026-03), a quarter (2026-Q1) or a date (2026-03-31).');
  });

  it('reports a period outside the plan period', () => {
    const yaml = withCheckIns('2025-Q4', '2027-01-05');
    expect(findings(yaml, RULE)).toEqual([['error', 'A-O1-KR1', '34:29'], ['error', 'A-O1-KR1', '35:29']]);
    expect(messages(yaml, RULE, { lang: 'id' })[0]).toBe('Periode realisasi KR A-O1-KR1 "2025-Q4" (2025-10-01 s.d. 2025-12-31) di luar periode rencana 2026-01-01 s.d. 2026-12-31. Perbaiki periodenya atau pindahkan realisasi ini ke rencana tahun yang sesuai.');
  });
});
