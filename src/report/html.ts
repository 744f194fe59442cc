/**
 * The coverage report as one self-contained HTML page in Bahasa Indonesia: inline CSS, inline SVG charts, a few
 * lines of inline script for sorting, no fonts, images or requests from anywhere (a CSP meta forbids them), so it
 * can be mailed, archived or opened offline.
 *
 * Accessibility: one h1 and real section headings, tables with <th scope>, charts with role="img", a <title> and a
 * <desc> that state the numbers, and every problem marked by text and a symbol as well as by colour. The cascade
 * tree is native <details>/<summary>, so it works with keyboard and screen readers without script; before
 * printing, a small script opens every branch so the paper copy shows the whole tree.
 *
 * Elements carry data-figure / data-unit / data-nip attributes so tests (and scrapers) can read figures back.
 */
import type { EmployeeFigures, ObjectiveFigures, ReportFigures, UnitFigures } from './figures.js';
import { DASH, FREE_RIDER_LABEL, SEVERITY_LABEL, WORKLOAD_LABEL, decimal, longDate, percent, targetText } from './format.js';

export interface HtmlOptions {
  /** Tool name and version for the footer, e.g. "okr2skp 0.1.0". */
  readonly generator?: string;
}

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function renderHtml(figures: ReportFigures, options: HtmlOptions = {}): string {
  const { organisation: org } = figures;
  const title = `Laporan Cakupan OKR${org.name ? ` – ${org.name}` : ''}${org.year ? ` ${org.year}` : ''}`;
  const out: string[] = [];
  out.push(
    '<!doctype html>',
    '<html lang="id">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#isi">Lompat ke isi laporan</a>',
    '<header>',
    `<h1>${esc(title)}</h1>`,
    `<p class="lead">Keadaan per <strong data-figure="asOf">${esc(longDate(org.asOf))}</strong>${org.periodStart && org.periodEnd ? ` · periode ${esc(longDate(org.periodStart))} s.d. ${esc(longDate(org.periodEnd))}` : ''} · cakupan: <strong data-figure="scope">${org.scope ? `unit ${esc(org.scope)} beserta sub-unitnya` : 'seluruh organisasi'}</strong></p>`,
    '</header>',
    '<nav aria-label="Daftar isi"><ul>',
    ...[
      ['ringkasan', 'Ringkasan'],
      ['cakupan-unit', 'Cakupan per unit'],
      ['beban-kerja', 'Beban kerja per unit'],
      ['kaskade', 'Pohon kaskade'],
      ['tabel-unit', 'Tabel per unit'],
      ['tabel-pegawai', 'Tabel per pegawai'],
      ['kr-tanpa-kontributor', 'KR tanpa kontributor'],
      ['temuan', 'Temuan validasi'],
    ].map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`),
    '</ul></nav>',
    '<main id="isi">',
  );
  summary(out, figures);
  coverageChart(out, figures);
  workloadCharts(out, figures);
  cascadeTree(out, figures);
  unitTable(out, figures);
  employeeTable(out, figures);
  uncoveredTable(out, figures);
  findingsTable(out, figures);
  out.push(
    '</main>',
    `<footer><p>Dibuat oleh ${esc(options.generator ?? 'okr2skp')} dari rencana OKR per ${esc(longDate(org.asOf))}. Angka yang sama tersedia dalam format JSON, XLSX dan Markdown.</p></footer>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  );
  return out.join('\n');
}

