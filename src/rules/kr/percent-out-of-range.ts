/** A `persen` baseline or target outside 0–100 is usually a typo (950 for 95,0) or a count typed as a percent. */
import { defineRule } from '../define-rule.js';
import { fieldLabel } from '../../io/source.js';

export default defineRule({
  meta: {
    id: 'kr/percent-out-of-range',
    defaultSeverity: 'warn',
    description: { id: 'Persentase di luar 0–100', en: 'A percent outside 0–100' },
    messages: {
      outOfRange: {
        id: 'Nilai "{field}" KR {code} adalah {value}%, di luar 0–100. Periksa angkanya (misalnya 95,5 bukan 955), atau ubah Jenis Ukuran menjadi "angka" bila ini bukan persentase.',
        en: 'The "{field}" of key result {code} is {value}%, outside 0–100. Check the number (e.g. 95,5 rather than 955), or set Measure to "angka" if this is not a percentage.',
      },
    },
  },
  check(ctx) {
    for (const kr of ctx.plan.key_results) {
      if (kr.measure !== 'persen') continue;
      for (const field of ['baseline', 'target'] as const) {
        const value = kr[field];
        if (typeof value !== 'number' || (value >= 0 && value <= 100)) continue;
        ctx.report({ messageId: 'outOfRange', data: { code: kr.code, field: fieldLabel(kr.loc, field), value }, node: kr, field, subject: kr.code });
      }
    }
  },
});
