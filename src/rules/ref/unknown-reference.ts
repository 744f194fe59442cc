/** A code or NIP that is referenced but not defined, with the closest existing one as a hint. */
import { defineRule, type RuleContext } from '../define-rule.js';
import { closest } from '../../util/suggest.js';
import { fieldLabel, type EntityLoc } from '../../io/source.js';

type Kind = 'unit' | 'employee' | 'result' | 'objective' | 'kr' | 'owner';

export default defineRule({
  meta: {
    id: 'ref/unknown-reference',
    defaultSeverity: 'error',
    description: { id: 'Kode atau NIP yang dirujuk tetapi tidak didefinisikan', en: 'A code or NIP that is referenced but not defined' },
    messages: {
      unknown: { id: '"{field}" merujuk ke "{ref}" yang tidak ada dalam rencana.', en: '"{field}" refers to "{ref}", which the plan does not define.' },
      unknownSuggest: { id: '"{field}" merujuk ke "{ref}" yang tidak ada dalam rencana. Maksud Anda "{suggestion}"?', en: '"{field}" refers to "{ref}", which the plan does not define. Did you mean "{suggestion}"?' },
    },
  },
  check(ctx) {
    const { plan } = ctx;
    const hasUnits = plan.units.length > 0;
    for (const u of plan.units) {
      ref(ctx, u, 'parent', u.parent, 'unit', u.code);
      ref(ctx, u, 'head', u.head, 'employee', u.code);
    }
    for (const e of plan.employees) {
      if (hasUnits) ref(ctx, e, 'unit', e.unit, 'unit', e.nip);
      ref(ctx, e, 'supervisor', e.supervisor, 'employee', e.nip);
    }
    for (const o of plan.objectives) {
      ref(ctx, o, 'owner', o.owner, 'owner', o.code);
      ref(ctx, o, 'aligned_to', o.aligned_to, 'result', o.code);
    }
    for (const k of plan.key_results) {
      ref(ctx, k, 'objective', k.objective, 'objective', k.code);
      ref(ctx, k, 'aligned_to', k.aligned_to, 'result', k.code);
    }
    for (const c of plan.check_ins) ref(ctx, c, 'kr', c.kr, 'kr', c.kr);
    for (const b of plan.behaviour) ref(ctx, b, 'nip', b.nip, 'employee', b.nip);
    for (const r of plan.ratings) ref(ctx, r, 'nip', r.nip, 'employee', r.nip);
    for (const a of plan.attachments) if (a.for) ref(ctx, a, 'for', a.for, 'owner', a.for);
  },
});

function ref(ctx: RuleContext<unknown>, node: { loc: EntityLoc }, field: string, value: string | undefined, kind: Kind, subject: string): void {
  if (value === undefined || value === '') return;
  const { index } = ctx;
  if (index.rejectedKeys.has(value)) return;
  const exists =
    kind === 'unit' ? index.unitByCode.has(value)
    : kind === 'employee' ? index.employeeByNip.has(value)
    : kind === 'objective' ? index.objectiveByCode.has(value)
    : kind === 'kr' ? index.krByCode.has(value)
    : kind === 'result' ? index.objectiveByCode.has(value) || index.krByCode.has(value)
    : index.unitByCode.has(value) || index.employeeByNip.has(value);
  if (exists) return;
  const pool = (): Iterable<string> =>
    kind === 'unit' ? index.unitByCode.keys()
    : kind === 'employee' ? index.employeeByNip.keys()
    : kind === 'objective' ? index.objectiveByCode.keys()
    : kind === 'kr' ? index.krByCode.keys()
    : kind === 'result' ? [...index.objectiveByCode.keys(), ...index.krByCode.keys()]
    : [...index.unitByCode.keys(), ...index.employeeByNip.keys()];
  const suggestion = closest(value, pool());
  const label = fieldLabel(node.loc, field);
  ctx.report({
    messageId: suggestion ? 'unknownSuggest' : 'unknown',
    data: { field: label, ref: value, suggestion: suggestion ?? '' },
    node,
    field,
    subject,
  });
}

