/**
 * A key result not yet achieved whose latest check-in (or the period start, when it has none) is more than `weeks`
 * old as of the evaluation date: continuous feedback (6/2022) needs recent realisasi. A check-in counts from the
 * end of its period, or from the evaluation date while that period is still running. A `tetap` key result is never
 * "achieved": keeping a value has to be monitored throughout.
 */
import { z } from 'zod';
import { defineRule } from '../define-rule.js';
import type { PlanCheckIn, PlanKeyResult } from '../../model/plan.js';
import type { IsoDate } from '../../model/values.js';
import { daysBetween, parsePeriod } from '../../model/period.js';

const Options = z.object({ weeks: z.number().positive().default(6) }).strict();

export default defineRule<z.output<typeof Options>>({
  meta: {
    id: 'checkin/stale',
    defaultSeverity: 'info',
    description: { id: 'KR belum tercapai tanpa realisasi terbaru', en: 'A key result not yet achieved without a recent check-in' },
    options: Options,
    messages: {
      stale: {
        id: 'KR {code} belum tercapai dan realisasi terakhirnya ({since}) sudah lebih dari {weeks} minggu per {asOf}. Tambahkan realisasi terbaru untuk KR ini.',
        en: 'Key result {code} is not yet achieved and its latest check-in ({since}) is more than {weeks} weeks old as of {asOf}. Add a recent check-in (Realisasi) for this key result.',
      },
      never: {
        id: 'KR {code} belum pernah diisi realisasinya sejak awal periode ({since}), lebih dari {weeks} minggu per {asOf}. Tambahkan realisasi untuk KR ini.',
        en: 'Key result {code} has had no check-in since the period started ({since}), more than {weeks} weeks before {asOf}. Add a check-in (Realisasi) for this key result.',
      },
    },
  },
  check(ctx) {
    const { asOf, options, plan } = ctx;
    const latest = new Map<string, { date: IsoDate; checkIn: PlanCheckIn }>();
    for (const c of plan.check_ins) {
      const range = parsePeriod(c.period);
      if (!range || range.start > asOf) continue;
      const date = range.end < asOf ? range.end : asOf;
      const seen = latest.get(c.kr);
      if (!seen || date >= seen.date) latest.set(c.kr, { date, checkIn: c });
    }
    for (const kr of plan.key_results) {
      if (kr.target === undefined) continue;
      const last = latest.get(kr.code);
      if (last && achieved(kr, last.checkIn.value)) continue;
      const since = last?.date ?? plan.settings.start;
      if (since === undefined || daysBetween(since, asOf) <= options.weeks * 7) continue;
      ctx.report({ messageId: last ? 'stale' : 'never', data: { code: kr.code, since, weeks: options.weeks, asOf }, node: kr, subject: kr.code });
    }
  },
});

function achieved(kr: PlanKeyResult, value: number | boolean | IsoDate): boolean {
  const { target } = kr;
  switch (kr.measure) {
    case 'ya/tidak':
      return value === true || value === 1;
    case 'tanggal':
      return value === true || (typeof value === 'string' && typeof target === 'string' && value <= target);
    default:
      if (typeof value !== 'number' || typeof target !== 'number') return false;
      return kr.direction === 'naik' ? value >= target : kr.direction === 'turun' ? value <= target : false;
  }
}
