/**
 * A key result of someone with subordinates that no subordinate's objective or KR aligns to: nobody below is
 * working on it, so it is either done by the owner alone (and then rarely a leader's KR) or forgotten in the cascade.
 */
import { defineRule } from '../define-rule.js';
import { describeOwner, hasSubordinates } from './owner.js';

export default defineRule({
  meta: {
    id: 'cascade/kr-uncovered',
    defaultSeverity: 'warn',
    description: { id: 'KR pimpinan yang tidak didukung objective atau KR bawahan', en: "A leader's key result that nothing below aligns to" },
    messages: {
      uncovered: {
        id: 'Tidak ada objective atau KR bawahan yang selaras dengan KR {code} milik {owner}. Selaraskan objective bawahan ke {code}, atau jelaskan bila KR ini dikerjakan sendiri.',
        en: 'No objective or key result below aligns to key result {code} of {owner}. Align a subordinate objective to {code}, or make sure it is meant to be done by the owner alone.',
      },
    },
  },
  check(ctx) {
    const { graph, index } = ctx;
    const leads = new Map<string, boolean>();
    for (const kr of ctx.plan.key_results) {
      const owner = graph.nodes.get(kr.code)?.owner;
      if (!owner) continue;
      // Once per owner: a unit's staff list is scanned, and a unit may own many key results.
      let hasBelow = leads.get(owner);
      if (hasBelow === undefined) leads.set(owner, (hasBelow = hasSubordinates(index, owner)));
      if (!hasBelow) continue;
      if (graph.contributors(kr.code).length > 0) continue;
      ctx.report({ messageId: 'uncovered', data: { code: kr.code, owner: describeOwner(index, owner) }, node: kr, subject: kr.code });
    }
  },
});
