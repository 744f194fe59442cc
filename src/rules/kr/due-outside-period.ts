/** A due date outside the plan's period: the SKP is assessed over that period only. */
import { defineRule } from '../define-rule.js';

export default defineRule({
  meta: {
    id: 'kr/due-outside-period',
    defaultSeverity: 'error',
    description: { id: 'Tenggat KR di luar periode rencana', en: "A key result's due date is outside the plan's period" },
    messages: {
      outside: {
        id: 'Tenggat KR {code} ({due}) di luar periode rencana {start} s.d. {end}. Pilih tenggat di dalam periode penilaian.',
        en: 'The due date of key result {code} ({due}) is outside the plan period {start} to {end}. Choose a due date within the assessment period.',
      },
    },
  },
  check(ctx) {
    const { start, end } = ctx.plan.settings;
    if (start === undefined || end === undefined) return;
    for (const kr of ctx.plan.key_results) {
      if (kr.due === undefined || (kr.due >= start && kr.due <= end)) continue;
      ctx.report({ messageId: 'outside', data: { code: kr.code, due: kr.due, start, end }, node: kr, field: 'due', subject: kr.code });
    }
  },
});
