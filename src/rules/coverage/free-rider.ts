/**
 * An employee of a unit that plans with OKRs who owns no objective, or (below the top) none that aligns to anything:
 * their SKP would be empty or cut off from the organisation's goals. A unit head also owns the unit's objectives.
 */
import { defineRule } from '../define-rule.js';
import type { PlanObjective } from '../../model/plan.js';
import { describeOwner, isTop } from '../cascade/owner.js';

export default defineRule({
  meta: {
    id: 'coverage/free-rider',
    defaultSeverity: 'warn',
    description: { id: 'Pegawai tanpa objective (atau tanpa objective yang selaras) di unit yang memakai OKR', en: 'An employee without an objective (or without an aligned one) in a unit that uses OKRs' },
    messages: {
      none: {
        id: '{employee} di unit {unit} tidak memiliki objective. Tambahkan objective miliknya yang selaras dengan KR atasannya, agar SKP-nya berisi Rencana Hasil Kerja.',
        en: '{employee} in unit {unit} owns no objective. Add an objective for them that aligns to a key result of their supervisor, so their SKP has a Rencana Hasil Kerja.',
      },
      unaligned: {
        id: 'Tidak satu pun objective milik {employee} selaras dengan hasil atasan. Isi "Selaras Dengan" pada objective-nya dengan KR atasan langsung.',
        en: 'None of the objectives of {employee} aligns to a result above. Fill in "Aligned To" on their objectives with a key result of the direct supervisor.',
      },
    },
  },
  check(ctx) {
    const { index, plan } = ctx;
    const unitsWithOkrs = new Set<string>();
    for (const o of plan.objectives) {
      if (index.unitByCode.has(o.owner)) unitsWithOkrs.add(o.owner);
      const unit = index.employeeByNip.get(o.owner)?.unit;
      if (unit) unitsWithOkrs.add(unit);
    }
    const headed = new Map<string, string[]>();
    for (const u of plan.units) if (u.head) headed.set(u.head, [...(headed.get(u.head) ?? []), u.code]);
    for (const e of plan.employees) {
      if (!unitsWithOkrs.has(e.unit)) continue;
      const owned: PlanObjective[] = [...(index.objectivesByOwner.get(e.nip) ?? []), ...(headed.get(e.nip) ?? []).flatMap((u) => index.objectivesByOwner.get(u) ?? [])];
      const data = { employee: describeOwner(index, e.nip), unit: e.unit };
      if (owned.length === 0) ctx.report({ messageId: 'none', data, node: e, field: 'nip', subject: e.nip });
      else if (!isTop(index, e.nip) && owned.every((o) => o.aligned_to === undefined)) ctx.report({ messageId: 'unaligned', data, node: e, field: 'nip', subject: e.nip });
    }
  },
});