function summary(out: string[], f: ReportFigures): void {
  const t = f.totals;
  const card = (key: string, label: string, value: string, note = '', problem = false) =>
    `<div class="card${problem ? ' problem' : ''}${value.length > 12 ? ' wide' : ''}"><dt>${label}</dt><dd data-figure="${key}">${esc(value)}</dd>${note ? `<dd class="note">${note}</dd>` : ''}</div>`;
  out.push(
    '<section id="ringkasan" aria-labelledby="h-ringkasan">',
    '<h2 id="h-ringkasan">Ringkasan</h2>',
    '<dl class="cards">',
    card('employees', 'Pegawai', decimal(t.employees)),
    card('selfInputRate', 'Tingkat pengisian mandiri', percent(t.selfInputRate), `${esc(decimal(t.employeesWithObjectives))} pegawai memiliki objective`),
    card('alignedRate', 'Pegawai dengan OKR selaras', percent(t.alignedRate), `${esc(decimal(t.employeesAligned))} dari ${esc(decimal(t.employees))}`),
    card('coverageRate', 'KR pimpinan yang didukung bawahan', percent(t.coverageRate), `${esc(decimal(t.keyResultsCovered))} dari ${esc(decimal(t.keyResultsNeedingContributors))} KR`),
    card('uncoveredKeyResults', 'KR tanpa kontributor', decimal(t.uncoveredKeyResults), '', t.uncoveredKeyResults > 0),
    card('freeRiders', 'Pegawai tanpa OKR selaras (free rider)', decimal(t.freeRiders), '', t.freeRiders > 0),
    card('workloadOutliers', 'Beban kerja menyimpang', decimal(t.workloadOutliers), `di luar ${esc(decimal(f.organisation.workloadThresholds.low))}–${esc(decimal(f.organisation.workloadThresholds.high))} × median unit`, t.workloadOutliers > 0),
    card('giniWorkload', 'Koefisien Gini beban kerja', decimal(t.workload.gini, 4), `min ${esc(decimal(t.workload.min))} · median ${esc(decimal(t.workload.median))} · maks ${esc(decimal(t.workload.max))}`),
    card('findings', 'Temuan validasi', `${decimal(f.findings.errors)} galat · ${decimal(f.findings.warnings)} peringatan · ${decimal(f.findings.infos)} info`, '', f.findings.errors > 0),
    '</dl>',
    '</section>',
  );
}

const BAR_MAX = 320;

