/**
 * A supervisor chain that loops back (A's supervisor is B, B's is A). Each loop is reported once, at the member
 * with the smallest NIP, in linear time.
 */
import { defineRule } from '../define-rule.js';
import { findCycles } from '../../util/cycles.js';

export default defineRule({
  meta: {
    id: 'employee/supervisor-cycle',
    defaultSeverity: 'error',
    description: { id: 'Rantai atasan berputar kembali', en: 'The supervisor chain loops back' },
    messages: {
      cycle: { id: 'Rantai atasan berputar: {chain}. Perbaiki NIP Atasan salah satu pegawai ini.', en: 'The supervisor chain loops: {chain}. Fix the supervisor NIP of one of these employees.' },
    },
  },
  check(ctx) {
    const { employeeByNip } = ctx.index;
    const cycles = findCycles(ctx.plan.employees.map((e) => e.nip), (nip) => {
      const next = employeeByNip.get(nip)?.supervisor;
      return next !== undefined && employeeByNip.has(next) ? next : undefined;
    });
    for (const cycle of cycles) {
      const e = employeeByNip.get(cycle[0]!)!;
      ctx.report({ messageId: 'cycle', data: { chain: [...cycle, cycle[0]].join(' → ') }, node: e, field: 'supervisor', subject: e.nip });
    }
  },
});
