/**
 * How many key results an objective has. None at all is an error: the RHK has no IKI and cannot be assessed.
 * Fewer than `min` or more than `max` is a warning: too few measure one side of the result, too many dilute it.
 */
import { z } from 'zod';
import { defineRule } from '../define-rule.js';

const Options = z
  .object({
    min: z.number().int().min(1).default(2),
    max: z.number().int().min(1).default(5),
  })
  .strict()
  .refine((o) => o.min <= o.max, { message: 'min must not exceed max' });

export default defineRule<z.output<typeof Options>>({
  meta: {
    id: 'objective/kr-count',
    // The default is the warning; "no key result" is reported as an error while the config leaves this default.
    defaultSeverity: 'warn',
    description: { id: 'Jumlah KR per objective', en: 'The number of key results per objective' },
    options: Options,
    messages: {
      none: {
        id: 'Objective {code} tidak punya KR sama sekali, sehingga RHK ini tidak punya IKI. Tambahkan {min} sampai {max} KR yang terukur.',
        en: 'Objective {code} has no key result at all, so this RHK has no indicator. Add {min} to {max} measurable key results.',
      },
      tooFew: {
        id: 'Objective {code} hanya punya {count} KR (minimal {min}). Tambahkan KR untuk aspek lain, misalnya kualitas atau waktu.',
        en: 'Objective {code} has only {count} key result(s) (at least {min}). Add key results for other aspects, e.g. quality or time.',
      },
      tooMany: {
        id: 'Objective {code} punya {count} KR (maksimal {max}). Pilih KR yang paling menentukan, atau pecah objective ini.',
        en: 'Objective {code} has {count} key results (at most {max}). Keep the ones that matter most, or split the objective.',
      },
    },
  },
  check(ctx) {
    const { min, max } = ctx.options;
    for (const o of ctx.plan.objectives) {
      const count = ctx.index.krsByObjective.get(o.code)?.length ?? 0;
      const data = { code: o.code, count, min, max };
      if (count === 0) ctx.report({ messageId: 'none', data, node: o, field: 'code', subject: o.code, severity: 'error' });
      else if (count < min) ctx.report({ messageId: 'tooFew', data, node: o, field: 'code', subject: o.code });
      else if (count > max) ctx.report({ messageId: 'tooMany', data, node: o, field: 'code', subject: o.code });
    }
  },
});
