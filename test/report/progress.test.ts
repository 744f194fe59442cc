import { describe, expect, it } from 'vitest';
import { achievement, periodEnd, score } from '../../src/report/progress.js';
import { median, spread } from '../../src/report/stats.js';
import type { PlanKeyResult } from '../../src/model/plan.js';

const kr = (over: Partial<PlanKeyResult>): PlanKeyResult => ({ code: 'K', objective: 'O', key_result: 'x', aspect: 'Kuantitas', measure: 'angka', direction: 'naik', weight: 1, reporting_period: 'triwulanan', baseline: 0, target: 100, ...over }) as PlanKeyResult;

describe('periodEnd', () => {
  it('ends months, quarters, ISO weeks and dates on their last day', () => {
    expect(periodEnd('2026-02')).toBe('2026-02-28');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2026-Q1')).toBe('2026-03-31');
    expect(periodEnd('2026-Q4')).toBe('2026-12-31');
    expect(periodEnd('2026-W01')).toBe('2026-01-04');
    expect(periodEnd('2026-W53')).toBe('2027-01-03');
    expect(periodEnd('2025-W53')).toBeUndefined();
    expect(periodEnd('2026-03-02')).toBe('2026-03-02');
  });
  it('refuses what is not a period', () => {
    for (const p of ['2026-13', '2026-Q5', '2026-02-30', 'maret', '']) expect(periodEnd(p)).toBeUndefined();
  });
});

describe('achievement and score', () => {
  it('follows domain.md for each measure and direction', () => {
    expect(achievement(kr({ target: 80 }), 60)).toBe(75);
    expect(achievement(kr({ direction: 'turun', target: 5, baseline: 14 }), 4)).toBeCloseTo(120);
    expect(achievement(kr({ measure: 'ya/tidak', target: true }), true)).toBe(100);
    expect(achievement(kr({ measure: 'ya/tidak', target: true }), false)).toBe(0);
    expect(achievement(kr({ measure: 'tanggal', target: '2026-06-30' }), '2026-06-30')).toBe(100);
    expect(achievement(kr({ measure: 'tanggal', target: '2026-06-30' }), '2026-07-01')).toBe(0);
    expect(achievement(kr({ target: 0 }), 3)).toBeUndefined();
  });
  it('clamps the OKR score to 0–1', () => {
    expect(score(kr({ baseline: 40, target: 120 }), 60)).toBe(0.25);
    expect(score(kr({ baseline: 40, target: 120 }), 200)).toBe(1);
    expect(score(kr({ baseline: 40, target: 120 }), 10)).toBe(0);
    expect(score(kr({ direction: 'turun', baseline: 10, target: 5 }), 7)).toBeCloseTo(0.6);
  });
});

describe('spread', () => {
  it('gives min, median, max and the Gini coefficient', () => {
    expect(spread([1, 1, 1, 1])).toEqual({ count: 4, min: 1, median: 1, max: 1, gini: 0 });
    expect(spread([0, 0, 0, 4])).toMatchObject({ median: 0, gini: 0.75 });
    expect(spread([])).toEqual({ count: 0, min: null, median: null, max: null, gini: null });
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
