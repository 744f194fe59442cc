/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns into annotations on
 * the pull request. Workbooks have no lines a diff can show, so the row stands in for the line and `Sheet!Cell`
 * leads the title; the file still gets its annotation in the run summary.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { compareDiagnostics, type Severity } from '../../diagnostics/finding.js';
import { formatPlace } from '../../io/source.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

/** Message data, as the runner's toolkit escapes it (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values additionally lose `:` and `,`, which delimit properties (actions/toolkit `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Annotations need paths relative to the workspace with `/`; a file outside it is left as the user wrote it. */
function workspacePath(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}

const SUMMARY = {
  id: (e: number, w: number, i: number) => `okr2skp: ${e} galat, ${w} peringatan, ${i} info`,
  en: (e: number, w: number, i: number) => `okr2skp: ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} ${i === 1 ? 'info' : 'infos'}`,
} as const;

export const github: Formatter = (report, ctx) => {
  const lines = [...report.diagnostics].sort(compareDiagnostics).map((d) => {
    const props = [`file=${escapeProperty(workspacePath(d.file, ctx.cwd))}`];
    if (d.line !== undefined && d.line >= 1) {
      props.push(`line=${d.line}`);
      if (d.column !== undefined && d.column >= 1) props.push(`col=${d.column}`);
    }
    const title = d.sheet !== undefined ? `${formatPlace(d)} ${d.ruleId}` : d.ruleId;
    props.push(`title=${escapeProperty(title)}`);
    return `::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`;
  });
  const { errors, warnings, infos } = report.summary;
  // A plain line (no leading `::`) so the log says what happened even where annotations are not shown.
  lines.push(SUMMARY[ctx.lang](errors, warnings, infos));
  return lines.join('\n') + '\n';
};
