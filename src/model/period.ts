/**
 * Check-in periods as date ranges: `2026-W07` (ISO week, Monday to Sunday), `2026-03` (month), `2026-Q1` (quarter),
 * or a single date in any spelling the readers accept. Pure date arithmetic in UTC, so results never depend on the
 * machine's time zone. Shared by the check-in rules and the progress figures of the reports.
 */
import { isoDate, parseDate, type IsoDate } from './values.js';

export interface PeriodRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

const DAY_MS = 86_400_000;

export function parsePeriod(text: string): PeriodRange | undefined {
  const s = text.trim();
  let m: RegExpMatchArray | null;
  if ((m = s.match(/^(\d{4})-?W(\d{1,2})$/i))) {
    const year = Number(m[1]);
    const week = Number(m[2]);
    if (week < 1 || week > isoWeeksInYear(year)) return undefined;
    const monday = isoWeekOneMonday(year) + (week - 1) * 7 * DAY_MS;
    return { start: toIso(monday), end: toIso(monday + 6 * DAY_MS) };
  }
  if ((m = s.match(/^(\d{4})-?Q([1-4])$/i))) {
    const year = Number(m[1]);
    const q = Number(m[2]);
    return { start: isoDate(year, q * 3 - 2, 1)!, end: lastDay(year, q * 3) };
  }
  if ((m = s.match(/^(\d{4})-(\d{1,2})$/))) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    return { start: isoDate(year, month, 1)!, end: lastDay(year, month) };
  }
  const date = parseDate(s);
  return date.ok && date.value !== undefined ? { start: date.value, end: date.value } : undefined;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function isoWeekOneMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday * DAY_MS;
}

function isoWeeksInYear(year: number): number {
  return Math.round((isoWeekOneMonday(year + 1) - isoWeekOneMonday(year)) / (7 * DAY_MS));
}

function lastDay(year: number, month: number): IsoDate {
  return toIso(Date.UTC(year, month, 1) - DAY_MS);
}

function toIso(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}
