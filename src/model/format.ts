/**
 * The input contract of format.md as data: which sheets and columns exist, their Indonesian and English names,
 * and the YAML key each maps to. Readers, the schema and the diagnostics all take names from here, so a new alias
 * is one line in this file.
 */

export const TABLES = [
  'units',
  'employees',
  'objectives',
  'key_results',
  'check_ins',
  'behaviour',
  'attachments',
  'ratings',
] as const;
export type TableName = (typeof TABLES)[number];

export interface FieldSpec {
  /** YAML key and model property. */
  readonly key: string;
  /** Column header in Bahasa Indonesia (first) and its English alias; further spellings after. */
  readonly headers: readonly string[];
}

export interface TableSpec {
  readonly table: TableName | 'settings';
  /** Sheet names: Indonesian, English, further spellings. */
  readonly sheets: readonly string[];
  readonly fields: readonly FieldSpec[];
}

const f = (key: string, ...headers: string[]): FieldSpec => ({ key, headers });

export const SETTINGS_SPEC: TableSpec = {
  table: 'settings',
  sheets: ['Pengaturan', 'Settings'],
  fields: [
    f('organization', 'Instansi', 'Organization', 'Organisation'),
    f('year', 'Tahun', 'Year'),
    f('start', 'Periode Mulai', 'Start', 'Mulai'),
    f('end', 'Periode Selesai', 'End', 'Selesai'),
    f('regulation', 'Regulasi', 'Regulation'),
    f('place', 'Tempat', 'Place'),
    f('date', 'Tanggal', 'Date'),
  ],
};

export const TABLE_SPECS: Record<TableName, TableSpec> = {
  units: {
    table: 'units',
    sheets: ['Unit', 'Units', 'Unit Kerja'],
    fields: [
      f('code', 'Kode Unit', 'Unit Code'),
      f('name', 'Nama Unit', 'Unit Name'),
      f('parent', 'Induk', 'Parent', 'Unit Induk'),
      f('head', 'NIP Pimpinan', 'Head NIP', 'Head'),
    ],
  },
  employees: {
    table: 'employees',
    sheets: ['Pegawai', 'Employees'],
    fields: [
      f('nip', 'NIP'),
      f('name', 'Nama', 'Name'),
      f('rank', 'Pangkat', 'Rank'),
      f('grade', 'Golongan', 'Grade', 'Gol', 'Golongan Ruang'),
      f('position', 'Jabatan', 'Position'),
      f('position_type', 'Jenis Jabatan', 'Position Type'),
      f('unit', 'Unit', 'Unit Kerja', 'Kode Unit'),
      f('supervisor', 'NIP Atasan', 'Supervisor NIP', 'Supervisor', 'Atasan'),
      f('approach', 'Pendekatan', 'Approach'),
    ],
  },
  objectives: {
    table: 'objectives',
    sheets: ['Objective', 'Objectives'],
    fields: [
      f('code', 'Kode', 'Code', 'Kode Objective', 'Objective Code'),
      f('owner', 'Pemilik', 'Owner'),
      f('objective', 'Objective', 'Sasaran'),
      f('aligned_to', 'Selaras Dengan', 'Aligned To'),
      f('kind', 'Jenis', 'Kind'),
    ],
  },
  key_results: {
    table: 'key_results',
    sheets: ['Key Result', 'KeyResults', 'Key Results', 'KR'],
    fields: [
      f('code', 'Kode', 'Code', 'Kode KR', 'KR Code'),
      f('objective', 'Kode Objective', 'Objective Code'),
      f('key_result', 'Key Result', 'Indikator'),
      f('aspect', 'Aspek', 'Aspect'),
      f('measure', 'Jenis Ukuran', 'Measure'),
      f('baseline', 'Baseline'),
      f('target', 'Target'),
      f('unit_of_measure', 'Satuan', 'Unit of Measure'),
      f('direction', 'Arah', 'Direction'),
      f('due', 'Tenggat', 'Due'),
      f('aligned_to', 'Selaras Dengan', 'Aligned To'),
      f('weight', 'Bobot', 'Weight'),
      f('formula', 'Formula', 'Formulasi'),
      f('data_source', 'Sumber Data', 'Data Source'),
      f('reporting_period', 'Periode Pelaporan', 'Reporting Period'),
    ],
  },
  check_ins: {
    table: 'check_ins',
    sheets: ['Realisasi', 'CheckIns', 'Check-ins'],
    fields: [
      f('kr', 'Kode KR', 'KR Code'),
      f('period', 'Periode', 'Period'),
      f('value', 'Nilai', 'Value', 'Realisasi'),
      f('note', 'Catatan', 'Note'),
      f('evidence', 'Bukti', 'Evidence', 'Bukti Dukung'),
    ],
  },
  behaviour: {
    table: 'behaviour',
    sheets: ['Perilaku', 'Behaviour', 'Behavior'],
    fields: [
      f('nip', 'NIP'),
      f('core_value', 'Aspek', 'Core Value'),
      f('expectation', 'Ekspektasi Khusus Pimpinan', 'Supervisor Expectation', 'Ekspektasi'),
    ],
  },
  attachments: {
    table: 'attachments',
    sheets: ['Lampiran', 'Attachments'],
    fields: [f('for', 'Untuk', 'For'), f('kind', 'Jenis', 'Kind'), f('text', 'Uraian', 'Text')],
  },
  ratings: {
    table: 'ratings',
    sheets: ['Penilaian', 'Ratings'],
    fields: [
      f('nip', 'NIP'),
      f('period', 'Periode', 'Period'),
      f('result_rating', 'Rating Hasil Kerja', 'Result Rating'),
      f('behaviour_rating', 'Rating Perilaku Kerja', 'Behaviour Rating'),
      f('feedback', 'Umpan Balik', 'Feedback'),
    ],
  },
};

/**
 * The flat layout: one row per key result with the objective's columns merged down. Objective columns first, then
 * the key-result columns; a KR's own alignment is `Selaras Dengan KR` there.
 */
export const FLAT_OBJECTIVE_FIELDS: readonly FieldSpec[] = [
  f('code', 'Kode Objective', 'Objective Code'),
  f('owner', 'Pemilik', 'Owner'),
  f('objective', 'Objective', 'Sasaran'),
  f('aligned_to', 'Selaras Dengan', 'Aligned To'),
  f('kind', 'Jenis', 'Kind'),
];
export const FLAT_KR_FIELDS: readonly FieldSpec[] = [
  f('code', 'Kode', 'Code', 'Kode KR', 'KR Code'),
  ...TABLE_SPECS.key_results.fields.filter((x) => x.key !== 'code' && x.key !== 'objective' && x.key !== 'aligned_to'),
  f('aligned_to', 'Selaras Dengan KR', 'KR Aligned To'),
];
export const FLAT_SHEETS = ['OKR'] as const;

/** Names match ignoring case, spaces, dots, underscores and dashes (format.md). */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s._\-/]+/g, '');
}

/** The YAML section keys of a plan file, in document order. */
export const YAML_SECTIONS = ['settings', ...TABLES] as const;
