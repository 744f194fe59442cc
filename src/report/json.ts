/** The JSON report is the figures object itself (docs/report-json.md documents its shape, versioned by schemaVersion). */
import type { ReportFigures } from './figures.js';

export function renderJson(figures: ReportFigures): string {
  return `${JSON.stringify(figures, null, 2)}\n`;
}
