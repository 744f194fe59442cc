/**
 * Workbooks → raw records with the `Sheet!C14` of every value. Sheets and headers are recognised by their
 * normalised names (format.md), title rows above the header are skipped, and cells become the plain values the
 * YAML reader produces (dates as ISO text, formulas as their saved result), so one normaliser parses both. The
 * zip is vetted by zip-guard.ts before exceljs sees it, and whatever exceljs throws becomes an OkrError.
 */
import ExcelJS from 'exceljs';
import { OkrError } from '../errors.js';
import type { Finding } from '../diagnostics/finding.js';
import {
  FLAT_KR_FIELDS,
  FLAT_OBJECTIVE_FIELDS,
  FLAT_SHEETS,
  SETTINGS_SPEC,
  TABLE_SPECS,
  TABLES,
  normaliseName,
  type FieldSpec,
  type TableName,
} from '../model/format.js';
import { closest } from '../util/suggest.js';
import { emptyTables, newFields, type RawDocument, type RawField, type RawRecord, type RawValue } from './raw.js';
import { cellRef, type SourceRef } from './source.js';
import { guardWorkbookZip } from './zip-guard.js';

/** Columns that must exist in a sheet of each table (format.md); a missing one is reported once per sheet. */
const REQUIRED_COLUMNS: Record<TableName, readonly string[]> = {
  units: ['code', 'name'],
  employees: ['nip', 'name', 'position', 'position_type', 'unit'],
  objectives: ['code', 'owner', 'objective'],
  key_results: ['code', 'objective', 'key_result', 'target'],
  check_ins: ['kr', 'period', 'value'],
  behaviour: ['nip', 'core_value', 'expectation'],
  attachments: ['kind', 'text'],
  ratings: ['nip', 'period'],
};
const FLAT_REQUIRED_OBJECTIVE = ['code', 'owner', 'objective'];
const FLAT_REQUIRED_KR = ['code', 'key_result', 'target'];
const SETTINGS_HEADER_KEYS = new Set(['kunci', 'key']);
const SETTINGS_HEADER_VALUES = new Set(['nilai', 'value']);

export async function readXlsx(file: string, data: Buffer): Promise<RawDocument> {
  guardWorkbookZip(file, data);
  const workbook = new ExcelJS.Workbook();
  const merges = takeMerges(workbook);
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new OkrError('workbook-corrupt', { file, reason: reasonOf(e) }, { cause: e });
  }
  try {
    return new WorkbookReader(file, workbook, merges).read();
  } catch (e) {
    if (e instanceof OkrError) throw e;
    throw new OkrError('workbook-corrupt', { file, reason: reasonOf(e) }, { cause: e });
  }
}

/**
 * A parser's own words (an XML or zip complaint) help someone repairing the file; a TypeError from inside exceljs
 * tripping over a missing part says nothing to them, so it becomes a plain statement.
 */
function reasonOf(e: unknown): string {
  if (!(e instanceof Error) || e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError) return 'workbook content cannot be read';
  return e.message.split('\n')[0]!.slice(0, 120);
}

// ─── Merged cells ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * exceljs checks every merge it loads against all earlier ones, which is quadratic: a flat OKR sheet of 10,000
 * rows with merged objectives took 10 s inside exceljs alone. So the merge lists are taken from the parsed model
 * before exceljs applies them (on this workbook instance only) and indexed here instead. Should a later exceljs
 * load differently, nothing is taken and its own merge handling (cell.master) is used as before.
 */
function takeMerges(workbook: ExcelJS.Workbook): Map<string, string[]> {
  const taken = new Map<string, string[]>();
  const xlsx = workbook.xlsx as unknown as { reconcile?: (model: unknown, options: unknown) => void };
  const reconcile = xlsx.reconcile;
  if (typeof reconcile !== 'function') return taken;
  xlsx.reconcile = (model, options) => {
    reconcile.call(xlsx, model, options);
    const sheets = (model as { worksheets?: ({ name?: unknown; mergeCells?: unknown } | undefined)[] }).worksheets ?? [];
    for (const sheet of sheets) {
      if (!sheet || typeof sheet.name !== 'string' || !Array.isArray(sheet.mergeCells)) continue;
      taken.set(sheet.name, sheet.mergeCells.filter((m): m is string => typeof m === 'string'));
      sheet.mergeCells = [];
    }
  };
  return taken;
}

