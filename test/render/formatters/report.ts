/** A hand-built report with YAML, workbook and file-level findings, shared by the formatter tests. */
import type { Diagnostic, Severity } from '../../../src/diagnostics/finding.js';
import { summarise } from '../../../src/diagnostics/finding.js';
import { defineRule, type Rule } from '../../../src/rules/define-rule.js';
import type { FormatContext, LintReport } from '../../../src/render/formatters/types.js';

export const YAML_FILE = 'okr/rencana.yaml';
export const XLSX_FILE = 'okr/rencana kerja.xlsx';
export const CLEAN_FILE = 'okr/bersih.yaml';

export function diag(fields: Partial<Diagnostic> & { ruleId: string; severity: Severity; message: string; file: string }): Diagnostic {
  return { messageId: 'm', data: {}, ...fields };
}

export const YAML_NIP = diag({ ruleId: 'nip/invalid', severity: 'error', message: 'NIP 1234 terdiri dari 4 digit; NIP harus 18 digit.', file: YAML_FILE, line: 12, column: 5, subject: '1234', messageId: 'length' });
export const YAML_KR = diag({ ruleId: 'kr/activity-not-result', severity: 'warn', message: 'KR "Melaksanakan rapat" berupa kegiatan.', file: YAML_FILE, line: 40, column: 9, subject: 'KIN-O1-KR1' });
export const XLSX_REF = diag({ ruleId: 'ref/unknown-reference', severity: 'error', message: 'NIP Atasan 1990 tidak ada di sheet Pegawai.', file: XLSX_FILE, sheet: 'Pegawai', cell: 'A7', line: 7, column: 1, subject: '1990' });
export const XLSX_REF_2 = diag({ ruleId: 'ref/unknown-reference', severity: 'error', message: 'NIP Atasan 1990 dirujuk lagi.', file: XLSX_FILE, sheet: 'Pegawai', cell: 'F9', line: 9, column: 6, subject: '1990' });
export const XLSX_INFO = diag({ ruleId: 'schema/unknown-column', severity: 'info', message: 'Kolom "Catatan" tidak dikenal.', file: XLSX_FILE, sheet: 'Key Result', cell: 'M3', line: 3, column: 13, subject: 'Catatan' });
export const FILE_LEVEL = diag({ ruleId: 'schema/missing-field', severity: 'error', message: 'Sheet Pegawai tidak ada.', file: XLSX_FILE });

export function report(diagnostics: readonly Diagnostic[], files: readonly string[] = [YAML_FILE, XLSX_FILE, CLEAN_FILE]): LintReport {
  return { diagnostics, files, summary: summarise(diagnostics) };
}

export const FULL = report([YAML_NIP, YAML_KR, XLSX_REF, XLSX_REF_2, XLSX_INFO, FILE_LEVEL]);

function rule(id: string, defaultSeverity: Rule['meta']['defaultSeverity'], idText: string, enText: string): Rule<any> {
  return defineRule({ meta: { id, defaultSeverity, description: { id: idText, en: enText }, messages: {} } });
}

export const TEST_RULES: readonly Rule<any>[] = [
  rule('schema/missing-field', 'error', 'Kolom wajib kosong', 'A required column is empty'),
  rule('schema/unknown-column', 'info', 'Kolom tidak dikenal', 'An unknown column'),
  rule('ref/unknown-reference', 'error', 'Rujukan tidak dikenal', 'An unknown reference'),
  rule('nip/invalid', 'error', 'NIP tidak mungkin', 'An impossible NIP'),
  rule('kr/activity-not-result', 'warn', 'KR berupa kegiatan', 'A KR that is an activity'),
  rule('objective/too-many', 'off', 'Terlalu banyak objective', 'Too many objectives'),
];

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { color: false, lang: 'id', cwd: '/work/repo', rules: TEST_RULES, version: '1.2.3', ...overrides };
}
