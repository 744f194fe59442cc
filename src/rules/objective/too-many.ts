/** One owner with more than `max` objectives in the period: focus is lost, and the SKP grows past what is assessed. */
import { z } from 'zod';
import { defineRule } from '../define-rule.js';
import { describeOwner } from '../cascade/owner.js';

const Options = z.object({ max: z.number().int().min(1).default(5) }).strict();

export default defineRule<z.output<typeof Options>>({
  meta: {
    id: 'objective/too-many',
    defaultSeverity: 'warn',
    description: { id: 'Terlalu banyak objective untuk satu pemilik', en: 'Too many objectives for one owner' },
    options: Options,
    messages: {
      tooMany: {
        id: '{owner} memiliki {count} objective (maksimal {max}); yang ke-{next} adalah {code}. Gabungkan objective yang serupa atau jadikan sebagian sebagai KR.',
        en: '{owner} owns {count} objectives (at most {max}); number {next} is {code}. Merge similar objectives or turn some into key results.',
      },
    },
  },
  check(ctx) {
    const { max } = ctx.options;
    for (const [owner, objectives] of ctx.index.objectivesByOwner) {
      if (objectives.length <= max) continue;
      const first = objectives[max]!;
      ctx.report({
        messageId: 'tooMany',
        data: { owner: describeOwner(ctx.index, owner), count: objectives.length, max, next: max + 1, code: first.code },
        node: first,
        field: 'code',
        subject: owner,
      });
    }
  },
});
