/** A key result without a target cannot be measured, so it is not admissible on an SKP (PermenPANRB 8/2021). */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'kr/missing-target',
    defaultSeverity: 'error',
    description: { id: 'KR tanpa target', en: 'A key result without a target' },
    messages: {
      missing: {
        id: 'KR {code} tidak punya target. Isi kolom Target (angka, persen, "ya", atau tanggal) agar IKI ini dapat diukur.',
        en: 'Key result {code} has no target. Fill in Target (a number, a percent, "ya", or a date) so this indicator can be measured.',
      },
    },
  },
  check(ctx) {
    for (const kr of ctx.plan.key_results) {
      if (kr.target !== undefined) continue;
      ctx.report({ messageId: 'missing', data: { code: kr.code }, node: kr, field: 'target', subject: kr.code });
    }
  },
});
