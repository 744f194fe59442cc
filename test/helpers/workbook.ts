/**
 * Builds small workbooks in memory for reader tests, so each test shows the cells it is about instead of
 * depending on a binary fixture.
 */
import ExcelJS from 'exceljs';

/** `undefined` leaves the cell absent; anything else is written as exceljs would store it. */
export type CellInput = ExcelJS.CellValue;

export interface SheetInput {
  readonly name: string;
  /** Row 1 first; each inner array starts at column A. */
  readonly rows: readonly (readonly CellInput[])[];
  /** Ranges such as `A4:A6`; the first cell keeps its value, the others are covered. */
  readonly merges?: readonly string[];
}

export async function workbookBuffer(sheets: readonly SheetInput[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const input of sheets) {
    const sheet = workbook.addWorksheet(input.name);
    input.rows.forEach((cells, r) => {
      const row = sheet.getRow(r + 1);
      cells.forEach((value, c) => {
        if (value !== undefined) row.getCell(c + 1).value = value;
      });
    });
    for (const range of input.merges ?? []) sheet.mergeCells(range);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
