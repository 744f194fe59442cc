/**
 * Parsers for the values people really type (format.md "Values people actually type"). Each is pure and returns
 * either the value or the reason it was refused, as a message id with data, so the caller can report it at the
 * cell or line it came from.
 */

export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; messageId: string; data: Record<string, string | number> };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (messageId: string, data: Record<string, string | number> = {}): Parsed<never> => ({
  ok: false,
  messageId,
  data,
});

/** ISO calendar date `YYYY-MM-DD`; plain strings compare in date order. */
export type IsoDate = string;

/** Text as written, trimmed; numbers from workbook cells become their decimal text. */
export function parseText(raw: unknown): Parsed<string | undefined> {
  if (raw === null || raw === undefined) return ok(undefined);
  if (typeof raw === 'string') {
    const t = raw.trim();
    return ok(t === '' ? undefined : t);
  }
  if (typeof raw === 'number' && Number.isFinite(raw)) return ok(String(raw));
  if (typeof raw === 'boolean') return ok(raw ? 'true' : 'false');
  return fail('notText', { value: describe(raw) });
}

/**
 * Decimal commas and thousands dots. `85,5` and `85.5` are 85.5; `1.250.000` and `1.250,5` are unambiguous;
 * a lone `1.250` or `1,250` could be either, so it is refused with a hint rather than guessed.
 */
export function parseNumber(raw: unknown, opts: { percent?: boolean } = {}): Parsed<number | undefined> {
  if (raw === null || raw === undefined) return ok(undefined);
  if (typeof raw === 'number') return Number.isFinite(raw) ? ok(raw) : fail('notNumber', { value: String(raw) });
  if (typeof raw !== 'string') return fail('notNumber', { value: describe(raw) });
  let s = raw.trim().replace(/\u00a0/g, ' ');
  if (s === '') return ok(undefined);
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(/\s+/g, '');
  const sign = s.startsWith('-') ? -1 : 1;
  if (s.startsWith('-') || s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return fail('notNumber', { value: raw.trim() });
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normal: string;
  if (dots > 0 && commas > 0) {
    // Whichever separator comes last is the decimal one: 1.250,5 (Indonesian) or 1,250.5 (English).
    const decimalIsComma = s.lastIndexOf(',') > s.lastIndexOf('.');
    const [thousands, decimal] = decimalIsComma ? ['.', ','] : [',', '.'];
    if ((decimalIsComma ? commas : dots) > 1) return fail('notNumber', { value: raw.trim() });
    const [intPart, fracPart] = s.split(decimal) as [string, string];
    if (!isGroupedThousands(intPart, thousands)) return fail('notNumber', { value: raw.trim() });
    normal = intPart.split(thousands).join('') + '.' + fracPart;
  } else if (dots + commas > 1) {
    const sep = dots > 0 ? '.' : ',';
    if (!isGroupedThousands(s, sep)) return fail('notNumber', { value: raw.trim() });
    normal = s.split(sep).join('');
  } else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const [intPart, fracPart] = s.split(sep) as [string, string];
    if (fracPart.length === 3 && intPart.length >= 1 && intPart.length <= 3 && intPart !== '0') {
      return fail('ambiguousNumber', { value: raw.trim(), thousands: intPart + fracPart, decimal: `${intPart},${fracPart}` });
    }
    normal = intPart + '.' + fracPart;
  } else {
    normal = s;
  }
  const n = sign * Number(normal);
  if (!Number.isFinite(n)) return fail('notNumber', { value: raw.trim() });
  if (percent && opts.percent === false) return fail('notNumber', { value: raw.trim() });
  return ok(n);
}

function isGroupedThousands(s: string, sep: string): boolean {
  const groups = s.split(sep);
  return groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, pebruari: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nopember: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/** Excel stores dates as days since 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Dates as Excel cells, `2026-03-31`, `31/03/2026`, `31-03-2026`, `31 Maret 2026` (and `31 March 2026`). */
export function parseDate(raw: unknown): Parsed<IsoDate | undefined> {
  if (raw === null || raw === undefined) return ok(undefined);
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return fail('notDate', { value: 'Invalid Date' });
    // Workbook dates carry no zone; exceljs gives them as UTC midnight.
    return ok(raw.toISOString().slice(0, 10));
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 1 || raw > 2958465) return fail('notDate', { value: String(raw) });
    return ok(new Date(EXCEL_EPOCH_MS + Math.floor(raw) * 86_400_000).toISOString().slice(0, 10));
  }
  if (typeof raw !== 'string') return fail('notDate', { value: describe(raw) });
  const s = raw.trim();
  if (s === '') return ok(undefined);
  let y: number, m: number, d: number;
  let match: RegExpMatchArray | null;
  if ((match = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = s.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = s.match(/^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/))) {
    const month = MONTHS[match[2]!.toLowerCase()];
    if (!month) return fail('notDate', { value: s });
    [d, m, y] = [Number(match[1]), month, Number(match[3])];
  } else {
    return fail('notDate', { value: s });
  }
  const iso = isoDate(y, m, d);
  return iso ? ok(iso) : fail('impossibleDate', { value: s });
}