interface MergeRange {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * The master cell covering a cell, by binary search in each column's ranges sorted by top row: no range is ever
 * expanded into its cells, so a merge over a million rows costs one entry, and a lookup is O(log merges).
 */
class MergeIndex {
  private readonly byColumn = new Map<number, MergeRange[]>();

  constructor(ranges: readonly string[], columns: readonly number[]) {
    for (const text of ranges) {
      const range = parseRange(text);
      if (!range) continue;
      for (const col of columns) {
        if (col < range.left || col > range.right) continue;
        let list = this.byColumn.get(col);
        if (!list) this.byColumn.set(col, (list = []));
        list.push(range);
      }
    }
    for (const list of this.byColumn.values()) list.sort((a, b) => a.top - b.top);
  }

  /** The master of a covered cell; undefined for a master or an unmerged cell. */
  masterOf(row: number, col: number): { row: number; col: number } | undefined {
    const list = this.byColumn.get(col);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found: MergeRange | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const range = list[mid]!;
      if (range.top <= row) {
        found = range;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (!found || found.bottom < row || (found.top === row && found.left === col)) return undefined;
    return { row: found.top, col: found.left };
  }
}

function parseRange(text: string): MergeRange | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/i.exec(text.trim());
  if (!m) return undefined;
  const a = { col: columnNumber(m[1]!), row: Number(m[2]) };
  const b = m[3] ? { col: columnNumber(m[3]), row: Number(m[4]) } : a;
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

// ─── Cell values ────────────────────────────────────────────────────────────────────────────────────────────────

interface CellRead {
  readonly value: RawValue;
  /** A formula that cannot give a value: the error it shows, or none saved. */
  readonly problem?: { readonly messageId: 'formulaError' | 'formulaNoResult'; readonly value: string };
}

const EMPTY: CellRead = { value: null };

/** exceljs cell values → the plain values the YAML reader also produces. */
export function readCellValue(v: ExcelJS.CellValue): CellRead {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === 'string') return { value: v.trim() };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : null };
  if (typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: isoDateOf(v) };
  if (typeof v !== 'object') return EMPTY;
  if ('error' in v) return { value: null, problem: { messageId: 'formulaError', value: String(v.error) } };
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return { value: null, problem: { messageId: 'formulaNoResult', value: '' } };
    return readCellValue(result as ExcelJS.CellValue);
  }
  if ('richText' in v) return { value: richText(v.richText) };
  if ('text' in v) {
    const text = (v as { text: unknown }).text;
    if (typeof text === 'string') return { value: text.trim() };
    if (text && typeof text === 'object' && 'richText' in text) return { value: richText((text as ExcelJS.CellRichTextValue).richText) };
    return EMPTY;
  }
  return EMPTY;
}

function richText(parts: readonly ExcelJS.RichText[] | undefined): string {
  return (parts ?? []).map((p) => p.text ?? '').join('').trim();
}

