/**
 * `okr2skp report` as a library: computeFigures (pure) → one renderer per format (pure) → writeReport (the only
 * I/O, atomic, into the output folder under fixed names so a hostile plan cannot choose a path).
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../util/atomic-write.js';
import type { ReportFigures } from './figures.js';
import { renderHtml, type HtmlOptions } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';
import { renderXlsx, type XlsxOptions } from './xlsx.js';

export { computeFigures, REPORT_SCHEMA_VERSION, type ReportFigures, type FigureOptions, type EmployeeFigures, type UnitFigures } from './figures.js';
export { renderHtml, renderJson, renderMarkdown, renderXlsx };

export const REPORT_FORMATS = ['html', 'xlsx', 'json', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(s: string): s is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(s);
}

export const REPORT_FILE_NAMES = {
  html: 'laporan-cakupan.html',
  xlsx: 'laporan-cakupan.xlsx',
  json: 'laporan-cakupan.json',
  md: 'laporan-cakupan.md',
} as const satisfies Record<ReportFormat, string>;

export interface RenderOptions extends HtmlOptions, XlsxOptions, MarkdownOptions {}

export async function renderReport(figures: ReportFigures, format: ReportFormat, options: RenderOptions = {}): Promise<string | Buffer> {
  switch (format) {
    case 'html':
      return renderHtml(figures, options);
    case 'xlsx':
      return renderXlsx(figures, options);
    case 'json':
      return renderJson(figures);
    case 'md':
      return renderMarkdown(figures, options);
  }
}

/** Renders each format and writes it into `outDir`; returns the written paths in the order of `formats`. */
export async function writeReport(figures: ReportFigures, outDir: string, formats: readonly ReportFormat[], options: RenderOptions = {}): Promise<string[]> {
  const written: string[] = [];
  for (const format of [...new Set(formats)]) {
    const path = join(outDir, REPORT_FILE_NAMES[format]);
    await writeFileAtomic(path, await renderReport(figures, format, options));
    written.push(path);
  }
  return written;
}
