/** A check-in period that is not a week, month, quarter or date, or that lies outside the plan's period. */
import { defineRule } from '../define-rule.js';
import { parsePeriod } from '../../model/period.js';

export default defineRule({
  meta: {
    id: 'checkin/invalid-period',
    defaultSeverity: 'error',
    description: { id: 'Periode realisasi tidak valid atau di luar periode rencana', en: "A check-in period that is invalid or outside the plan's period" },
    messages: {
      format: {
        id: 'Periode realisasi KR {code} "{period}" tidak dikenali. Tulis minggu (2026-W07), bulan (2026-03), triwulan (2026-Q1), atau tanggal (2026-03-31).',
        en: 'The check-in period of key result {code}, "{period}", is not recognised. Write a week (2026-W07), a month (2026-03), a quarter (2026-Q1) or a date (2026-03-31).',
      },
      outside: {
        id: 'Periode realisasi KR {code} "{period}" ({from} s.d. {to}) di luar periode rencana {start} s.d. {end}. Perbaiki periodenya atau pindahkan realisasi ini ke rencana tahun yang sesuai.',
        en: 'The check-in period of key result {code}, "{period}" ({from} to {to}), is outside the plan period {start} to {end}. Fix the period or move this check-in to the plan of that year.',
      },
    },
  },
  check(ctx) {
    const { start, end } = ctx.plan.settings;
    for (const c of ctx.plan.check_ins) {
      const range = parsePeriod(c.period);
      if (!range) {
        ctx.report({ messageId: 'format', data: { code: c.kr, period: c.period }, node: c, field: 'period', subject: c.kr });
        continue;
      }
      if (start === undefined || end === undefined || (range.end >= start && range.start <= end)) continue;
      ctx.report({ messageId: 'outside', data: { code: c.kr, period: c.period, from: range.start, to: range.end, start, end }, node: c, field: 'period', subject: c.kr });
    }
  },
});