function coverageChart(out: string[], f: ReportFigures): void {
  out.push('<section id="cakupan-unit" aria-labelledby="h-cakupan">', '<h2 id="h-cakupan">Cakupan per unit</h2>');
  if (f.units.length === 0) {
    out.push('<p>Rencana ini tidak memuat unit.</p>', '</section>');
    return;
  }
  const rowH = 46;
  const labelW = 260;
  const width = labelW + BAR_MAX + 80;
  const height = f.units.length * rowH + 40;
  const desc = f.units
    .map((u) => `${u.code}: pegawai selaras ${percent(u.alignedRate)}, KR pimpinan didukung ${percent(u.headCoverage)}`)
    .join('; ');
  out.push(
    '<figure>',
    `<svg class="chart" role="img" aria-labelledby="cov-title cov-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    '<title id="cov-title">Cakupan per unit: persentase pegawai dengan OKR selaras dan KR pimpinan yang didukung bawahan</title>',
    `<desc id="cov-desc">${esc(desc)}</desc>`,
    PATTERNS,
    `<g class="legend" transform="translate(${labelW},14)"><rect width="14" height="10" class="bar-aligned"/><text x="20" y="9">Pegawai selaras</text><rect x="150" width="14" height="10" class="bar-covered" fill="url(#hatch)"/><text x="170" y="9">KR pimpinan didukung</text></g>`,
  );
  f.units.forEach((u, i) => {
    const y = 30 + i * rowH;
    const a = (u.alignedRate ?? 0) * BAR_MAX;
    const c = (u.headCoverage ?? 0) * BAR_MAX;
    const short = u.headCoverage !== null && u.headCoverage < 1;
    out.push(
      `<g data-unit="${esc(u.code)}">`,
      `<text x="${4 + u.depth * 12}" y="${y + 16}" class="label">${esc(clip(`${u.code} – ${u.name}`, 34 - u.depth * 2))}</text>`,
      `<rect x="${labelW}" y="${y + 4}" width="${BAR_MAX}" height="16" class="track"/>`,
      `<rect x="${labelW}" y="${y + 4}" width="${a.toFixed(1)}" height="16" class="bar-aligned"/>`,
      `<text x="${labelW + BAR_MAX + 6}" y="${y + 16}" class="value">${esc(percent(u.alignedRate))}</text>`,
      `<rect x="${labelW}" y="${y + 22}" width="${BAR_MAX}" height="16" class="track"/>`,
      `<rect x="${labelW}" y="${y + 22}" width="${c.toFixed(1)}" height="16" class="bar-covered${short ? ' short' : ''}" fill="url(#hatch)"/>`,
      `<text x="${labelW + BAR_MAX + 6}" y="${y + 34}" class="value${short ? ' warn' : ''}">${short ? '⚠ ' : ''}${esc(percent(u.headCoverage))}</text>`,
      '</g>',
    );
  });
  out.push('</svg>', '<figcaption>Batang atas: pegawai dengan OKR selaras. Batang bawah (arsir): KR pimpinan unit yang didukung objective atau KR bawahan; tanda ⚠ bila kurang dari 100%. Angka yang sama ada di tabel per unit.</figcaption>', '</figure>', '</section>');
}

function workloadCharts(out: string[], f: ReportFigures): void {
  out.push(
    '<section id="beban-kerja" aria-labelledby="h-beban">',
    '<h2 id="h-beban">Beban kerja per unit</h2>',
    `<p>Total bobot KR tiap pegawai dibandingkan dengan median unitnya (garis putus-putus). Pegawai di bawah ${esc(decimal(f.organisation.workloadThresholds.low))} × atau di atas ${esc(decimal(f.organisation.workloadThresholds.high))} × median ditandai ▲ (tinggi) atau ▼ (rendah) dan berarsir.</p>`,
  );
  const byUnit = new Map<string, EmployeeFigures[]>();
  for (const e of f.employees) {
    const list = byUnit.get(e.unit);
    if (list) list.push(e);
    else byUnit.set(e.unit, [e]);
  }
  let n = 0;
  for (const u of f.units) {
    const members = byUnit.get(u.code) ?? [];
    if (members.length === 0) continue;
    n++;
    const max = Math.max(1, ...members.map((e) => e.totalWeight));
    const scale = BAR_MAX / max;
    const rowH = 22;
    const labelW = 250;
    const width = labelW + BAR_MAX + 120;
    const height = members.length * rowH + 34;
    const med = members.find((e) => e.workload.unitMedian !== null)?.workload.unitMedian ?? null;
    const id = `wl-${n}`;
    const desc = members.map((e) => `${e.name}: ${decimal(e.totalWeight)}${e.workload.flag === 'high' || e.workload.flag === 'low' ? ` (${WORKLOAD_LABEL[e.workload.flag].toLowerCase()})` : ''}`).join('; ');
    out.push(
      `<figure class="workload" data-unit="${esc(u.code)}">`,
      `<h3 id="${id}-h">${esc(u.code)} – ${esc(u.name)}</h3>`,
      `<svg class="chart" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
      `<title id="${id}-t">Total bobot KR per pegawai di ${esc(u.name)}${med !== null ? `, median ${esc(decimal(med))}` : ''}</title>`,
      `<desc id="${id}-d">${esc(desc)}</desc>`,
      PATTERNS,
    );
    members.forEach((e, i) => {
      const y = 10 + i * rowH;
      const outlier = e.workload.flag === 'high' || e.workload.flag === 'low';
      const mark = e.workload.flag === 'high' ? '▲ tinggi' : e.workload.flag === 'low' ? '▼ rendah' : '';
      out.push(
        `<g data-nip="${esc(e.nip)}">`,
        `<text x="4" y="${y + 14}" class="label">${esc(clip(e.name, 34))}</text>`,
        `<rect x="${labelW}" y="${y + 3}" width="${(e.totalWeight * scale).toFixed(1)}" height="14" class="bar-weight${outlier ? ' outlier' : ''}"${outlier ? ' fill="url(#hatch-warn)"' : ''}/>`,
        `<text x="${labelW + e.totalWeight * scale + 6}" y="${y + 14}" class="value${outlier ? ' warn' : ''}">${esc(decimal(e.totalWeight))}${mark ? ` ${mark}` : ''}</text>`,
        '</g>',
      );
    });
    if (med !== null) {
      const x = (labelW + med * scale).toFixed(1);
      out.push(`<line x1="${x}" x2="${x}" y1="4" y2="${height - 22}" class="median"/>`, `<text x="${x}" y="${height - 8}" class="value" text-anchor="middle">median ${esc(decimal(med))}</text>`);
    }
    out.push('</svg>', '</figure>');
  }
  if (n === 0) out.push('<p>Tidak ada pegawai dalam cakupan laporan.</p>');
  out.push('</section>');
}

