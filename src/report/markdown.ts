/**
 * The coverage report as GitHub-flavoured Markdown, short enough for `$GITHUB_STEP_SUMMARY` (which caps a step at
 * 1 MiB): the summary, one row per unit, and the named problems, each list cut at `limit` entries with a count of
 * the rest. Problems carry a text marker (⚠, ✖, ▲/▼), not only emphasis.
 */
import type { ReportFigures } from './figures.js';
import { FREE_RIDER_LABEL, WORKLOAD_LABEL, decimal, longDate, percent } from './format.js';

export interface MarkdownOptions {
  /** How many entries of each problem list to show (default 50). */
  readonly limit?: number;
}

/** Pipes and line breaks would end a table cell; backslash-escape Markdown's active characters. */
function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/([\\|*_`[\]<>#])/g, '\\$1');
}

export function renderMarkdown(f: ReportFigures, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? 50;
  const t = f.totals;
  const org = f.organisation;
  const lines: string[] = [];
  lines.push(
    `## Laporan Cakupan OKR${org.name ? ` – ${cell(org.name)}` : ''}${org.year ? ` ${org.year}` : ''}`,
    '',
    `Keadaan per **${longDate(org.asOf)}** · cakupan: **${org.scope ? `unit ${cell(org.scope)} beserta sub-unitnya` : 'seluruh organisasi'}**`,
    '',
    '| Ukuran | Nilai |',
    '|---|---:|',
    `| Pegawai | ${decimal(t.employees)} |`,
    `| Tingkat pengisian mandiri | ${percent(t.selfInputRate)} (${decimal(t.employeesWithObjectives)} pegawai) |`,
    `| Pegawai dengan OKR selaras | ${percent(t.alignedRate)} (${decimal(t.employeesAligned)}) |`,
    `| KR pimpinan yang didukung bawahan | ${percent(t.coverageRate)} (${decimal(t.keyResultsCovered)} dari ${decimal(t.keyResultsNeedingContributors)}) |`,
    `| ${t.uncoveredKeyResults > 0 ? '⚠ ' : ''}KR tanpa kontributor | ${decimal(t.uncoveredKeyResults)} |`,
    `| ${t.freeRiders > 0 ? '⚠ ' : ''}Free rider | ${decimal(t.freeRiders)} |`,
    `| ${t.workloadOutliers > 0 ? '⚠ ' : ''}Beban kerja menyimpang | ${decimal(t.workloadOutliers)} |`,
    `| Beban kerja (min / median / maks, Gini) | ${decimal(t.workload.min)} / ${decimal(t.workload.median)} / ${decimal(t.workload.max)}, ${decimal(t.workload.gini, 4)} |`,
    `| Temuan validasi | ${decimal(f.findings.errors)} galat, ${decimal(f.findings.warnings)} peringatan, ${decimal(f.findings.infos)} info |`,
    '',
  );
  if (f.units.length > 0) {
    lines.push(
      '### Per unit',
      '',
      '| Unit | Pegawai | Selaras | KR pimpinan didukung | KR tanpa kontributor | Bobot min / median / maks | Gini | Free rider | Beban menyimpang |',
      '|---|---:|---:|---:|---|---:|---:|---:|---:|',
    );
    for (const u of f.units) {
      const indent = '&nbsp;&nbsp;'.repeat(u.depth);
      lines.push(
        `| ${indent}${cell(u.code)} – ${cell(u.name)} | ${decimal(u.employees)} | ${percent(u.alignedRate)} | ${u.headCoverage !== null && u.headCoverage < 1 ? '⚠ ' : ''}${percent(u.headCoverage)} | ${u.uncoveredKeyResults.map(cell).join(', ') || '–'} | ${decimal(u.workload.min)} / ${decimal(u.workload.median)} / ${decimal(u.workload.max)} | ${decimal(u.workload.gini, 4)} | ${decimal(u.freeRiders.length)} | ${decimal(u.workloadOutliers.length)} |`,
      );
    }
    lines.push('');
  }
  const list = <T>(title: string, items: readonly T[], line: (item: T) => string) => {
    if (items.length === 0) return;
    lines.push(`### ${title} (${decimal(items.length)})`, '');
    for (const item of items.slice(0, limit)) lines.push(`- ${line(item)}`);
    if (items.length > limit) lines.push(`- … dan ${decimal(items.length - limit)} lainnya (lihat laporan HTML/XLSX)`);
    lines.push('');
  };
  list('⚠ KR tanpa kontributor', f.uncoveredKeyResults, (k) => `**${cell(k.code)}** ${cell(k.text)} — ${cell(k.ownerName)} (${cell(k.owner)})`);
  list('✖ Free rider', f.employees.filter((e) => e.freeRider), (e) => `${cell(e.name)} (${cell(e.nip)}), unit ${cell(e.unit)}: ${FREE_RIDER_LABEL[e.freeRiderReason!]}`);
  list(
    'Beban kerja menyimpang',
    f.employees.filter((e) => e.workload.flag === 'high' || e.workload.flag === 'low'),
    (e) => `${e.workload.flag === 'high' ? '▲' : '▼'} ${cell(e.name)} (${cell(e.nip)}), unit ${cell(e.unit)}: bobot ${decimal(e.totalWeight)} = ${decimal(e.workload.ratio)} × median ${decimal(e.workload.unitMedian)} (${WORKLOAD_LABEL[e.workload.flag].toLowerCase()})`,
  );
  if (f.findings.byRule.length > 0) {
    lines.push('### Temuan validasi per aturan', '', '| Aturan | Galat | Peringatan | Info |', '|---|---:|---:|---:|');
    for (const r of f.findings.byRule) lines.push(`| \`${r.ruleId}\` | ${decimal(r.errors)} | ${decimal(r.warnings)} | ${decimal(r.infos)} |`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`.replace(/\n{3,}/g, '\n\n');
}
