/**
 * A target phrased as absolute ("semua", "seluruh", "selalu", "tidak pernah", "setiap") for an administrator,
 * supervisor, functional or executor position: PermenPANRB 8/2021 advises against absolute targets for them.
 */
import { defineRule } from '../define-rule.js';
import { absoluteWord } from '../text/indonesian.js';

const NON_JPT = new Set(['Pelaksana', 'Fungsional', 'Administrator', 'Pengawas']);

export default defineRule({
  meta: {
    id: 'kr/absolute-target',
    defaultSeverity: 'warn',
    description: { id: 'Target absolut untuk jabatan administrasi atau fungsional', en: 'An absolute target for an administrative or functional position' },
    messages: {
      absolute: {
        id: 'KR {code} milik pejabat {positionType} memakai kata absolut "{word}". PermenPANRB 8/2021 menyarankan target yang tidak absolut: ganti dengan ukuran, misalnya "Persentase … (target 95%)".',
        en: 'Key result {code} of a {positionType} position uses the absolute word "{word}". PermenPANRB 8/2021 advises against absolute targets: use a measure instead, e.g. "Persentase … (target 95%)".',
      },
    },
  },
  check(ctx) {
    const { graph, index } = ctx;
    for (const kr of ctx.plan.key_results) {
      const owner = index.employeeByNip.get(graph.nodes.get(kr.code)?.owner ?? '');
      if (!owner || !NON_JPT.has(owner.position_type)) continue;
      const word = absoluteWord(kr.key_result);
      if (word === undefined) continue;
      ctx.report({ messageId: 'absolute', data: { code: kr.code, word, positionType: owner.position_type }, node: kr, field: 'key_result', subject: kr.code });
    }
  },
});
