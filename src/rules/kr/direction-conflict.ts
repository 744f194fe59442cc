/** `naik` with a target below the baseline, or `turun` above it: either the direction or the numbers are wrong. */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'kr/direction-conflict',
    defaultSeverity: 'error',
    description: { id: 'Arah KR bertentangan dengan baseline dan target', en: "The key result's direction contradicts its baseline and target" },
    messages: {
      up: {
        id: 'KR {code} berarah naik, tetapi targetnya ({target}) di bawah baseline ({baseline}). Ubah Arah menjadi "turun" atau perbaiki target/baseline.',
        en: 'Key result {code} goes up (naik), but its target ({target}) is below its baseline ({baseline}). Set Direction to "turun" or fix the target or baseline.',
      },
      down: {
        id: 'KR {code} berarah turun, tetapi targetnya ({target}) di atas baseline ({baseline}). Ubah Arah menjadi "naik" atau perbaiki target/baseline.',
        en: 'Key result {code} goes down (turun), but its target ({target}) is above its baseline ({baseline}). Set Direction to "naik" or fix the target or baseline.',
      },
    },
  },
  check(ctx) {
    for (const kr of ctx.plan.key_results) {
      const { baseline, target } = kr;
      if (typeof baseline !== 'number' || typeof target !== 'number') continue;
      if (kr.measure !== 'angka' && kr.measure !== 'persen') continue;
      const messageId = kr.direction === 'naik' && target < baseline ? 'up' : kr.direction === 'turun' && target > baseline ? 'down' : undefined;
      if (messageId) ctx.report({ messageId, data: { code: kr.code, target, baseline }, node: kr, field: 'target', subject: kr.code });
    }
  },
});
