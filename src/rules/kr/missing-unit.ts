/** A number measure (`angka`) without Satuan: "12" of what? The IKI target prints as "12 Dokumen". */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'kr/missing-unit',
    defaultSeverity: 'error',
    description: { id: 'KR berukuran angka tanpa Satuan', en: 'A number key result without a unit of measure' },
    messages: {
      missing: {
        id: 'KR {code} berukuran angka tetapi tidak punya Satuan. Isi Satuan, misalnya "dokumen", "laporan", "orang", atau "hari".',
        en: 'Key result {code} is a number but has no unit of measure. Fill in Unit of Measure, e.g. "dokumen", "laporan", "orang" or "hari".',
      },
    },
  },
  check(ctx) {
    for (const kr of ctx.plan.key_results) {
      if (kr.measure !== 'angka' || kr.unit_of_measure !== undefined) continue;
      ctx.report({ messageId: 'missing', data: { code: kr.code }, node: kr, field: 'unit_of_measure', subject: kr.code });
    }
  },
});
