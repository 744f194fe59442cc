/**
 * A synthetic ministry of any size, shaped like the example plan: a top unit (Deputi) over biros, each biro over
 * bagian, each bagian with a head and staff; every employee owns 2 objectives of 2–3 key results aligned to their
 * supervisor's key results, with a few check-ins. Deterministic for a given size, so benchmarks are comparable.
 *
 *   npx tsx bench/generate.ts --employees 1000 --format yaml -o .tmp/ministry-1000.yaml
 *   npx tsx bench/generate.ts --employees 1000 --format xlsx -o .tmp/ministry-1000.xlsx
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import ExcelJS from 'exceljs';

export interface SyntheticPlan {
  settings: Record<string, unknown>;
  units: Record<string, unknown>[];
  employees: Record<string, unknown>[];
  objectives: Record<string, unknown>[];
  key_results: Record<string, unknown>[];
  check_ins: Record<string, unknown>[];
}

const STAFF_PER_BAGIAN = 9;
const BAGIAN_PER_BIRO = 4;

/** A valid NIP: birth date, TMT CPNS month after the 18th birthday, gender digit, serial. */
function nipFor(i: number): string {
  const birthYear = 1965 + (i % 35);
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  const tmtYear = birthYear + 22 + (i % 5);
  const gender = 1 + (i % 2);
  const serial = 1 + Math.floor(i / 420) % 999;
  return `${birthYear}${pad(month)}${pad(day)}${tmtYear}${pad(1 + ((i * 7) % 12))}${gender}${String(serial).padStart(3, '0')}`;
}
const pad = (n: number) => String(n).padStart(2, '0');

export function generatePlan(employeeCount: number): SyntheticPlan {
  const plan: SyntheticPlan = {
    settings: { organization: 'Kementerian Sintetis', year: 2026, regulation: 'permenpanrb-6-2022', place: 'Jakarta', date: '2026-01-15' },
    units: [],
    employees: [],
    objectives: [],
    key_results: [],
    check_ins: [],
  };
  const usedNips = new Set<string>();
  let counter = 0;
  const newNip = () => {
    let nip = nipFor(counter++);
    while (usedNips.has(nip)) nip = nipFor(counter++);
    usedNips.add(nip);
    return nip;
  };
  const addEmployee = (unit: string, type: string, position: string, supervisor?: string) => {
    const nip = newNip();
    plan.employees.push({ nip, name: `Pegawai ${plan.employees.length + 1}, S.E.`, rank: 'Penata', grade: 'III/c', position, position_type: type, unit, ...(supervisor ? { supervisor } : {}) });
    return nip;
  };
  const addOkrs = (owner: string, prefix: string, parentKrs: string[], top = false) => {
    const krs: string[] = [];
    for (let o = 1; o <= 2; o++) {
      const code = `${prefix}-O${o}`;
      plan.objectives.push({ code, owner, objective: `Terselenggaranya layanan ${prefix} ${o} yang andal`, ...(top ? {} : { aligned_to: parentKrs[(o - 1) % Math.max(parentKrs.length, 1)] }) });
      const n = 2 + (o % 2);
      for (let k = 1; k <= n; k++) {
        const kr = `${code}-KR${k}`;
        const percent = k === 2;
        plan.key_results.push({
          code: kr,
          objective: code,
          key_result: percent ? `Persentase dokumen ${kr} yang terverifikasi` : k === 3 ? `Rata-rata waktu penyelesaian ${kr}` : `Jumlah dokumen ${kr} yang diselesaikan`,
          aspect: k === 1 ? 'Kuantitas' : k === 2 ? 'Kualitas' : 'Waktu',
          measure: percent ? 'persen' : 'angka',
          baseline: k === 3 ? 10 : 40,
          target: k === 3 ? 5 : percent ? 90 : 120,
          unit_of_measure: percent ? '%' : k === 3 ? 'hari kerja' : 'dokumen',
          direction: k === 3 ? 'turun' : 'naik',
          due: '2026-12-31',
        });
        krs.push(kr);
        if ((plan.key_results.length % 3) === 0) plan.check_ins.push({ kr, period: '2026-Q1', value: k === 3 ? 7 : 60 });
      }
    }
    return krs;
  };

  const top = addEmployee('DEP', 'JPT', 'Deputi');
  plan.units.push({ code: 'DEP', name: 'Deputi Sintetis', head: top });
  const topKrs = addOkrs(top, 'DEP', [], true);
  const perBiro = 1 + BAGIAN_PER_BIRO * (1 + STAFF_PER_BAGIAN);
  const biros = Math.max(1, Math.ceil((employeeCount - 1) / perBiro));
  outer: for (let b = 1; b <= biros; b++) {
    if (plan.employees.length >= employeeCount) break;
    const biro = `B${b}`;
    const head = addEmployee(biro, 'JPT', `Kepala Biro ${b}`, top);
    plan.units.push({ code: biro, name: `Biro ${b}`, parent: 'DEP', head });
    const biroKrs = addOkrs(head, biro, topKrs);
    for (let g = 1; g <= BAGIAN_PER_BIRO; g++) {
      if (plan.employees.length >= employeeCount) break outer;
      const bagian = `${biro}-G${g}`;
      const kabag = addEmployee(bagian, 'Administrator', `Kepala Bagian ${g}`, head);
      plan.units.push({ code: bagian, name: `Bagian ${g} Biro ${b}`, parent: biro, head: kabag });
      const bagianKrs = addOkrs(kabag, bagian, biroKrs);
      for (let s = 1; s <= STAFF_PER_BAGIAN; s++) {
        if (plan.employees.length >= employeeCount) break outer;
        const nip = addEmployee(bagian, s % 3 === 0 ? 'Pelaksana' : 'Fungsional', 'Analis SDM Aparatur Ahli Pertama', kabag);
        addOkrs(nip, `${bagian}-S${s}`, bagianKrs);
      }
    }
  }
  return plan;
}

