/**
 * An alignment to a result that the owner's direct supervisor does not own (for a unit: neither its parent unit nor
 * that unit's head). The SKP would then name someone else's RHK as "RHK Pimpinan yang Diintervensi".
 */
import { defineRule } from '../define-rule.js';
import { describeOwner, expectedUpOwners } from './owner.js';

export default defineRule({
  meta: {
    id: 'cascade/not-supervisor',
    defaultSeverity: 'warn',
    description: { id: 'Hasil yang diselaraskan bukan milik atasan langsung', en: 'The aligned result is not owned by the direct supervisor' },
    messages: {
      notSupervisor: {
        id: '{code} selaras dengan {target} milik {actual}, bukan milik {expected}. Selaraskan ke KR milik {expected}, atau perbaiki NIP Atasan/Induk jika atasannya memang {actual}.',
        en: '{code} aligns to {target}, which belongs to {actual}, not to {expected}. Align it to a key result of {expected}, or fix the supervisor/parent if {actual} really is the one above.',
      },
    },
  },
  check(ctx) {
    const { graph, index } = ctx;
    for (const node of graph.nodes.values()) {
      const targetCode = node.entity.aligned_to;
      if (targetCode === undefined || graph.inCycle.has(node.code)) continue;
      const target = graph.nodes.get(targetCode);
      if (!target) continue;
      const expected = expectedUpOwners(index, node.owner);
      if (expected.length === 0 || expected.includes(target.owner)) continue;
      ctx.report({
        messageId: 'notSupervisor',
        data: { code: node.code, target: target.code, actual: describeOwner(index, target.owner), expected: describeOwner(index, expected[0]!) },
        node: node.entity,
        field: 'aligned_to',
        subject: node.code,
      });
    }
  },
});
