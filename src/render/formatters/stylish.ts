/**
 * For people at a terminal: findings grouped by file, each with its place (`Pegawai!A7` or `12:5`), severity,
 * message and rule id, then a summary line. Colour only when the caller says so.
 */
import { Chalk } from 'chalk';
import { formatPlace } from '../../io/source.js';
import type { Diagnostic } from '../../diagnostics/finding.js';
import type { Formatter } from './types.js';

const WORDS = {
  id: { error: 'galat', warn: 'peringatan', info: 'info', problems: 'masalah', none: 'Tidak ada masalah.', summary: (e: number, w: number, i: number) => `${e} galat, ${w} peringatan, ${i} info` },
  en: { error: 'error', warn: 'warning', info: 'info', problems: 'problems', none: 'No problems found.', summary: (e: number, w: number, i: number) => `${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} ${i === 1 ? 'info' : 'infos'}` },
} as const;

export const stylish: Formatter = (report, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const words = WORDS[ctx.lang];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(c.underline(file));
    const places = list.map((d) => formatPlace(d));
    const width = Math.max(...places.map((p) => p.length));
    const sevWidth = Math.max(...list.map((d) => words[d.severity].length));
    list.forEach((d, i) => {
      const sev = words[d.severity].padEnd(sevWidth);
      const coloured = d.severity === 'error' ? c.red(sev) : d.severity === 'warn' ? c.yellow(sev) : c.blue(sev);
      lines.push(`  ${c.dim(places[i]!.padEnd(width))}  ${coloured}  ${d.message}  ${c.dim(d.ruleId)}`);
    });
    lines.push('');
  }
  const { errors, warnings, infos } = report.summary;
  const total = errors + warnings + infos;
  if (total === 0) return `${c.green('✔')} ${words.none}\n`;
  const mark = errors > 0 ? c.red('✖') : warnings > 0 ? c.yellow('⚠') : c.blue('ℹ');
  lines.push(`${mark} ${total} ${words.problems} (${words.summary(errors, warnings, infos)})`);
  return lines.join('\n') + '\n';
};
