/** A required column or key is missing or empty (reported by the readers, at the empty cell or the entity). */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'schema/missing-field',
    defaultSeverity: 'error',
    phase: 'read',
    description: { id: 'Kolom atau kunci wajib tidak ada atau kosong', en: 'A required column or key is missing or empty' },
    messages: {
      missing: { id: '"{field}" wajib diisi.', en: '"{field}" is required.' },
      noColumn: { id: 'Kolom wajib "{field}" tidak ada di lembar {sheet}. Tambahkan kolom dengan judul "{field}".', en: 'Required column "{field}" is missing from sheet {sheet}. Add a column headed "{field}".' },
    },
  },
});
