/**
 * Number, date and label formatting shared by the renderers, in Bahasa Indonesia (decimal comma), written by hand
 * rather than with Intl so output does not depend on the ICU data a Node build ships.
 */
import type { FreeRiderReason, WorkloadFlag } from './figures.js';
import { formatDateId, formatNumberId } from '../util/format-id.js';

export const DASH = '–';

/** 0.8421 → "84,2%"; null → "–". */
export function percent(fraction: number | null, digits = 1): string {
  if (fraction === null) return DASH;
  return `${decimal(fraction * 100, digits)}%`;
}

/** 95.76 → "95,76" (at most `digits` decimals); whole numbers without decimals; thousands with dots. */
export function decimal(x: number | null, digits = 2): string {
  return x === null ? DASH : formatNumberId(x, digits);
}

/** 2026-06-30 → "30 Juni 2026". */
export function longDate(iso: string | null): string {
  return iso ? formatDateId(iso) : DASH;
}

export const WORKLOAD_LABEL: Record<WorkloadFlag, string> = {
  low: 'Rendah',
  high: 'Tinggi',
  normal: 'Wajar',
  unknown: 'Tidak dibandingkan',
};

export const FREE_RIDER_LABEL: Record<FreeRiderReason, string> = {
  'no-objective': 'Tidak memiliki objective',
  'none-aligned': 'Tidak ada objective yang selaras',
};

export const SEVERITY_LABEL: Record<string, string> = { error: 'Galat', warn: 'Peringatan', info: 'Info' };

export function yesNo(b: boolean): string {
  return b ? 'Ya' : 'Tidak';
}

export function targetText(target: string | number | boolean | null, unitOfMeasure: string | null, measure: string): string {
  if (target === null) return DASH;
  if (typeof target === 'boolean') return target ? 'Ya' : 'Tidak';
  if (typeof target === 'number') return measure === 'persen' ? `${decimal(target)}%` : `${decimal(target)}${unitOfMeasure ? ` ${unitOfMeasure}` : ''}`;
  return measure === 'tanggal' ? longDate(target) : target;
}