function cascadeTree(out: string[], f: ReportFigures): void {
  out.push(
    '<section id="kaskade" aria-labelledby="h-kaskade">',
    '<h2 id="h-kaskade">Pohon kaskade</h2>',
    '<p>Dari organisasi ke unit, pegawai, objective dan KR. Klik (atau tekan Enter pada) sebuah baris untuk membuka atau menutupnya. <span class="badge uncovered">⚠ Tanpa kontributor</span> menandai KR pimpinan yang belum didukung bawahan; <span class="badge free-rider">✖ Free rider</span> menandai pegawai tanpa OKR selaras.</p>',
    '<p class="tree-controls"><button type="button" data-tree="open">Buka semua</button> <button type="button" data-tree="close">Tutup semua</button></p>',
  );
  const byUnit = new Map<string, EmployeeFigures[]>();
  for (const e of f.employees) {
    const list = byUnit.get(e.unit);
    if (list) list.push(e);
    else byUnit.set(e.unit, [e]);
  }
  const children = new Map<string, UnitFigures[]>();
  const inScope = new Set(f.units.map((u) => u.code));
  const roots: UnitFigures[] = [];
  for (const u of f.units) {
    if (u.parent !== null && inScope.has(u.parent) && u.depth > 0) {
      const list = children.get(u.parent);
      if (list) list.push(u);
      else children.set(u.parent, [u]);
    } else roots.push(u);
  }
  const unitOkrs = new Map<string, readonly ObjectiveFigures[]>(f.unitObjectives.map((o) => [o.unit, o.okrs]));
  const orgName = f.organisation.name ?? 'Organisasi';
  out.push('<div class="tree">', `<details open data-tree-node="org"><summary><strong>${esc(orgName)}</strong> <span class="meta">${esc(decimal(f.totals.employees))} pegawai · ${esc(percent(f.totals.alignedRate))} selaras</span></summary>`, '<ul>');
  // Iterative over an explicit stack of open tags, so a deep unit tree cannot overflow the call stack.
  type Step = { unit: UnitFigures } | { close: true };
  const stack: Step[] = roots.slice().reverse().map((unit) => ({ unit }));
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      out.push('</ul></details></li>');
      continue;
    }
    const u = step.unit;
    const problems = u.uncoveredKeyResults.length + u.freeRiders.length;
    out.push(
      `<li><details data-unit="${esc(u.code)}"${u.depth === 0 ? ' open' : ''}><summary><span class="kind">Unit</span> <strong>${esc(u.code)}</strong> ${esc(u.name)} <span class="meta">${esc(decimal(u.employees))} pegawai · ${esc(percent(u.alignedRate))} selaras${problems > 0 ? ` · <span class="warn">⚠ ${esc(decimal(problems))} masalah</span>` : ''}</span></summary>`,
      '<ul>',
    );
    for (const o of unitOkrs.get(u.code) ?? []) out.push(`<li>${objectiveHtml(o)}</li>`);
    for (const e of byUnit.get(u.code) ?? []) out.push(`<li>${employeeHtml(e)}</li>`);
    stack.push({ close: true });
    const kids = children.get(u.code) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ unit: kids[i]! });
  }
  const orphans = f.employees.filter((e) => !inScope.has(e.unit));
  if (orphans.length > 0) {
    out.push(`<li><details data-unit=""><summary><span class="kind">Unit</span> Unit tidak dikenal <span class="meta">${esc(decimal(orphans.length))} pegawai</span></summary><ul>`);
    for (const e of orphans) out.push(`<li>${employeeHtml(e)}</li>`);
    out.push('</ul></details></li>');
  }
  out.push('</ul></details>', '</div>', '</section>');
}

function employeeHtml(e: EmployeeFigures): string {
  const badges: string[] = [];
  if (e.freeRider) badges.push(`<span class="badge free-rider">✖ Free rider: ${esc(FREE_RIDER_LABEL[e.freeRiderReason!])}</span>`);
  if (e.workload.flag === 'high' || e.workload.flag === 'low') badges.push(`<span class="badge workload">${e.workload.flag === 'high' ? '▲' : '▼'} Beban ${esc(WORKLOAD_LABEL[e.workload.flag].toLowerCase())}</span>`);
  const head = `<span class="kind">Pegawai</span> <strong>${esc(e.name)}</strong> <span class="nip">${esc(e.nip)}</span> <span class="meta">${esc(e.position)} · ${esc(decimal(e.objectives))} objective · ${esc(decimal(e.keyResults))} KR · bobot ${esc(decimal(e.totalWeight))}</span> ${badges.join(' ')}`;
  if (e.okrs.length === 0) return `<div class="leaf${e.freeRider ? ' free-rider' : ''}" data-nip="${esc(e.nip)}">${head}</div>`;
  return `<details data-nip="${esc(e.nip)}"${e.freeRider ? ' class="free-rider"' : ''}><summary>${head}</summary><ul>${e.okrs.map((o) => `<li>${objectiveHtml(o)}</li>`).join('')}</ul></details>`;
}

