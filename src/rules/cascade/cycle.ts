/**
 * Alignments that loop back on themselves (A → B → A): no result in the loop reaches the organisation. Each loop
 * is reported once, at the smallest code among its explicit links, so one fix point is named however long it is.
 */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'cascade/cycle',
    defaultSeverity: 'error',
    description: { id: 'Keselarasan yang berputar kembali ke dirinya sendiri', en: 'Alignments that loop back on themselves' },
    messages: {
      cycle: {
        id: 'Keselarasan berputar: {chain}. Ubah "Selaras Dengan" pada {code} (atau kode lain dalam putaran ini) agar menunjuk ke hasil atasan.',
        en: 'The alignment loops: {chain}. Change "Aligned To" of {code} (or another code in this loop) to point at a result of the level above.',
      },
    },
  },
  check(ctx) {
    const { graph } = ctx;
    for (const cycle of graph.cycles) {
      // A loop always has explicit links: a KR only goes up to its own objective implicitly.
      const linked = cycle.filter((c) => graph.nodes.get(c)?.entity.aligned_to !== undefined).sort();
      const code = linked[0] ?? cycle[0]!;
      const start = cycle.indexOf(code);
      const chain = [...cycle.slice(start), ...cycle.slice(0, start), code].join(' → ');
      const node = graph.nodes.get(code)!;
      ctx.report({ messageId: 'cycle', data: { code, chain }, node: node.entity, field: 'aligned_to', subject: code });
    }
  },
});
