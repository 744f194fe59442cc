/**
 * An employee whose total key-result weight is far from their unit's median: below `low` × median they carry too
 * little for a full SKP, above `high` × median too much to deliver. Only employees who own objectives are compared.
 */
import { z } from 'zod';
import { defineRule } from '../define-rule.js';
import type { PlanEmployee } from '../../model/plan.js';
import { describeOwner } from '../cascade/owner.js';

const Options = z
  .object({
    low: z.number().positive().default(0.5),
    high: z.number().positive().default(2),
  })
  .strict()
  .refine((o) => o.low < o.high, { message: 'low must be below high' });

export default defineRule<z.output<typeof Options>>({
  meta: {
    id: 'coverage/workload-imbalance',
    defaultSeverity: 'warn',
    description: { id: 'Total bobot KR pegawai jauh dari median unitnya', en: "An employee's total key-result weight is far from their unit's median" },
    options: Options,
    messages: {
      low: {
        id: 'Total bobot KR {employee} adalah {weight}, kurang dari {factor} × median unit {unit} ({median}). Tambahkan KR atau naikkan bobotnya, atau pindahkan pekerjaan dari rekan yang terlalu berat.',
        en: 'The total key-result weight of {employee} is {weight}, below {factor} × the median of unit {unit} ({median}). Add key results or raise their weight, or take work over from an overloaded colleague.',
      },
      high: {
        id: 'Total bobot KR {employee} adalah {weight}, lebih dari {factor} × median unit {unit} ({median}). Bagi sebagian KR kepada rekan di unit yang sama, atau turunkan bobotnya.',
        en: 'The total key-result weight of {employee} is {weight}, above {factor} × the median of unit {unit} ({median}). Hand some key results to colleagues in the unit, or lower their weight.',
      },
    },
  },
  check(ctx) {
    const { index, plan, options } = ctx;
    const byUnit = new Map<string, { employee: PlanEmployee; weight: number }[]>();
    for (const e of plan.employees) {
      const objectives = index.objectivesByOwner.get(e.nip);
      if (!objectives?.length) continue;
      let weight = 0;
      for (const o of objectives) for (const k of index.krsByObjective.get(o.code) ?? []) weight += k.weight;
      const list = byUnit.get(e.unit) ?? [];
      list.push({ employee: e, weight });
      byUnit.set(e.unit, list);
    }
    for (const [unit, members] of byUnit) {
      if (members.length < 2) continue;
      const median = medianOf(members.map((m) => m.weight));
      if (median <= 0) continue;
      for (const { employee, weight } of members) {
        const kind = weight < options.low * median ? 'low' : weight > options.high * median ? 'high' : undefined;
        if (!kind) continue;
        ctx.report({
          messageId: kind,
          data: { employee: describeOwner(index, employee.nip), weight: round(weight), median: round(median), unit, factor: kind === 'low' ? options.low : options.high },
          node: employee,
          field: 'nip',
          subject: employee.nip,
        });
      }
    }
  },
});

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
