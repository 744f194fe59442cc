/** The same key twice in one YAML mapping: the later value is ignored, which is rarely what was meant. */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'schema/duplicate-key',
    defaultSeverity: 'error',
    phase: 'read',
    description: { id: 'Kunci yang sama ditulis dua kali dalam satu pemetaan YAML', en: 'The same key twice in one YAML mapping' },
    messages: {
      duplicateKey: { id: 'Kunci "{key}" sudah ada di baris {line}:{column}; nilai ini diabaikan. Hapus salah satunya.', en: 'Key "{key}" is already given at {line}:{column}; this value is ignored. Remove one of them.' },
    },
  },
});
