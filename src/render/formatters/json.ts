/** The machine-readable shape documented in README: summary plus diagnostics, sorted, one JSON document. */
import type { Formatter } from './types.js';

export const json: Formatter = (report) =>
  JSON.stringify(
    {
      summary: report.summary,
      diagnostics: report.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        file: d.file,
        ...(d.sheet !== undefined ? { sheet: d.sheet } : {}),
        ...(d.cell !== undefined ? { cell: d.cell } : {}),
        ...(d.line !== undefined ? { line: d.line } : {}),
        ...(d.column !== undefined ? { column: d.column } : {}),
        ...(d.subject !== undefined ? { subject: d.subject } : {}),
      })),
    },
    null,
    2,
  ) + '\n';
