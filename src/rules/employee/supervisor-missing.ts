/** An employee below the top without a direct supervisor: nobody could sign their SKP as pejabat penilai. */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'employee/supervisor-missing',
    defaultSeverity: 'error',
    description: { id: 'Pegawai di bawah puncak tanpa NIP Atasan', en: 'An employee below the top has no supervisor' },
    messages: {
      missing: { id: '{name} ({nip}) tidak punya NIP Atasan. Isi NIP atasan langsung, yang menjadi pejabat penilai kinerja.', en: '{name} ({nip}) has no supervisor NIP. Fill in the direct supervisor, who signs as pejabat penilai kinerja.' },
    },
  },
  check(ctx) {
    for (const e of ctx.plan.employees) {
      if (e.supervisor || ctx.index.topNips.has(e.nip)) continue;
      ctx.report({ messageId: 'missing', data: { name: e.name, nip: e.nip }, node: e, field: 'supervisor', subject: e.nip });
    }
  },
});
