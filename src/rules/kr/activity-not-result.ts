/**
 * A key-result text that names an activity ("Melaksanakan rapat koordinasi", "Mengikuti pelatihan") with nothing
 * measurable in it, where an indicator should name what is measured ("Jumlah…", "Persentase…", "Tersusunnya…").
 */
import { defineRule } from '../define-rule.js';
import { isActivityIndicator } from '../text/indonesian.js';

export default defineRule({
  meta: {
    id: 'kr/activity-not-result',
    defaultSeverity: 'warn',
    description: { id: 'KR berupa kegiatan, bukan hasil yang terukur', en: 'A key result that describes an activity rather than a measurable result' },
    messages: {
      activity: {
        id: 'KR {code} ("{text}") menggambarkan kegiatan, bukan hasil yang terukur. Rumuskan sebagai ukuran hasil, misalnya "Jumlah …", "Persentase …", atau "Tersusunnya …".',
        en: 'Key result {code} ("{text}") describes an activity, not a measurable result. Phrase it as a measure, e.g. "Jumlah …" (number of), "Persentase …" (percentage of) or "Tersusunnya …" (… completed).',
      },
    },
  },
  check(ctx) {
    for (const kr of ctx.plan.key_results) {
      if (!isActivityIndicator(kr.key_result)) continue;
      ctx.report({ messageId: 'activity', data: { code: kr.code, text: kr.key_result }, node: kr, field: 'key_result', subject: kr.code });
    }
  },
});