function objectiveHtml(o: ObjectiveFigures): string {
  const link = o.alignedTo ? ` <span class="meta">→ selaras dengan ${esc(o.alignedTo)}${o.reachesTop ? '' : ' <span class="warn">(tidak sampai ke puncak)</span>'}</span>` : '';
  const krs = o.keyResults
    .map((k) => {
      const progress = k.progress ? ` <span class="meta">· capaian ${esc(decimal(k.progress.achievement, 1))}% (${esc(k.progress.period)})</span>` : '';
      const contributors = k.contributors.length > 0 ? ` <span class="meta">· didukung ${esc(k.contributors.join(', '))}</span>` : '';
      const flag = k.uncovered ? ' <span class="badge uncovered">⚠ Tanpa kontributor</span>' : '';
      return `<li class="kr${k.uncovered ? ' uncovered' : ''}" data-kr="${esc(k.code)}"><span class="kind">KR</span> <strong>${esc(k.code)}</strong> ${esc(k.text)} <span class="meta">· target ${esc(targetText(k.target, k.unitOfMeasure, k.measure))} · bobot ${esc(decimal(k.weight))}</span>${progress}${contributors}${flag}</li>`;
    })
    .join('');
  return `<div class="objective" data-objective="${esc(o.code)}"><span class="kind">Objective</span> <strong>${esc(o.code)}</strong> ${esc(o.text)}${o.kind !== 'Utama' ? ` <span class="meta">(${esc(o.kind)})</span>` : ''}${link}</div><ul>${krs}</ul>`;
}

interface Column<T> {
  readonly label: string;
  readonly numeric?: boolean;
  readonly cell: (row: T) => { text: string; sort?: number | string | null; problem?: boolean; html?: string };
}

function table<T>(out: string[], caption: string, id: string, rows: readonly T[], columns: readonly Column<T>[], rowAttrs: (row: T) => string): void {
  out.push(
    `<div class="table-wrap"><table class="sortable" id="${id}">`,
    `<caption>${esc(caption)} <span class="hint">(klik judul kolom untuk mengurutkan)</span></caption>`,
    '<thead><tr>',
    ...columns.map((c) => `<th scope="col"${c.numeric ? ' data-type="num" class="num"' : ''}><button type="button">${esc(c.label)}</button></th>`),
    '</tr></thead>',
    '<tbody>',
  );
  for (const row of rows) {
    const cells = columns.map((c, i) => {
      const v = c.cell(row);
      const sort = v.sort === undefined ? '' : ` data-sort="${v.sort === null ? '' : esc(v.sort)}"`;
      const cls = [c.numeric ? 'num' : '', v.problem ? 'problem' : ''].filter(Boolean).join(' ');
      const body = v.html ?? esc(v.text);
      return i === 0 ? `<th scope="row"${sort}${cls ? ` class="${cls}"` : ''}>${body}</th>` : `<td${sort}${cls ? ` class="${cls}"` : ''}>${body}</td>`;
    });
    out.push(`<tr ${rowAttrs(row)}>${cells.join('')}</tr>`);
  }
  out.push('</tbody>', '</table></div>');
}

