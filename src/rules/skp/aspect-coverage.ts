/**
 * A `kuantitatif` RHK without an IKI for one of Kuantitas, Kualitas, Waktu: the 6/2022 form lays each RHK out as
 * those three rows, so a missing aspect prints as a gap the pejabat penilai will ask about.
 */
import { defineRule } from '../define-rule.js';

const ASPECTS = ['Kuantitas', 'Kualitas', 'Waktu'] as const;

export default defineRule({
  meta: {
    id: 'skp/aspect-coverage',
    defaultSeverity: 'info',
    description: { id: 'RHK kuantitatif tanpa IKI untuk aspek Kuantitas, Kualitas, atau Waktu', en: 'A quantitative RHK without an indicator for Quantity, Quality or Time' },
    messages: {
      missing: {
        id: 'RHK {code} (pendekatan kuantitatif) tidak punya IKI untuk aspek {missing}. Tambahkan KR dengan Aspek {missing}, atau isi Aspek pada KR yang ada.',
        en: 'RHK {code} (quantitative approach) has no indicator for the aspect(s) {missing}. Add a key result with that Aspect, or set the Aspect of an existing one.',
      },
    },
  },
  check(ctx) {
    const { index } = ctx;
    for (const o of ctx.plan.objectives) {
      if (index.employeeByNip.get(o.owner)?.approach !== 'kuantitatif') continue;
      const krs = index.krsByObjective.get(o.code) ?? [];
      if (krs.length === 0) continue;
      const missing = ASPECTS.filter((a) => !krs.some((k) => k.aspect === a));
      if (missing.length === 0) continue;
      ctx.report({ messageId: 'missing', data: { code: o.code, missing: missing.join(', ') }, node: o, field: 'code', subject: o.code });
    }
  },
});
