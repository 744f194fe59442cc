/**
 * Where a value came from. Workbook places are `Sheet!C14`, YAML places `line:col`; both name the file as the
 * user gave it, so a diagnostic can always be traced back to what someone typed.
 */
export interface SourceRef {
  /** The path as given on the command line. */
  readonly file: string;
  readonly sheet?: string;
  /** A1-style address, e.g. `C14`. */
  readonly cell?: string;
  /** 1-based, for workbooks the sheet row, for YAML the line. */
  readonly line?: number;
  /** 1-based column (YAML: character column; workbooks: column number of `cell`). */
  readonly column?: number;
}

/** The place of one entity and of each of its fields. */
export interface EntityLoc {
  readonly at: SourceRef;
  readonly fields: Readonly<Record<string, SourceRef>>;
  /** Each field's name as the user wrote it (the sheet's header or the YAML key), for messages. */
  readonly labels: Readonly<Record<string, string>>;
}

/** A field's name as written, falling back to its key. */
export function fieldLabel(loc: EntityLoc, key: string): string {
  return loc.labels[key] ?? key;
}

/** `Pegawai!A7` or `12:5` (or just the file when nothing finer is known). */
export function formatPlace(ref: SourceRef): string {
  if (ref.sheet !== undefined) return ref.cell ? `${quoteSheet(ref.sheet)}!${ref.cell}` : quoteSheet(ref.sheet);
  if (ref.line !== undefined) return `${ref.line}:${ref.column ?? 1}`;
  return '';
}

/** `file Sheet!C14`, for naming another place inside a message. */
export function formatRef(ref: SourceRef): string {
  const place = formatPlace(ref);
  return place ? `${ref.file} ${place}` : ref.file;
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellRef(file: string, sheet: string, row: number, col: number): SourceRef {
  return { file, sheet, cell: `${columnLetter(col)}${row}`, line: row, column: col };
}

/** Orders places within a file: sheet order is the caller's, then row, then column. */
export function comparePlaces(a: SourceRef, b: SourceRef): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