/** `YYYY-MM-DD` for a real calendar day, or undefined (30 February, month 13). */
export function isoDate(y: number, m: number, d: number): IsoDate | undefined {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return t.toISOString().slice(0, 10);
}

const TRUE_WORDS = new Set(['ya', 'yes', 'true', '1', 'selesai', 'y', 'sudah', 'done', 'tercapai']);
const FALSE_WORDS = new Set(['tidak', 'no', 'false', '0', 'belum', 'n', 'tdk']);

/** `ya`/`tidak`, `yes`/`no`, `true`/`false`, `1`/`0`, `selesai`. */
export function parseBoolean(raw: unknown): Parsed<boolean | undefined> {
  if (raw === null || raw === undefined) return ok(undefined);
  if (typeof raw === 'boolean') return ok(raw);
  if (typeof raw === 'number') {
    if (raw === 1) return ok(true);
    if (raw === 0) return ok(false);
    return fail('notBoolean', { value: String(raw) });
  }
  if (typeof raw !== 'string') return fail('notBoolean', { value: describe(raw) });
  const s = raw.trim().toLowerCase();
  if (s === '') return ok(undefined);
  if (TRUE_WORDS.has(s)) return ok(true);
  if (FALSE_WORDS.has(s)) return ok(false);
  return fail('notBoolean', { value: raw.trim() });
}

/**
 * A NIP is text. A number means Excel (or YAML) already held it as a float: 18 digits do not fit in 15
 * significant digits, so the tail is lost and cannot be recovered here.
 */
export function parseNip(raw: unknown): Parsed<string | undefined> {
  if (raw === null || raw === undefined) return ok(undefined);
  if (typeof raw === 'number' || typeof raw === 'bigint') {
    return fail('rounded', { value: typeof raw === 'number' ? formatRoundedNumber(raw) : String(raw) });
  }
  if (typeof raw !== 'string') return fail('notText', { value: describe(raw) });
  const s = raw.trim();
  if (s === '') return ok(undefined);
  // "1,98503E+17" or "1.98503152010121E+17": a number that was pasted back as text.
  if (/^\d[.,]\d+e\+?\d+$/i.test(s)) return fail('rounded', { value: s });
  return ok(s.replace(/[\s\u00a0]+/g, ''));
}

/** A number as Excel shows it: 15 significant digits, so a rounded NIP reads the way the user sees it. */
export function formatRoundedNumber(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) < 1e15) return String(n);
  const [mantissa, exponent] = n.toExponential(14).split('e') as [string, string];
  const digits = mantissa.replace('-', '').replace('.', '');
  return (n < 0 ? '-' : '') + digits.padEnd(Number(exponent) + 1, '0');
}

/** Case- and separator-insensitive lookup of an accepted spelling. */
export function parseEnum<T extends string>(
  raw: unknown,
  spellings: Readonly<Record<string, T>>,
): Parsed<T | undefined> {
  const text = parseText(raw);
  if (!text.ok) return text;
  if (text.value === undefined) return ok(undefined);
  const key = text.value.toLowerCase().replace(/[\s._\-]+/g, '');
  const hit = spellings[key];
  if (hit !== undefined) return ok(hit);
  return fail('notAccepted', { value: text.value });
}

/** Builds a spelling table whose keys are normalised the way parseEnum looks them up. */
export function spellings<T extends string>(table: Record<T, readonly string[]>): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  for (const [value, words] of Object.entries(table) as [T, readonly string[]][]) {
    for (const w of [value, ...words]) out[w.toLowerCase().replace(/[\s._\-]+/g, '')] = value;
  }
  return out;
}

export function describe(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'object') return Array.isArray(raw) ? '[…]' : '{…}';
  return String(raw);
}
