/**
 * The coverage report as a workbook for people who filter and sort in Excel: Ringkasan, Per Unit, Per Pegawai,
 * KR Tanpa Kontributor and Temuan, each with a frozen header row, an autofilter, number formats, and the problems
 * highlighted by conditional formatting (so the highlight follows the value if someone edits or re-sorts).
 *
 * Deterministic: the workbook's created/modified dates and every zip entry's timestamp are the report date, so the
 * same plan and date give the same bytes.
 */
import ExcelJS from 'exceljs';
import type { ReportFigures } from './figures.js';
import { FREE_RIDER_LABEL, SEVERITY_LABEL, WORKLOAD_LABEL, longDate, targetText } from './format.js';

export interface XlsxOptions {
  /** The timestamp stamped into the workbook; defaults to the report's as-of date at midnight UTC. */
  readonly timestamp?: Date;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
const PROBLEM_STYLE: Partial<ExcelJS.Style> = {
  fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFE4CC' } },
  font: { color: { argb: 'FF9C2F00' }, bold: true },
};
const PERCENT = '0.0%';
const DECIMAL = '#,##0.##';

interface ColumnSpec {
  readonly header: string;
  readonly width: number;
  readonly numFmt?: string;
}

function sheet(wb: ExcelJS.Workbook, name: string, columns: readonly ColumnSpec[], rows: readonly (readonly unknown[])[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.numFmt = 'General';
  });
  for (const r of rows) ws.addRow(r.map((v) => (v === null || v === undefined ? null : v)));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  return ws;
}

/** Highlight cells of one column where `formula` (written for row 2, relative) is true. */
function highlight(ws: ExcelJS.Worksheet, column: string, rows: number, formula: string): void {
  if (rows === 0) return;
  ws.addConditionalFormatting({
    ref: `${column}2:${column}${rows + 1}`,
    rules: [{ type: 'expression', priority: 1, formulae: [formula], style: PROBLEM_STYLE }],
  });
}