export async function writeXlsx(plan: SyntheticPlan, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  const settings = wb.addWorksheet('Pengaturan');
  settings.addRow(['Kunci', 'Nilai']);
  settings.addRow(['Instansi', plan.settings.organization]);
  settings.addRow(['Tahun', plan.settings.year]);
  settings.addRow(['Tempat', plan.settings.place]);
  const sheet = (name: string, headers: string[], keys: string[], rows: Record<string, unknown>[]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(headers);
    for (const r of rows) ws.addRow(keys.map((k) => r[k] ?? null));
  };
  sheet('Unit', ['Kode Unit', 'Nama Unit', 'Induk', 'NIP Pimpinan'], ['code', 'name', 'parent', 'head'], plan.units);
  sheet('Pegawai', ['NIP', 'Nama', 'Pangkat', 'Golongan', 'Jabatan', 'Jenis Jabatan', 'Unit', 'NIP Atasan'], ['nip', 'name', 'rank', 'grade', 'position', 'position_type', 'unit', 'supervisor'], plan.employees);
  sheet('Objective', ['Kode', 'Pemilik', 'Objective', 'Selaras Dengan'], ['code', 'owner', 'objective', 'aligned_to'], plan.objectives);
  sheet('Key Result', ['Kode', 'Kode Objective', 'Key Result', 'Aspek', 'Jenis Ukuran', 'Baseline', 'Target', 'Satuan', 'Arah', 'Tenggat'], ['code', 'objective', 'key_result', 'aspect', 'measure', 'baseline', 'target', 'unit_of_measure', 'direction', 'due'], plan.key_results);
  sheet('Realisasi', ['Kode KR', 'Periode', 'Nilai'], ['kr', 'period', 'value'], plan.check_ins);
  await wb.xlsx.writeFile(path);
}

async function cli(argv: string[]): Promise<void> {
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const n = Number(arg('--employees', '1000'));
  const format = arg('--format', 'yaml');
  const out = arg('-o', `.tmp/ministry-${n}.${format}`);
  const plan = generatePlan(n);
  mkdirSync(dirname(out), { recursive: true });
  if (format === 'xlsx') await writeXlsx(plan, out);
  else writeFileSync(out, stringify(plan, { lineWidth: 0 }));
  process.stderr.write(`${out}: ${plan.employees.length} employees, ${plan.objectives.length} objectives, ${plan.key_results.length} key results\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await cli(process.argv.slice(2));
