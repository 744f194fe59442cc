/** An objective below the top that aligns to nothing: the missing link between the individual and the organisation. */
import { defineRule } from '../define-rule.js';
import { describeOwner, isTop } from './owner.js';

export default defineRule({
  meta: {
    id: 'cascade/missing-link',
    defaultSeverity: 'error',
    description: { id: 'Objective di bawah puncak yang tidak selaras dengan apa pun', en: 'An objective below the top that aligns to nothing' },
    messages: {
      missing: {
        id: 'Objective {code} milik {owner} tidak selaras dengan hasil mana pun. Isi "Selaras Dengan" dengan kode KR atasan langsung yang diintervensi.',
        en: 'Objective {code} of {owner} aligns to nothing. Fill in "Aligned To" with the code of the key result of the direct supervisor that it contributes to.',
      },
    },
  },
  check(ctx) {
    const { index } = ctx;
    for (const o of ctx.plan.objectives) {
      if (o.aligned_to !== undefined) continue;
      // An unknown owner is ref/unknown-reference's finding; the top is where alignment starts.
      if (ctx.graph.ownerKind(o.owner) === 'unknown' || isTop(index, o.owner)) continue;
      ctx.report({ messageId: 'missing', data: { code: o.code, owner: describeOwner(index, o.owner) }, node: o, field: 'aligned_to', subject: o.code });
    }
  },
});