export async function renderXlsx(figures: ReportFigures, options: XlsxOptions = {}): Promise<Buffer> {
  const stamp = options.timestamp ?? new Date(`${figures.organisation.asOf}T00:00:00Z`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'okr2skp';
  wb.lastModifiedBy = 'okr2skp';
  wb.created = stamp;
  wb.modified = stamp;
  const { organisation: org, totals: t } = figures;

  const summary = sheet(wb, 'Ringkasan', [
    { header: 'Ukuran', width: 48 },
    { header: 'Nilai', width: 22 },
  ], [
    ['Instansi', org.name ?? ''],
    ['Tahun', org.year],
    ['Keadaan per', longDate(org.asOf)],
    ['Cakupan', org.scope ? `Unit ${org.scope} beserta sub-unitnya` : 'Seluruh organisasi'],
    ['Pegawai', t.employees],
    ['Pegawai yang memiliki objective', t.employeesWithObjectives],
    ['Tingkat pengisian mandiri', t.selfInputRate],
    ['Pegawai dengan OKR selaras', t.employeesAligned],
    ['Persentase pegawai dengan OKR selaras', t.alignedRate],
    ['Objective', t.objectives],
    ['Key result', t.keyResults],
    ['KR pimpinan yang perlu didukung bawahan', t.keyResultsNeedingContributors],
    ['KR pimpinan yang didukung', t.keyResultsCovered],
    ['Persentase KR pimpinan yang didukung', t.coverageRate],
    ['KR tanpa kontributor', t.uncoveredKeyResults],
    ['Free rider (pegawai tanpa OKR selaras)', t.freeRiders],
    ['Pegawai dengan beban kerja menyimpang', t.workloadOutliers],
    ['Total bobot KR: minimum', t.workload.min],
    ['Total bobot KR: median', t.workload.median],
    ['Total bobot KR: maksimum', t.workload.max],
    ['Koefisien Gini beban kerja', t.workload.gini],
    ['KR dengan realisasi', t.keyResultsWithCheckIns],
    ['Temuan validasi: galat', figures.findings.errors],
    ['Temuan validasi: peringatan', figures.findings.warnings],
    ['Temuan validasi: info', figures.findings.infos],
  ]);
  for (const row of [8, 10, 15]) summary.getCell(`B${row}`).numFmt = PERCENT;
  summary.getCell('B22').numFmt = '0.0000';
  // Rows of counts that should be zero: uncovered KRs, free riders, workload outliers, errors.
  for (const row of [16, 17, 18, 24]) summary.addConditionalFormatting({ ref: `B${row}`, rules: [{ type: 'cellIs', operator: 'greaterThan', priority: 1, formulae: ['0'], style: PROBLEM_STYLE }] });

  const units = sheet(wb, 'Per Unit', [
    { header: 'Kode Unit', width: 14 },
    { header: 'Nama Unit', width: 40 },
    { header: 'Induk', width: 12 },
    { header: 'NIP Pimpinan', width: 21 },
    { header: 'Pegawai (termasuk sub-unit)', width: 14, numFmt: '0' },
    { header: 'Pegawai dengan OKR selaras', width: 14, numFmt: '0' },
    { header: '% Pegawai selaras', width: 12, numFmt: PERCENT },
    { header: 'KR pimpinan', width: 11, numFmt: '0' },
    { header: 'KR pimpinan didukung', width: 12, numFmt: '0' },
    { header: '% KR pimpinan didukung', width: 12, numFmt: PERCENT },
    { header: 'KR tanpa kontributor', width: 36 },
    { header: 'Bobot min', width: 10, numFmt: DECIMAL },
    { header: 'Bobot median', width: 10, numFmt: DECIMAL },
    { header: 'Bobot maks', width: 10, numFmt: DECIMAL },
    { header: 'Gini', width: 9, numFmt: '0.0000' },
    { header: 'Free rider', width: 10, numFmt: '0' },
    { header: 'Beban menyimpang', width: 11, numFmt: '0' },
  ], figures.units.map((u) => [
    u.code, u.name, u.parent, u.head, u.employees, u.employeesAligned, u.alignedRate, u.headKeyResults, u.headKeyResultsCovered,
    u.headCoverage, u.uncoveredKeyResults.join(', '), u.workload.min, u.workload.median, u.workload.max, u.workload.gini,
    u.freeRiders.length, u.workloadOutliers.length,
  ]));
  const nu = figures.units.length;
  highlight(units, 'G', nu, 'AND(ISNUMBER(G2),G2<1)');
  highlight(units, 'J', nu, 'AND(ISNUMBER(J2),J2<1)');
  highlight(units, 'K', nu, 'LEN(K2)>0');
  highlight(units, 'P', nu, 'P2>0');
  highlight(units, 'Q', nu, 'Q2>0');

  const employees = sheet(wb, 'Per Pegawai', [
    { header: 'NIP', width: 21 },
    { header: 'Nama', width: 34 },
    { header: 'Jabatan', width: 34 },
    { header: 'Jenis Jabatan', width: 13 },
    { header: 'Unit', width: 12 },
    { header: 'NIP Atasan', width: 21 },
    { header: 'Objective', width: 10, numFmt: '0' },
    { header: 'KR', width: 7, numFmt: '0' },
    { header: 'Total bobot', width: 10, numFmt: DECIMAL },
    { header: '% Objective selaras', width: 11, numFmt: PERCENT },
    { header: 'Free rider', width: 10 },
    { header: 'Alasan free rider', width: 30 },
    { header: 'Median bobot unit', width: 11, numFmt: DECIMAL },
    { header: 'Rasio beban', width: 10, numFmt: '0.00' },
    { header: 'Beban kerja', width: 18 },
    { header: 'KR dengan realisasi', width: 11, numFmt: '0' },
    { header: 'Capaian rata-rata (%)', width: 12, numFmt: '0.0' },
    { header: 'Skor OKR rata-rata', width: 11, numFmt: '0.00' },
    { header: 'Rantai atasan', width: 60 },
  ], figures.employees.map((e) => [
    e.nip, e.name, e.position, e.positionType, e.unit, e.supervisor, e.objectives, e.keyResults, e.totalWeight, e.alignedShare,
    e.freeRider ? 'Ya' : 'Tidak', e.freeRiderReason ? FREE_RIDER_LABEL[e.freeRiderReason] : null, e.workload.unitMedian, e.workload.ratio,
    WORKLOAD_LABEL[e.workload.flag], e.progress.keyResultsWithCheckIns, e.progress.achievement, e.progress.score, e.supervisorChain.join(' → '),
  ]));
  const ne = figures.employees.length;
  highlight(employees, 'K', ne, '$K2="Ya"');
  highlight(employees, 'O', ne, `OR($O2="${WORKLOAD_LABEL.high}",$O2="${WORKLOAD_LABEL.low}")`);
  highlight(employees, 'J', ne, 'AND(ISNUMBER(J2),J2<1)');

  const uncovered = sheet(wb, 'KR Tanpa Kontributor', [
    { header: 'Kode KR', width: 18 },
    { header: 'Key Result', width: 60 },
    { header: 'Kode Objective', width: 16 },
    { header: 'Pemilik', width: 21 },
    { header: 'Nama Pemilik', width: 34 },
    { header: 'Unit', width: 12 },
    { header: 'Target', width: 16 },
  ], figures.uncoveredKeyResults.map((k) => {
    const kr = findKr(figures, k.code);
    return [k.code, k.text, k.objective, k.owner, k.ownerName, k.unit, kr ? targetText(kr.target, kr.unitOfMeasure, kr.measure) : null];
  }));
  highlight(uncovered, 'A', figures.uncoveredKeyResults.length, 'LEN(A2)>0');

  const findings = sheet(wb, 'Temuan', [
    { header: 'Aturan', width: 30 },
    { header: 'Tingkat', width: 12 },
    { header: 'Berkas', width: 30 },
    { header: 'Lokasi', width: 16 },
    { header: 'Kode/NIP', width: 21 },
    { header: 'Pesan', width: 100 },
  ], figures.findings.items.map((d) => [d.ruleId, SEVERITY_LABEL[d.severity] ?? d.severity, d.file, d.place, d.subject, d.message]));
  highlight(findings, 'B', figures.findings.items.length, `$B2="${SEVERITY_LABEL.error}"`);

  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return stampZipEntries(buffer, stamp);
}

const krIndex = new WeakMap<ReportFigures, Map<string, ReportFigures['employees'][number]['okrs'][number]['keyResults'][number]>>();
function findKr(figures: ReportFigures, code: string) {
  let map = krIndex.get(figures);
  if (!map) {
    map = new Map();
    for (const o of [...figures.employees.flatMap((e) => e.okrs), ...figures.unitObjectives.flatMap((u) => u.okrs)]) for (const k of o.keyResults) map.set(k.code, k);
    krIndex.set(figures, map);
  }
  return map.get(code);
}

/**
 * exceljs zips each part with the wall-clock time; rewrite the DOS time and date of every entry (local header and
 * central directory) so the bytes depend only on the content and `stamp`. Headers are outside the CRCs, so only
 * these four bytes per record change.
 */
export function stampZipEntries(zip: Buffer, stamp: Date): Buffer {
  const out = Buffer.from(zip);
  const time = (stamp.getUTCHours() << 11) | (stamp.getUTCMinutes() << 5) | Math.floor(stamp.getUTCSeconds() / 2);
  const date = ((Math.max(1980, stamp.getUTCFullYear()) - 1980) << 9) | ((stamp.getUTCMonth() + 1) << 5) | stamp.getUTCDate();
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return out;
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries && p + 46 <= out.length && out.readUInt32LE(p) === 0x02014b50; n++) {
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (local + 30 <= out.length && out.readUInt32LE(local) === 0x04034b50) {
      out.writeUInt16LE(time, local + 10);
      out.writeUInt16LE(date, local + 12);
    }
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
