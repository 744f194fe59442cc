/**
 * Progress of one key result from its check-ins (domain.md Part 1): capaian in percent as the SKP counts it, and the
 * classic OKR score 0.0–1.0. Only check-ins whose period has ended at or before the evaluation date count, so a
 * report "as of 30 June" never shows a value reported for the third quarter.
 */
import type { PlanCheckIn, PlanKeyResult } from '../model/plan.js';
import type { IsoDate } from '../model/values.js';
import { parsePeriod } from '../model/period.js';

/** The last day of a check-in's period (`2026-W07`, `2026-03`, `2026-Q1`, or a date); undefined when unreadable. */
export function periodEnd(period: string): IsoDate | undefined {
  return parsePeriod(period)?.end;
}

export interface KrProgress {
  /** The period as written on the check-in. */
  readonly period: string;
  /** The last day of that period. */
  readonly periodEnd: IsoDate;
  readonly value: number | boolean | string;
  /** Capaian IKI in percent (may exceed 100); null when the target does not allow it (e.g. a target of 0). */
  readonly achievement: number | null;
  /** OKR score 0.0–1.0, clamped; null when baseline and target do not allow it. */
  readonly score: number | null;
}

/**
 * The latest check-in at or before `asOf`: the one whose period ends last; among equal ends, the one written last,
 * since a later row is how people correct an earlier one.
 */
export function latestCheckIn(checkIns: readonly PlanCheckIn[], asOf: IsoDate): { checkIn: PlanCheckIn; end: IsoDate } | undefined {
  let best: { checkIn: PlanCheckIn; end: IsoDate } | undefined;
  for (const c of checkIns) {
    const end = periodEnd(c.period);
    if (end === undefined || end > asOf) continue;
    if (!best || end >= best.end) best = { checkIn: c, end };
  }
  return best;
}

export function progressOf(kr: PlanKeyResult, checkIns: readonly PlanCheckIn[], asOf: IsoDate): KrProgress | undefined {
  const latest = latestCheckIn(checkIns, asOf);
  if (!latest) return undefined;
  const value = latest.checkIn.value;
  return {
    period: latest.checkIn.period,
    periodEnd: latest.end,
    value,
    achievement: round(achievement(kr, value), 2),
    score: round(score(kr, value), 4),
  };
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return undefined;
}

function asDate(v: unknown): IsoDate | undefined {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}

/** Capaian IKI (domain.md Part 1). */
export function achievement(kr: PlanKeyResult, value: number | boolean | string): number | undefined {
  switch (kr.measure) {
    case 'ya/tidak': {
      const v = typeof value === 'boolean' ? value : asNumber(value) === 1 ? true : asNumber(value) === 0 ? false : undefined;
      return v === undefined ? undefined : v ? 100 : 0;
    }
    case 'tanggal': {
      const target = asDate(kr.target);
      const done = asDate(value);
      return target === undefined || done === undefined ? undefined : done <= target ? 100 : 0;
    }
    default: {
      const r = asNumber(value);
      const t = asNumber(kr.target);
      if (r === undefined || t === undefined || t === 0 || typeof value === 'boolean') return undefined;
      return kr.direction === 'turun' ? (1 + (1 - r / t)) * 100 : (r / t) * 100;
    }
  }
}

/** OKR score: (value − baseline) / (target − baseline), clamped to 0.0–1.0. */
export function score(kr: PlanKeyResult, value: number | boolean | string): number | undefined {
  if (kr.measure === 'ya/tidak' || kr.measure === 'tanggal') {
    const a = achievement(kr, value);
    return a === undefined ? undefined : a / 100;
  }
  const v = asNumber(value);
  const t = asNumber(kr.target);
  if (v === undefined || t === undefined || typeof value === 'boolean') return undefined;
  const b = asNumber(kr.baseline) ?? 0;
  if (t === b) {
    const met = kr.direction === 'turun' ? v <= t : v >= t;
    return met ? 1 : 0;
  }
  return clamp((v - b) / (t - b), 0, 1);
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export function round(x: number | undefined, digits: number): number | null {
  if (x === undefined || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  // Adding 0 turns -0 into 0, which JSON would otherwise print as 0 anyway but tests compare with Object.is.
  return Math.round(x * f) / f + 0;
}