function unitTable(out: string[], f: ReportFigures): void {
  out.push('<section id="tabel-unit" aria-labelledby="h-tabel-unit">', '<h2 id="h-tabel-unit">Tabel per unit</h2>');
  table<UnitFigures>(out, 'Angka per unit, termasuk sub-unitnya', 'units', f.units, [
    { label: 'Unit', cell: (u) => ({ text: `${u.code} – ${u.name}`, sort: u.code }) },
    { label: 'Pegawai', numeric: true, cell: (u) => ({ text: decimal(u.employees), sort: u.employees }) },
    { label: 'Pegawai selaras', numeric: true, cell: (u) => ({ text: `${decimal(u.employeesAligned)} (${percent(u.alignedRate)})`, sort: u.alignedRate, problem: u.alignedRate !== null && u.alignedRate < 1 }) },
    { label: 'KR pimpinan didukung', numeric: true, cell: (u) => ({ text: `${decimal(u.headKeyResultsCovered)}/${decimal(u.headKeyResults)} (${percent(u.headCoverage)})`, sort: u.headCoverage, problem: u.headCoverage !== null && u.headCoverage < 1 }) },
    { label: 'KR tanpa kontributor', cell: (u) => ({ text: u.uncoveredKeyResults.join(', ') || DASH, sort: u.uncoveredKeyResults.length, problem: u.uncoveredKeyResults.length > 0, html: u.uncoveredKeyResults.length > 0 ? `⚠ ${esc(u.uncoveredKeyResults.join(', '))}` : DASH }) },
    { label: 'Bobot min', numeric: true, cell: (u) => ({ text: decimal(u.workload.min), sort: u.workload.min }) },
    { label: 'Median', numeric: true, cell: (u) => ({ text: decimal(u.workload.median), sort: u.workload.median }) },
    { label: 'Maks', numeric: true, cell: (u) => ({ text: decimal(u.workload.max), sort: u.workload.max }) },
    { label: 'Gini', numeric: true, cell: (u) => ({ text: decimal(u.workload.gini, 4), sort: u.workload.gini }) },
    { label: 'Free rider', numeric: true, cell: (u) => ({ text: decimal(u.freeRiders.length), sort: u.freeRiders.length, problem: u.freeRiders.length > 0 }) },
    { label: 'Beban menyimpang', numeric: true, cell: (u) => ({ text: decimal(u.workloadOutliers.length), sort: u.workloadOutliers.length, problem: u.workloadOutliers.length > 0 }) },
  ], (u) => `data-unit="${esc(u.code)}"`);
  out.push('</section>');
}

function employeeTable(out: string[], f: ReportFigures): void {
  out.push('<section id="tabel-pegawai" aria-labelledby="h-tabel-pegawai">', '<h2 id="h-tabel-pegawai">Tabel per pegawai</h2>');
  table<EmployeeFigures>(out, 'Angka per pegawai', 'employees', f.employees, [
    { label: 'Nama', cell: (e) => ({ text: e.name, sort: e.name }) },
    { label: 'NIP', cell: (e) => ({ text: e.nip }) },
    { label: 'Unit', cell: (e) => ({ text: e.unit }) },
    { label: 'Objective', numeric: true, cell: (e) => ({ text: decimal(e.objectives), sort: e.objectives }) },
    { label: 'KR', numeric: true, cell: (e) => ({ text: decimal(e.keyResults), sort: e.keyResults }) },
    { label: 'Total bobot', numeric: true, cell: (e) => ({ text: decimal(e.totalWeight), sort: e.totalWeight }) },
    { label: 'Objective selaras', numeric: true, cell: (e) => ({ text: percent(e.alignedShare), sort: e.alignedShare }) },
    { label: 'Beban vs median unit', numeric: true, cell: (e) => ({ text: e.workload.ratio === null ? WORKLOAD_LABEL.unknown : `${decimal(e.workload.ratio)} × (${WORKLOAD_LABEL[e.workload.flag].toLowerCase()})`, sort: e.workload.ratio, problem: e.workload.flag === 'high' || e.workload.flag === 'low', html: e.workload.ratio === null ? esc(WORKLOAD_LABEL.unknown) : `${e.workload.flag === 'high' ? '▲ ' : e.workload.flag === 'low' ? '▼ ' : ''}${esc(decimal(e.workload.ratio))} × (${esc(WORKLOAD_LABEL[e.workload.flag].toLowerCase())})` }) },
    { label: 'Free rider', cell: (e) => ({ text: e.freeRider ? `Ya: ${FREE_RIDER_LABEL[e.freeRiderReason!]}` : 'Tidak', sort: e.freeRider ? 1 : 0, problem: e.freeRider, html: e.freeRider ? `✖ Ya: ${esc(FREE_RIDER_LABEL[e.freeRiderReason!])}` : 'Tidak' }) },
    { label: 'Capaian terakhir', numeric: true, cell: (e) => ({ text: e.progress.achievement === null ? DASH : `${decimal(e.progress.achievement, 1)}% (${e.progress.keyResultsWithCheckIns} KR)`, sort: e.progress.achievement }) },
    { label: 'Rantai ke puncak', cell: (e) => ({ text: e.okrs[0]?.chain.filter((_, i) => i % 2 === 0).join(' → ') || DASH }) },
  ], (e) => `data-nip="${esc(e.nip)}"`);
  out.push('</section>');
}

