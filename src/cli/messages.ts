/**
 * The one-line texts of operational errors (exit 2), in both languages. Every OkrErrorCode must have one: the
 * `satisfies` makes a new code fail to compile until it is explained here.
 */
import type { OkrErrorCode } from '../errors.js';
import type { Lang } from '../rules/define-rule.js';
import { interpolate } from '../rules/define-rule.js';

export const ERROR_MESSAGES = {
  'file-missing': { id: '{file}: berkas tidak ditemukan.', en: '{file}: file not found.' },
  'file-is-directory': { id: '{file}: ini folder, bukan berkas. Sebutkan berkas .xlsx atau .yaml di dalamnya.', en: '{file}: is a directory, not a file. Name the .xlsx or .yaml files in it.' },
  'file-unreadable': { id: '{file}: berkas tidak dapat dibaca ({reason}).', en: '{file}: cannot be read ({reason}).' },
  'file-empty': { id: '{file}: berkas kosong (0 byte).', en: '{file}: the file is empty (0 bytes).' },
  'file-too-large': { id: '{file}: berkas lebih besar dari batas {limit}.', en: '{file}: the file is larger than the {limit} limit.' },
  'unknown-format': { id: '{file}: bukan workbook .xlsx maupun YAML.', en: '{file}: neither an .xlsx workbook nor YAML.' },
  'not-a-workbook': { id: '{file}: bukan workbook Excel (.xlsx) yang sah. Simpan ulang sebagai "Excel Workbook (.xlsx)".', en: '{file}: not a valid Excel workbook (.xlsx). Save it again as "Excel Workbook (.xlsx)".' },
  'workbook-encrypted': { id: '{file}: workbook dilindungi kata sandi atau berformat .xls lama. Simpan tanpa kata sandi sebagai .xlsx.', en: '{file}: the workbook is password-protected or an old .xls. Save it without a password as .xlsx.' },
  'workbook-corrupt': { id: '{file}: workbook rusak atau terpotong ({reason}).', en: '{file}: the workbook is damaged or truncated ({reason}).' },
  'workbook-too-large': { id: '{file}: isi workbook melebihi batas {limit} setelah diekstrak.', en: '{file}: the workbook unpacks to more than the {limit} limit.' },
  'workbook-no-known-sheet': { id: '{file}: tidak ada lembar yang dikenal (ada: {sheets}). Maksud Anda "{suggestion}"? Lembar yang dikenal: Pengaturan, Unit, Pegawai, Objective, Key Result, OKR, Realisasi, Perilaku, Lampiran, Penilaian.', en: '{file}: no known sheet (found: {sheets}). Did you mean "{suggestion}"? Known sheets: Settings, Units, Employees, Objectives, KeyResults, OKR, CheckIns, Behaviour, Attachments, Ratings.' },
  'yaml-syntax': { id: '{file}:{line}:{column}: kesalahan sintaks YAML: {reason}', en: '{file}:{line}:{column}: YAML syntax error: {reason}' },
  'yaml-too-many-aliases': { id: '{file}: terlalu banyak alias YAML (batas {limit}); berkas ditolak.', en: '{file}: too many YAML aliases (limit {limit}); the file is refused.' },
  'config-invalid': { id: '{file}: konfigurasi tidak valid di {path}: {reason}', en: '{file}: invalid configuration at {path}: {reason}' },
  'config-unknown-rule': { id: '{file}: aturan "{rule}" tidak dikenal. {suggestion}Lihat `okr2skp rules`.', en: '{file}: unknown rule "{rule}". {suggestion}See `okr2skp rules`.' },
  'config-bad-option': { id: '{file}: opsi aturan "{rule}" tidak valid: {reason}', en: '{file}: invalid option for rule "{rule}": {reason}' },
  'config-missing': { id: '{file}: berkas konfigurasi tidak ditemukan.', en: '{file}: config file not found.' },
  'bad-argument': { id: '{reason}', en: '{reason}' },
  'output-unwritable': { id: '{file}: tidak dapat menulis keluaran ({reason}).', en: '{file}: cannot write output ({reason}).' },
  'soffice-missing': { id: 'LibreOffice (soffice) tidak ditemukan di PATH; PDF tidak dibuat. Pasang paket libreoffice-writer.', en: 'LibreOffice (soffice) is not on the PATH; no PDFs were made. Install libreoffice-writer.' },
} satisfies Record<OkrErrorCode, { id: string; en: string }>;

export function errorMessage(code: OkrErrorCode, data: Readonly<Record<string, string | number>>, lang: Lang): string {
  const shaped = { ...data };
  if (code === 'config-unknown-rule') {
    shaped.suggestion = data.suggestion ? (lang === 'id' ? `Maksud Anda "${data.suggestion}"? ` : `Did you mean "${data.suggestion}"? `) : '';
  }
  let text = interpolate(ERROR_MESSAGES[code][lang], shaped);
  if (code === 'workbook-no-known-sheet' && !data.suggestion) text = text.replace(/ (Maksud Anda|Did you mean) ""\?/, '');
  return text;
}
