/**
 * Values as Indonesian civil servants write them on the forms: "1.250 SKP", "4,5 hari kerja", "95%",
 * "30 Juni 2026". Written by hand rather than with Intl so the bytes never depend on the ICU build.
 */
import type { KeyResult } from '../../model/schema.js';
import type { FormTemplate } from './template.js';
import { formatDateId, formatNumberId } from '../../util/format-id.js';
import { interpolate } from '../../util/interpolate.js';

/** 1250 → "1.250", 4.5 → "4,5", 0.85 → "0,85"; at most four decimals, no trailing zeros. */
export const formatNumber = (n: number): string => formatNumberId(n, 4);

/** "2026-06-30" → "30 Juni 2026" with the template's month names; anything else is returned as written. */
export const formatDate = (iso: string, months: readonly string[]): string => formatDateId(iso, months);

/** "01 JANUARI", as the period line of the forms writes it. */
export function formatPeriodDate(iso: string, months: readonly string[]): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[3]} ${(months[Number(m[2]) - 1] ?? m[2]!).toUpperCase()} ${m[1]}`;
}

/** A number with its unit: "%" sticks to the number, words are spaced. */
export function withUnit(value: string, unit: string | undefined): string {
  if (!unit) return value;
  return unit === '%' ? `${value}%` : `${value} ${unit}`;
}

/** The TARGET cell: typed by the KR's measure. */
export function formatTarget(kr: Pick<KeyResult, 'measure' | 'target' | 'unit_of_measure'>, template: FormTemplate): string {
  const { common } = template;
  const t = kr.target;
  if (t === undefined) return common.empty;
  switch (kr.measure) {
    case 'persen':
      return typeof t === 'number' ? `${formatNumber(t)}%` : String(t);
    case 'ya/tidak':
      return t === true ? common.yes : t === false ? common.no : String(t);
    case 'tanggal':
      return typeof t === 'string' ? formatDate(t, common.months) : String(t);
    default:
      return typeof t === 'number' ? withUnit(formatNumber(t), kr.unit_of_measure) : String(t);
  }
}

/** The SATUAN cell of the IKI: what the target counts in. */
export function unitOfMeasure(kr: Pick<KeyResult, 'measure' | 'unit_of_measure'>, template: FormTemplate): string {
  if (kr.unit_of_measure) return kr.unit_of_measure;
  if (kr.measure === 'persen') return '%';
  if (kr.measure === 'ya/tidak') return `${template.common.yes}/${template.common.no}`;
  if (kr.measure === 'tanggal') return 'Tanggal';
  return template.common.empty;
}

/** The plan's formula, or one derived from the measure and direction by the template. */
export function formulaText(kr: Pick<KeyResult, 'measure' | 'target' | 'unit_of_measure' | 'direction' | 'formula'>, template: FormTemplate): string {
  if (kr.formula) return kr.formula;
  const f = template.iki.formulas;
  const pattern = kr.measure === 'angka' || kr.measure === 'persen' ? f[kr.measure][kr.direction] : f[kr.measure];
  return fillText(pattern, { unit: kr.unit_of_measure ?? unitOfMeasure(kr, template), target: formatTarget(kr, template) });
}

/** `{name}` placeholders of template texts. */
export const fillText = (pattern: string, data: Readonly<Record<string, string>>): string => interpolate(pattern, data);
