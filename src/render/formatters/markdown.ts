/**
 * GitHub-flavoured Markdown for `$GITHUB_STEP_SUMMARY` (or a merge-request comment): totals, counts per rule, then
 * each file's findings as a table. Everything from the plan is escaped, since a cell's text could otherwise break
 * a table row or inject markup into the summary page.
 */
import { compareDiagnostics, type Diagnostic, type Severity } from '../../diagnostics/finding.js';
import { formatPlace } from '../../io/source.js';
import { ruleDocUrl } from './sarif.js';
import type { Formatter } from './types.js';

const WORDS = {
  id: {
    title: 'Hasil pemeriksaan okr2skp',
    summary: 'Ringkasan',
    kind: 'Jenis',
    count: 'Jumlah',
    byRule: 'Per aturan',
    rule: 'Aturan',
    findings: 'Temuan',
    place: 'Tempat',
    severity: 'Tingkat',
    message: 'Pesan',
    subject: 'Subjek',
    files: 'Berkas yang diperiksa',
    none: 'Tidak ada masalah.',
    error: 'galat',
    warn: 'peringatan',
    info: 'info',
    errors: 'Galat',
    warnings: 'Peringatan',
    infos: 'Info',
  },
  en: {
    title: 'okr2skp check results',
    summary: 'Summary',
    kind: 'Kind',
    count: 'Count',
    byRule: 'By rule',
    rule: 'Rule',
    findings: 'Findings',
    place: 'Place',
    severity: 'Severity',
    message: 'Message',
    subject: 'Subject',
    files: 'Files checked',
    none: 'No problems found.',
    error: 'error',
    warn: 'warning',
    info: 'info',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Infos',
  },
} as const;

const ICON: Record<Severity, string> = { error: '❌', warn: '⚠️', info: 'ℹ️' };

/**
 * For text inside a table cell or heading: the punctuation that could start emphasis, code, links, math or a new
 * cell is backslash-escaped, HTML's specials become entities (GitHub would drop or render tags), and line breaks
 * become <br> so the row stays one line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]|~$]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>');
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export const markdown: Formatter = (report, ctx) => {
  const w = WORDS[ctx.lang];
  const sorted = [...report.diagnostics].sort(compareDiagnostics);
  const out: string[] = [`## ${w.title}`, ''];

  const { errors, warnings, infos } = report.summary;
  out.push(`### ${w.summary}`, '', row([w.kind, w.count]), row(['---', '---:']));
  out.push(row([`${ICON.error} ${w.errors}`, String(errors)]), row([`${ICON.warn} ${w.warnings}`, String(warnings)]), row([`${ICON.info} ${w.infos}`, String(infos)]), '');

  const files = [...new Set([...report.files, ...sorted.map((d) => d.file)])];
  if (sorted.length === 0) {
    out.push(`✅ ${w.none}`, '', `**${w.files}:** ${files.map((f) => escapeMarkdown(f)).join(', ')}`, '');
    return out.join('\n');
  }

  const perRule = new Map<string, Record<Severity, number>>();
  for (const d of sorted) {
    const counts = perRule.get(d.ruleId) ?? { error: 0, warn: 0, info: 0 };
    counts[d.severity]++;
    perRule.set(d.ruleId, counts);
  }
  out.push(`### ${w.byRule}`, '', row([w.rule, w.errors, w.warnings, w.infos]), row(['---', '---:', '---:', '---:']));
  for (const id of [...perRule.keys()].sort()) {
    const c = perRule.get(id)!;
    out.push(row([`[${escapeMarkdown(id)}](${ruleDocUrl(id)})`, String(c.error), String(c.warn), String(c.info)]));
  }
  out.push('');

  out.push(`### ${w.findings}`, '');
  for (const file of files) {
    const list: Diagnostic[] = sorted.filter((d) => d.file === file);
    if (list.length === 0) continue;
    out.push(`#### ${escapeMarkdown(file)}`, '', row([w.place, w.severity, w.rule, w.message, w.subject]), row(['---', '---', '---', '---', '---']));
    for (const d of list) {
      const place = formatPlace(d);
      out.push(
        row([
          place ? escapeMarkdown(place) : '',
          `${ICON[d.severity]} ${w[d.severity]}`,
          `\`${d.ruleId}\``,
          escapeMarkdown(d.message),
          d.subject !== undefined ? escapeMarkdown(d.subject) : '',
        ]),
      );
    }
    out.push('');
  }
  out.push(`**${w.files}:** ${files.map((f) => escapeMarkdown(f)).join(', ')}`, '');
  return out.join('\n');
};
