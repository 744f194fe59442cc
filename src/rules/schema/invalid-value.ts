/** A value of the wrong type or not among the accepted spellings; the message says what is accepted. */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'schema/invalid-value',
    defaultSeverity: 'error',
    phase: 'read',
    description: { id: 'Nilai dengan tipe salah atau ejaan yang tidak dikenal', en: 'A value of the wrong type or not among the accepted spellings' },
    messages: {
      notText: { id: '"{field}" harus berupa teks, bukan "{value}".', en: '"{field}" must be text, not "{value}".' },
      notNumber: { id: '"{field}": "{value}" bukan angka. Tulis misalnya 85,5 atau 1250.', en: '"{field}": "{value}" is not a number. Write e.g. 85.5 or 1250.' },
      ambiguousNumber: { id: '"{field}": "{value}" bisa berarti {thousands} atau {decimal}. Tulis tanpa pemisah ribuan ({thousands}) atau dengan koma desimal ({decimal}).', en: '"{field}": "{value}" could mean {thousands} or {decimal}. Write it without a thousands separator ({thousands}) or with a decimal comma ({decimal}).' },
      notDate: { id: '"{field}": "{value}" bukan tanggal. Tulis 2026-03-31, 31/03/2026 atau 31 Maret 2026.', en: '"{field}": "{value}" is not a date. Write 2026-03-31, 31/03/2026 or 31 Maret 2026.' },
      impossibleDate: { id: '"{field}": tanggal "{value}" tidak ada di kalender.', en: '"{field}": "{value}" is not a calendar date.' },
      notBoolean: { id: '"{field}": "{value}" bukan ya/tidak. Tulis ya, tidak, atau selesai.', en: '"{field}": "{value}" is not yes/no. Write ya, tidak, yes, no or selesai.' },
      notAccepted: { id: '"{field}": "{value}" tidak dikenal. Yang diterima: {accepted}.', en: '"{field}": "{value}" is not accepted. Accepted: {accepted}.' },
      notYear: { id: '"{field}": "{value}" bukan tahun (misalnya 2026).', en: '"{field}": "{value}" is not a year (e.g. 2026).' },
      negative: { id: '"{field}": "{value}" tidak boleh negatif.', en: '"{field}": "{value}" must not be negative.' },
      notMeasured: { id: '"{field}": "{value}" bukan angka, persen, ya/tidak, atau tanggal.', en: '"{field}": "{value}" is not a number, a percent, yes/no or a date.' },
      wrongType: { id: '"{field}": nilai "{value}" tidak sesuai (diharapkan {expected}).', en: '"{field}": value "{value}" has the wrong type (expected {expected}).' },
      notPlan: { id: 'Berkas YAML harus berisi pemetaan dengan bagian seperti employees, objectives, key_results.', en: 'The YAML file must be a mapping with sections such as employees, objectives, key_results.' },
      notMapping: { id: 'Isi "{field}" harus berupa pemetaan (kunci: nilai).', en: '"{field}" must be a mapping (key: value).' },
      notList: { id: 'Isi "{field}" harus berupa daftar (baris diawali "- ").', en: '"{field}" must be a list (lines starting with "- ").' },
      formulaError: { id: '"{field}": rumus di sel ini menghasilkan galat {value}. Perbaiki rumusnya atau isi nilainya langsung.', en: '"{field}": the formula in this cell gives the error {value}. Fix the formula or type the value.' },
      formulaNoResult: { id: '"{field}": sel berisi rumus tanpa hasil tersimpan. Buka dan simpan ulang berkas di Excel/LibreOffice agar hasilnya tersimpan.', en: '"{field}": the cell holds a formula without a saved result. Open and save the file in Excel/LibreOffice so its result is stored.' },
    },
  },
});
