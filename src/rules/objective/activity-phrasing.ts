/**
 * An objective phrased as an activity ("Melaksanakan…") instead of a result ("Terlaksananya…"): since PermenPANRB
 * 8/2021 a Rencana Hasil Kerja names the result, not the work done to get there.
 */
import { defineRule } from '../define-rule.js';
import { isActivityObjective, resultPhrasing } from '../text/indonesian.js';

export default defineRule({
  meta: {
    id: 'objective/activity-phrasing',
    defaultSeverity: 'info',
    description: { id: 'Objective dirumuskan sebagai kegiatan, bukan hasil', en: 'An objective phrased as an activity instead of a result' },
    messages: {
      activity: {
        id: 'Objective {code} ("{text}") dirumuskan sebagai kegiatan. Rumuskan sebagai hasil, misalnya "Terlaksananya …" atau "Tersusunnya …".',
        en: 'Objective {code} ("{text}") is phrased as an activity. Phrase it as a result, e.g. "Terlaksananya …" (… carried out) or "Tersusunnya …" (… drawn up).',
      },
      activitySuggest: {
        id: 'Objective {code} ("{text}") dirumuskan sebagai kegiatan. Rumuskan sebagai hasil, misalnya "{suggestion}".',
        en: 'Objective {code} ("{text}") is phrased as an activity. Phrase it as a result, e.g. "{suggestion}".',
      },
    },
  },
  check(ctx) {
    for (const o of ctx.plan.objectives) {
      if (!isActivityObjective(o.objective)) continue;
      const suggestion = resultPhrasing(o.objective);
      ctx.report({
        messageId: suggestion ? 'activitySuggest' : 'activity',
        data: { code: o.code, text: o.objective, suggestion: suggestion ?? '' },
        node: o,
        field: 'objective',
        subject: o.code,
      });
    }
  },
});
