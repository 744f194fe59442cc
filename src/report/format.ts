/**
 * Number, date and label formatting shared by the renderers, in Bahasa Indonesia (decimal comma), written by hand
 * rather than with Intl so output does not depend on the ICU data a Node build ships.
 */
import type { FreeRiderReason, WorkloadFlag } from './figures.js';

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

export const DASH = '–';

/** 0.8421 → "84,2%"; null → "–". */
export function percent(fraction: number | null, digits = 1): string {
  if (fraction === null) return DASH;
  return `${decimal(fraction * 100, digits)}%`;
}

/** 95.76 → "95,8"; whole numbers without decimals; thousands with dots. */
export function decimal(x: number | null, digits = 2): string {
  if (x === null) return DASH;
  const fixed = Number.isInteger(x) ? String(x) : x.toFixed(digits).replace(/\.?0+$/, '');
  const [int, frac] = fixed.split('.') as [string, string | undefined];
  const sign = int.startsWith('-') ? '-' : '';
  const digitsOnly = sign ? int.slice(1) : int;
  const grouped = digitsOnly.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

/** 2026-06-30 → "30 Juni 2026". */
export function longDate(iso: string | null): string {
  if (!iso) return DASH;
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
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