function uncoveredTable(out: string[], f: ReportFigures): void {
  out.push('<section id="kr-tanpa-kontributor" aria-labelledby="h-uncovered">', '<h2 id="h-uncovered">KR tanpa kontributor</h2>');
  if (f.uncoveredKeyResults.length === 0) {
    out.push('<p data-figure="uncoveredList">Semua KR pimpinan didukung oleh objective atau KR bawahan.</p>', '</section>');
    return;
  }
  out.push('<p>KR milik pegawai yang memiliki bawahan, yang belum didukung objective atau KR mana pun. Selaraskan objective bawahan ke KR ini, atau jelaskan bila dikerjakan sendiri.</p>');
  table(out, 'KR tanpa kontributor', 'uncovered', f.uncoveredKeyResults, [
    { label: 'Kode KR', cell: (k) => ({ text: k.code, html: `⚠ ${esc(k.code)}` }) },
    { label: 'Key result', cell: (k) => ({ text: k.text }) },
    { label: 'Objective', cell: (k) => ({ text: k.objective }) },
    { label: 'Pemilik', cell: (k) => ({ text: `${k.ownerName} (${k.owner})` }) },
    { label: 'Unit', cell: (k) => ({ text: k.unit ?? DASH }) },
  ], (k) => `data-kr="${esc(k.code)}"`);
  out.push('</section>');
}

