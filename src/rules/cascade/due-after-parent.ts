/**
 * A key result due after the result it contributes to: the supervisor's result would be judged before this one is
 * delivered. A KR contributes to its own `aligned_to`, else to what its objective aligns to; a missing due date
 * means the end of the period.
 */
import { defineRule } from '../define-rule.js';
import type { IsoDate } from '../../model/values.js';

export default defineRule({
  meta: {
    id: 'cascade/due-after-parent',
    defaultSeverity: 'warn',
    description: { id: 'Tenggat KR lebih lambat daripada hasil yang didukungnya', en: 'A key result is due after the result it contributes to' },
    messages: {
      late: {
        id: 'KR {code} bertenggat {due}, setelah {parent} yang didukungnya ({parentDue}). Majukan tenggat {code} paling lambat {parentDue}.',
        en: 'Key result {code} is due {due}, after {parent}, which it contributes to ({parentDue}). Move the due date of {code} to {parentDue} or earlier.',
      },
    },
  },
  check(ctx) {
    const { graph, index, plan } = ctx;
    const end = plan.settings.end;
    const dueOf = (due: IsoDate | undefined): IsoDate | undefined => due ?? end;
    for (const kr of plan.key_results) {
      const parentCode = kr.aligned_to ?? index.objectiveByCode.get(kr.objective)?.aligned_to;
      if (parentCode === undefined || graph.inCycle.has(kr.code) || graph.inCycle.has(parentCode)) continue;
      const parent = graph.nodes.get(parentCode);
      if (!parent) continue;
      let parentDue: IsoDate | undefined;
      if (parent.kind === 'kr') parentDue = dueOf(parent.entity.due);
      else for (const k of index.krsByObjective.get(parent.code) ?? []) {
        const d = dueOf(k.due);
        if (d !== undefined && (parentDue === undefined || d > parentDue)) parentDue = d;
      }
      const due = dueOf(kr.due);
      if (due === undefined || parentDue === undefined || due <= parentDue) continue;
      ctx.report({ messageId: 'late', data: { code: kr.code, due, parent: parent.code, parentDue }, node: kr, field: 'due', subject: kr.code });
    }
  },
});
