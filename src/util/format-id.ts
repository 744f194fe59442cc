/**
 * Numbers and dates the way Indonesian forms write them ("1.250", "4,5", "30 Juni 2026"), shared by the documents
 * and the reports. Written by hand rather than with Intl so the bytes never depend on the ICU data a Node build ships.
 */
export const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** 1250 → "1.250", 4.5 → "4,5", 0.85 → "0,85": thousands dots, a decimal comma, no trailing zeros. */
export function formatNumberId(n: number, maxDecimals = 4): string {
  const negative = n < 0;
  const fixed = Number.isInteger(n) ? String(Math.abs(n)) : Math.abs(n).toFixed(maxDecimals).replace(/\.?0+$/, '');
  const [intPart, frac] = fixed.split('.') as [string, string | undefined];
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** "2026-06-30" → "30 Juni 2026"; anything else is returned as written. */
export function formatDateId(iso: string, months: readonly string[] = MONTHS_ID): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${months[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