function findingsTable(out: string[], f: ReportFigures): void {
  out.push('<section id="temuan" aria-labelledby="h-temuan">', '<h2 id="h-temuan">Temuan validasi per aturan</h2>');
  if (f.findings.byRule.length === 0) {
    out.push('<p>Tidak ada temuan.</p>', '</section>');
    return;
  }
  table(out, 'Jumlah temuan okr2skp validate per aturan', 'findings', f.findings.byRule, [
    { label: 'Aturan', cell: (r) => ({ text: r.ruleId }) },
    { label: SEVERITY_LABEL.error!, numeric: true, cell: (r) => ({ text: decimal(r.errors), sort: r.errors, problem: r.errors > 0 }) },
    { label: SEVERITY_LABEL.warn!, numeric: true, cell: (r) => ({ text: decimal(r.warnings), sort: r.warnings }) },
    { label: SEVERITY_LABEL.info!, numeric: true, cell: (r) => ({ text: decimal(r.infos), sort: r.infos }) },
    { label: 'Jumlah', numeric: true, cell: (r) => ({ text: decimal(r.total), sort: r.total }) },
  ], (r) => `data-rule="${esc(r.ruleId)}"`);
  out.push('<p>Rincian setiap temuan (lokasi dan cara memperbaikinya) ada di lembar Temuan pada laporan XLSX dan pada keluaran <code>okr2skp validate</code>.</p>', '</section>');
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, Math.max(1, n - 1))}…`;
}

const PATTERNS =
  '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#2b6cb0"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern><pattern id="hatch-warn" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="6" height="6" fill="#b7410e"/><line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/></pattern></defs>';

const CSS = `
:root{--ink:#1a202c;--muted:#4a5568;--line:#cbd5e0;--accent:#2b6cb0;--ok:#276749;--warn:#b7410e;--bad:#c53030;--bg:#fff;--soft:#f7fafc}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.45;font-size:15px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:6px;z-index:10}
header{padding:20px 28px 8px;border-bottom:3px solid var(--accent)}
h1{margin:0 0 6px;font-size:1.6rem}h2{font-size:1.25rem;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:1rem;margin:16px 0 4px}
.lead{margin:0;color:var(--muted)}
nav{padding:6px 28px}nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}nav a{color:var(--accent)}
main{padding:0 28px 28px;max-width:1400px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:10px;margin:0}
.card{border:1px solid var(--line);border-left:6px solid var(--ok);border-radius:6px;padding:10px 12px;background:var(--soft)}
.card.problem{border-left-color:var(--warn)}.card.problem dt::before{content:"⚠ ";color:var(--warn)}
.card dt{font-size:.85rem;color:var(--muted)}.card dd{margin:2px 0 0;font-size:1.45rem;font-weight:700}.card.wide dd{font-size:1.05rem}.card dd.note{font-size:.8rem;font-weight:400;color:var(--muted)}
figure{margin:8px 0 16px}figcaption{font-size:.85rem;color:var(--muted);max-width:70ch}
svg.chart{max-width:100%;height:auto;font-size:12px}
svg .label{fill:var(--ink)}svg .value{fill:var(--ink);font-weight:600}svg .value.warn{fill:var(--warn)}
svg .track{fill:#edf2f7}svg .bar-aligned{fill:var(--ok)}svg .bar-weight{fill:var(--accent)}svg .median{stroke:var(--ink);stroke-dasharray:4 3;stroke-width:1.5}
svg .legend text{fill:var(--muted)}
.tree ul{list-style:none;margin:0;padding-left:20px;border-left:1px dotted var(--line)}
.tree summary{cursor:pointer;padding:2px 0}.tree summary:focus-visible{outline:2px solid var(--accent)}
.tree .kind{display:inline-block;min-width:5.2em;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.tree .meta,.nip{color:var(--muted);font-size:.88rem}
.tree li.kr{padding:1px 0}.tree li.kr.uncovered{background:#fffaf0;border-left:4px solid var(--warn);padding-left:4px}
.tree .free-rider>summary,.tree .leaf.free-rider{background:#fff5f5;border-left:4px solid var(--bad);padding-left:4px}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:.8rem;font-weight:600;border:1px solid currentColor}
.badge.uncovered,.badge.workload,.warn{color:var(--warn)}.badge.free-rider{color:var(--bad)}
.tree-controls button,th button{font:inherit}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:6px 0 12px}
caption{text-align:left;font-weight:600;padding:4px 0}caption .hint{font-weight:400;color:var(--muted);font-size:.8rem}
th,td{border:1px solid var(--line);padding:4px 6px;vertical-align:top;text-align:left}
thead th{background:#edf2f7;position:sticky;top:0}
th button{background:none;border:0;padding:0;cursor:pointer;font-weight:700;text-align:left;color:inherit}
th button::after{content:" ↕";color:var(--muted)}th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
td.num,th.num{text-align:right}
td.problem,th.problem{background:#fffaf0;color:var(--warn);font-weight:600}
footer{padding:12px 28px;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
@media print{
 @page{size:A4;margin:14mm 12mm}
 body{font-size:9.5pt}
 nav,.skip,.tree-controls,caption .hint{display:none}
 header,main,footer{padding-left:0;padding-right:0}
 h2{break-after:avoid}figure,tr,.card{break-inside:avoid}
 thead{display:table-header-group}thead th{position:static}
 th button::after{content:""}
 .cards{grid-template-columns:repeat(3,1fr)}
 .table-wrap{overflow:visible}
 table{font-size:8pt}
 a{color:inherit;text-decoration:none}
}
`;

const SCRIPT = `
(function(){
  function value(cell){var s=cell.getAttribute('data-sort');return s===null?cell.textContent.trim():s;}
  document.querySelectorAll('table.sortable').forEach(function(table){
    var heads=table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads,function(th,col){
      var button=th.querySelector('button');if(!button)return;
      button.addEventListener('click',function(){
        var ascending=th.getAttribute('aria-sort')!=='ascending';
        Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',ascending?'ascending':'descending');
        var numeric=th.getAttribute('data-type')==='num';
        var body=table.tBodies[0];
        var rows=Array.prototype.slice.call(body.rows).map(function(r,i){return{r:r,i:i,v:value(r.cells[col])};});
        rows.sort(function(a,b){
          var x=a.v,y=b.v,c;
          if(numeric){x=x===''?-Infinity:Number(x);y=y===''?-Infinity:Number(y);c=x<y?-1:x>y?1:0;}
          else c=x.localeCompare(y,'id');
          return (ascending?c:-c)||a.i-b.i;
        });
        var frag=document.createDocumentFragment();rows.forEach(function(o){frag.appendChild(o.r);});body.appendChild(frag);
      });
    });
  });
  document.querySelectorAll('[data-tree]').forEach(function(b){
    b.addEventListener('click',function(){var open=b.getAttribute('data-tree')==='open';document.querySelectorAll('.tree details').forEach(function(d){d.open=open;});});
  });
  var closed=[];
  window.addEventListener('beforeprint',function(){closed=[];document.querySelectorAll('details:not([open])').forEach(function(d){closed.push(d);d.open=true;});});
  window.addEventListener('afterprint',function(){closed.forEach(function(d){d.open=false;});closed=[];});
})();
`;