/** Excel stores dates as day numbers; exceljs turns them into UTC midnight, so the UTC parts are the date typed. */
function isoDateOf(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${day}`;
}

function isBlank(value: RawValue): boolean {
  return value === null || value === undefined || value === '';
}

// ─── Sheets ─────────────────────────────────────────────────────────────────────────────────────────────────────

type SheetKind = { kind: 'settings' } | { kind: 'table'; table: TableName } | { kind: 'flat' };

const SHEET_KINDS: ReadonlyMap<string, SheetKind> = (() => {
  const map = new Map<string, SheetKind>();
  const add = (name: string, kind: SheetKind) => {
    const key = normaliseName(name);
    if (!map.has(key)) map.set(key, kind);
  };
  for (const name of SETTINGS_SPEC.sheets) add(name, { kind: 'settings' });
  for (const table of TABLES) for (const name of TABLE_SPECS[table].sheets) add(name, { kind: 'table', table });
  for (const name of FLAT_SHEETS) add(name, { kind: 'flat' });
  return map;
})();

const KNOWN_SHEET_NAMES: readonly string[] = [
  ...SETTINGS_SPEC.sheets,
  ...TABLES.flatMap((t) => TABLE_SPECS[t].sheets),
  ...FLAT_SHEETS,
];

/** Which column means what: the field a header fills, and (in the flat layout) whether it is the objective's. */
interface ColumnTarget {
  readonly key: string;
  readonly group: 'own' | 'objective';
  /** The Indonesian header, for messages about an absent column. */
  readonly title: string;
}

/** The columns a kind of sheet knows: normalised header → target, the spellings to suggest, the required ones. */
interface Layout {
  readonly index: ReadonlyMap<string, ColumnTarget>;
  readonly spellings: readonly string[];
  /** `group:key` of each required column, with its title. */
  readonly required: ReadonlyMap<string, string>;
}

function layout(parts: readonly { fields: readonly FieldSpec[]; group: ColumnTarget['group']; required: readonly string[] }[]): Layout {
  const index = new Map<string, ColumnTarget>();
  const spellings: string[] = [];
  const required = new Map<string, string>();
  for (const { fields, group, required: keys } of parts) {
    for (const field of fields) {
      const title = field.headers[0]!;
      for (const header of field.headers) {
        const normal = normaliseName(header);
        if (index.has(normal)) continue;
        index.set(normal, { key: field.key, group, title });
        spellings.push(header);
      }
      if (keys.includes(field.key)) required.set(targetId({ key: field.key, group }), title);
    }
  }
  return { index, spellings, required };
}

function targetId(target: Pick<ColumnTarget, 'key' | 'group'>): string {
  return `${target.group}:${target.key}`;
}

const TABLE_LAYOUTS: Record<TableName, Layout> = Object.fromEntries(
  TABLES.map((t) => [t, layout([{ fields: TABLE_SPECS[t].fields, group: 'own', required: REQUIRED_COLUMNS[t] }])]),
) as Record<TableName, Layout>;
const FLAT_LAYOUT = layout([
  { fields: FLAT_OBJECTIVE_FIELDS, group: 'objective', required: FLAT_REQUIRED_OBJECTIVE },
  { fields: FLAT_KR_FIELDS, group: 'own', required: FLAT_REQUIRED_KR },
]);
const SETTINGS_LAYOUT = layout([{ fields: SETTINGS_SPEC.fields, group: 'own', required: [] }]);

/** One recognised column of a sheet's header row. */
interface Column {
  readonly col: number;
  readonly target: ColumnTarget;
  /** The header as typed, for messages. */
  readonly label: string;
}

interface HeaderRow {
  readonly row: number;
  /** The row's first filled cell, where sheet-level findings are placed. */
  readonly firstCol: number;
  /** Known columns, left to right; a field's second column is left out (and reported). */
  readonly columns: readonly Column[];
  readonly unknown: readonly { col: number; text: string }[];
  /** Second columns for a field already read from an earlier column, which they name. */
  readonly repeated: readonly { col: number; text: string; first: number }[];
}

/** A cell as read: its value and where that value really lives (a merged cell's master). */
interface Located {
  readonly read: CellRead;
  readonly at: SourceRef;
  /** False for the covered cells of a merge: they repeat the master's value rather than hold their own. */
  readonly own: boolean;
}

class WorkbookReader {
  private readonly findings: Finding[] = [];
  private readonly tables = emptyTables();
  private readonly settingsFields = newFields();
  private settingsAt: SourceRef | undefined;

  constructor(
    private readonly file: string,
    private readonly workbook: ExcelJS.Workbook,
    private readonly merges: ReadonlyMap<string, readonly string[]>,
  ) {}

  private mergeIndex(sheet: ExcelJS.Worksheet, columns: readonly Column[]): MergeIndex {
    return new MergeIndex(this.merges.get(sheet.name) ?? [], columns.map((c) => c.col));
  }

  read(): RawDocument {
    const sheets = this.workbook.worksheets;
    const unknown: ExcelJS.Worksheet[] = [];
    for (const sheet of sheets) {
      const byName = SHEET_KINDS.get(normaliseName(sheet.name));
      if (byName?.kind === 'settings') this.readSettings(sheet);
      else if (byName?.kind === 'table') this.readTable(sheet, byName.table);
      else if (byName?.kind === 'flat') this.readFlat(sheet, findHeader(sheet, FLAT_LAYOUT));
      else {
        // A unit's OKR sheet is often named after the unit ("OKR Biro SDM"); its headers tell what it is.
        const header = findHeader(sheet, FLAT_LAYOUT);
        const ids = new Set(header?.columns.map((c) => targetId(c.target)));
        if (header && ids.has('objective:objective') && ids.has('own:key_result')) this.readFlat(sheet, header);
        else unknown.push(sheet);
      }
    }
    if (unknown.length === sheets.length) {
      const names = sheets.map((s) => s.name);
      const suggestion = names.map((name) => closest(name, KNOWN_SHEET_NAMES, normaliseName)).find((s) => s !== undefined) ?? '';
      throw new OkrError('workbook-no-known-sheet', { file: this.file, sheets: names.join(', '), suggestion });
    }
    for (const sheet of unknown) {
      const suggestion = closest(sheet.name, KNOWN_SHEET_NAMES, normaliseName);
      this.finding('schema/unknown-column', suggestion ? 'unknownSheetSuggest' : 'unknownSheet', { key: sheet.name, suggestion: suggestion ?? '' }, { file: this.file, sheet: sheet.name });
    }
    const settings: RawRecord | undefined = this.settingsAt ? { at: this.settingsAt, fields: this.settingsFields } : undefined;
    return { file: this.file, kind: 'xlsx', settings, tables: this.tables, findings: this.findings };
  }

  /** Key/value rows; a title above them and a `Kunci | Nilai` header are allowed. */
  private readSettings(sheet: ExcelJS.Worksheet): void {
    const fields = this.settingsFields;
    let sawKey = false;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const keyCell = firstFilledCell(row);
      if (!keyCell) return;
      const keyCol = Number(keyCell.col);
      const keyText = String(readCellValue(keyCell.value).value);
      // The value is the next filled cell: a key merged over two columns pushes it one further right.
      const valueCol = firstFilledCol(row, keyCol + 1) ?? keyCol + 1;
      const valueCell = this.locate(sheet, undefined, row, valueCol);
      const normal = normaliseName(keyText);
      const value = valueCell.read.value;
      if (!sawKey && SETTINGS_HEADER_KEYS.has(normal) && typeof value === 'string' && SETTINGS_HEADER_VALUES.has(normaliseName(value))) return;
      const keyAt = cellRef(this.file, sheet.name, row.number, keyCol);
      const target = SETTINGS_LAYOUT.index.get(normal);
      if (!target) {
        // A lone unknown cell before any setting is a title ("PENGATURAN 2026"), not a misspelt key.
        if (!sawKey && isBlank(value)) return;
        this.unknownColumn(keyText, SETTINGS_LAYOUT.spellings, keyAt);
        return;
      }
      sawKey = true;
      this.settingsAt ??= keyAt;
      const first = fields[target.key];
      if (first) {
        this.finding('schema/duplicate-key', 'duplicateCell', { key: keyText, cell: first.at.cell ?? '' }, keyAt);
        return;
      }
      fields[target.key] = this.field(valueCell, keyText);
    });
  }

  private readTable(sheet: ExcelJS.Worksheet, table: TableName): void {
    const header = this.reportHeader(sheet, findHeader(sheet, TABLE_LAYOUTS[table]), TABLE_LAYOUTS[table]);
    if (!header) return;
    const firstCol = header.columns[0]!.col;
    const merges = this.mergeIndex(sheet, header.columns);
    eachDataRow(sheet, header.row, (row) => {
      const fields = newFields();
      let filled = false;
      for (const column of header.columns) {
        const cell = this.locate(sheet, merges, row, column.col);
        if (cell.own && !isBlank(cell.read.value)) filled = true;
        fields[column.target.key] = this.field(cell, column.label);
      }
      if (filled) this.tables[table].push({ at: cellRef(this.file, sheet.name, row.number, firstCol), fields });
    });
  }

  /**
   * One row per key result, the objective's cells merged (or left blank) below its first row. Objectives are
   * emitted once, at their first row; a later row repeating a code with the same content rejoins it, while one
   * with different content is emitted again so the normaliser reports the duplicate code at both places.
   */
  private readFlat(sheet: ExcelJS.Worksheet, found: HeaderRow | undefined): void {
    const header = this.reportHeader(sheet, found, FLAT_LAYOUT);
    if (!header) return;
    const objectiveColumns = header.columns.filter((c) => c.target.group === 'objective');
    const krColumns = header.columns.filter((c) => c.target.group === 'own');
    const codeIndex = objectiveColumns.findIndex((c) => c.target.key === 'code');
    const firstCol = header.columns[0]!.col;
    const byCode = new Map<string, FlatObjective>();
    const merges = this.mergeIndex(sheet, header.columns);
    let current: FlatObjective | undefined;

    eachDataRow(sheet, header.row, (row) => {
      const cellsOf = (columns: readonly Column[]) => columns.map((c) => this.locate(sheet, merges, row, c.col));
      const objectiveCells = cellsOf(objectiveColumns);
      const krCells = cellsOf(krColumns);
      const krFilled = krCells.some((cell) => cell.own && !isBlank(cell.read.value));
      if (!krFilled && !objectiveCells.some((cell) => cell.own && !isBlank(cell.read.value))) return;

      const values = new Map<string, RawValue>();
      objectiveCells.forEach((cell, i) => {
        if (!isBlank(cell.read.value)) values.set(objectiveColumns[i]!.target.key, cell.read.value);
      });
      // A row whose objective cells are blank, or say what the current objective says, continues it.
      if (values.size > 0 && !(current && sameObjective(current.values, values))) {
        const code = values.get('code');
        const earlier = code === undefined ? undefined : byCode.get(String(code));
        if (earlier && sameObjective(earlier.values, values)) {
          current = earlier;
        } else {
          const fields = newFields();
          objectiveCells.forEach((cell, i) => {
            const column = objectiveColumns[i]!;
            fields[column.target.key] = this.field(cell, column.label);
          });
          this.tables.objectives.push({ at: objectiveCells[0]!.at, fields });
          current = { values, code: code ?? null };
          if (code !== undefined && !byCode.has(String(code))) byCode.set(String(code), current);
        }
      }
      if (!krFilled) return;

      const fields = newFields();
      krCells.forEach((cell, i) => {
        const column = krColumns[i]!;
        fields[column.target.key] = this.field(cell, column.label);
      });
      if (codeIndex >= 0) {
        fields.objective = { value: current?.code ?? null, at: objectiveCells[codeIndex]!.at, label: objectiveColumns[codeIndex]!.label };
      }
      this.tables.key_results.push({ at: cellRef(this.file, sheet.name, row.number, firstCol), fields });
    });
  }

  /**
   * Reports a header row's unknown and absent required columns. A sheet with content but no header row gets
   * every required column reported at its first cell; an empty sheet is simply nothing.
   */
  private reportHeader(sheet: ExcelJS.Worksheet, header: HeaderRow | undefined, layout: Layout): HeaderRow | undefined {
    let anchor: SourceRef;
    if (header) {
      for (const { col, text } of header.unknown) this.unknownColumn(text, layout.spellings, cellRef(this.file, sheet.name, header.row, col));
      for (const { col, text, first } of header.repeated) {
        this.finding('schema/duplicate-key', 'duplicateCell', { key: text, cell: cellRef(this.file, sheet.name, header.row, first).cell! }, cellRef(this.file, sheet.name, header.row, col));
      }
      anchor = cellRef(this.file, sheet.name, header.row, header.firstCol);
    } else {
      const first = firstFilledCellOfSheet(sheet);
      if (!first) return undefined;
      anchor = cellRef(this.file, sheet.name, first.row, first.col);
    }
    const present = new Set(header?.columns.map((c) => targetId(c.target)));
    for (const [id, title] of layout.required) {
      if (!present.has(id)) this.finding('schema/missing-field', 'noColumn', { field: title, sheet: sheet.name }, anchor);
    }
    return header;
  }

  /** A cell and where its value lives: a merged cell's value belongs to the master cell the user typed in. */
  private locate(sheet: ExcelJS.Worksheet, merges: MergeIndex | undefined, row: ExcelJS.Row, col: number): Located {
    const covering = merges?.masterOf(row.number, col);
    if (covering) {
      const master = sheet.findCell(covering.row, covering.col);
      return { read: master ? readCellValue(master.value) : EMPTY, at: cellRef(this.file, sheet.name, covering.row, covering.col), own: false };
    }
    const cell = row.findCell(col);
    if (!cell) return { read: EMPTY, at: cellRef(this.file, sheet.name, row.number, col), own: true };
    const master = cell.isMerged ? cell.master : cell;
    return { read: readCellValue(master.value), at: cellRef(this.file, sheet.name, Number(master.row), Number(master.col)), own: master === cell };
  }

  /** The field of one cell; a broken formula is reported once, at the cell that holds it, not at every covered cell. */
  private field(cell: Located, label: string): RawField {
    const problem = cell.read.problem;
    if (problem && cell.own) {
      const data: Record<string, string> = problem.messageId === 'formulaError' ? { field: label, value: problem.value } : { field: label };
      this.finding('schema/invalid-value', problem.messageId, data, cell.at);
    }
    return { value: cell.read.value, at: cell.at, label };
  }

  private unknownColumn(text: string, spellings: readonly string[], at: SourceRef): void {
    const suggestion = closest(text, spellings, normaliseName);
    this.finding('schema/unknown-column', suggestion ? 'unknownColumnSuggest' : 'unknownColumn', { key: text, suggestion: suggestion ?? '' }, at);
  }

  private finding(ruleId: string, messageId: string, data: Record<string, string | number>, at: SourceRef): void {
    this.findings.push({ ruleId, messageId, data, at });
  }
}

interface FlatObjective {
  /** The objective's filled cells by field, to tell a continuation or repeat from a different objective. */
  readonly values: ReadonlyMap<string, RawValue>;
  readonly code: RawValue;
}

/** A row belongs to an objective when every objective cell it fills says the same as the objective does. */
function sameObjective(objective: ReadonlyMap<string, RawValue>, row: ReadonlyMap<string, RawValue>): boolean {
  for (const [key, value] of row) {
    const mine = objective.get(key);
    if (mine === undefined || String(mine) !== String(value)) return false;
  }
  return true;
}

/**
 * The first row with at least two known headers. Cells covered by a merge are skipped (a header merged across two
 * columns is one header); when two columns name the same field, the first is read and the second reported.
 */
function findHeader(sheet: ExcelJS.Worksheet, layout: Layout): HeaderRow | undefined {
  let found: HeaderRow | undefined;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (found) return;
    const columns: Column[] = [];
    const unknown: { col: number; text: string }[] = [];
    const repeated: { col: number; text: string; first: number }[] = [];
    const taken = new Map<string, number>();
    let firstCol = 0;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = readCellValue(cell.value).value;
      if (isBlank(value)) return;
      const text = String(value);
      if (firstCol === 0) firstCol = col;
      const target = layout.index.get(normaliseName(text));
      const first = target && taken.get(targetId(target));
      if (!target) unknown.push({ col, text });
      else if (first) repeated.push({ col, text, first });
      else {
        taken.set(targetId(target), col);
        columns.push({ col, target, label: text });
      }
    });
    if (columns.length >= 2) found = { row: row.number, firstCol, columns, unknown, repeated };
  });
  return found;
}

/** Rows below the header, in order; exceljs only visits rows that exist, so empty rows cost nothing. */
function eachDataRow(sheet: ExcelJS.Worksheet, headerRow: number, visit: (row: ExcelJS.Row) => void): void {
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (row.number > headerRow) visit(row);
  });
}

function firstFilledCell(row: ExcelJS.Row): ExcelJS.Cell | undefined {
  let first: ExcelJS.Cell | undefined;
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (!first && !isBlank(readCellValue(cell.value).value)) first = cell;
  });
  return first;
}

function firstFilledCol(row: ExcelJS.Row, from: number): number | undefined {
  let found: number | undefined;
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    if (found === undefined && col >= from && !isBlank(readCellValue(cell.value).value)) found = col;
  });
  return found;
}

function firstFilledCellOfSheet(sheet: ExcelJS.Worksheet): { row: number; col: number } | undefined {
  let anchor: { row: number; col: number } | undefined;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (anchor) return;
    const cell = firstFilledCell(row);
    if (cell) anchor = { row: row.number, col: Number(cell.col) };
  });
  return anchor;
}
