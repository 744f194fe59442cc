/**
 * The same key twice in one YAML mapping, or the same column (or setting) twice in one sheet: the later one is
 * ignored, which is rarely what was meant.
 */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'schema/duplicate-key',
    defaultSeverity: 'error',
    phase: 'read',
    description: { id: 'Kunci atau kolom yang sama ditulis dua kali', en: 'The same key or column given twice' },
    messages: {
      duplicateKey: { id: 'Kunci "{key}" sudah ada di baris {line}:{column}; nilai ini diabaikan. Hapus salah satunya.', en: 'Key "{key}" is already given at {line}:{column}; this value is ignored. Remove one of them.' },
      duplicateCell: { id: '"{key}" sudah ada di sel {cell}; yang ini diabaikan. Hapus atau ganti nama salah satunya.', en: '"{key}" is already given in cell {cell}; this one is ignored. Remove or rename one of them.' },
    },
  },
});
