/** A target equal to the baseline plans no change; only a `tetap` (keep) key result may do that. */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'kr/target-equals-baseline',
    defaultSeverity: 'warn',
    description: { id: 'Target sama dengan baseline', en: 'The target equals the baseline' },
    messages: {
      equal: {
        id: 'Target KR {code} sama dengan baseline-nya ({target}): tidak ada perubahan yang direncanakan. Tetapkan target yang berbeda, atau ubah Arah menjadi "tetap" bila nilainya memang harus dipertahankan.',
        en: 'The target of key result {code} equals its baseline ({target}): no change is planned. Set a different target, or set Direction to "tetap" if the value is to be kept.',
      },
    },
  },
  check(ctx) {
    for (const kr of ctx.plan.key_results) {
      const { baseline, target } = kr;
      if (kr.direction === 'tetap' || baseline === undefined || target === undefined) continue;
      // ya/tidak baselines are read as 1/0 and targets as booleans.
      const targetValue = typeof target === 'boolean' ? (target ? 1 : 0) : target;
      if (targetValue !== baseline) continue;
      ctx.report({ messageId: 'equal', data: { code: kr.code, target: String(target === true ? 'ya' : target === false ? 'tidak' : target) }, node: kr, field: 'target', subject: kr.code });
    }
  },
});
