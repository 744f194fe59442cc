/**
 * The shape of a rule. A rule declares its id, category, default severity, options (a zod schema with defaults)
 * and messages in both languages; `check` reports findings against entities of the plan and never sees the
 * severity, the console, the file system or the clock (ESLint's `meta`/`create`, unified-lint-rule's wrapper).
 *
 * Rules with `phase: 'read'` have no check: their findings come from the readers and the normaliser, which know
 * cells and lines, but their severity, docs and messages are owned here like every other rule's.
 */
import type { z } from 'zod';
import type { MessageData, SeveritySetting } from '../diagnostics/finding.js';
import type { Plan } from '../model/plan.js';
import type { PlanIndex } from '../model/lookup.js';
import type { AlignmentGraph } from '../model/graph.js';
import type { EntityLoc } from '../io/source.js';
import type { IsoDate } from '../model/values.js';

export interface Localized {
  readonly id: string;
  readonly en: string;
}

export type Lang = keyof Localized;

export const CATEGORIES = ['schema', 'ref', 'nip', 'employee', 'cascade', 'coverage', 'kr', 'objective', 'skp', 'checkin'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface RuleMeta<O> {
  readonly id: string;
  readonly defaultSeverity: SeveritySetting;
  readonly description: Localized;
  /** Options with their defaults; `z.object({})` when the rule has none. */
  readonly options?: z.ZodType<O>;
  /** Message templates; `{name}` is replaced by the finding's data. */
  readonly messages: Readonly<Record<string, Localized>>;
  readonly phase?: 'read' | 'check';
}

export interface ReportTarget {
  readonly messageId: string;
  readonly data?: MessageData;
  /** The entity the finding is about; the place comes from its `loc`. */
  readonly node: { readonly loc: EntityLoc };
  /** Point at this field's cell or line rather than the entity's. */
  readonly field?: string;
  /** The code or NIP the finding is about. */
  readonly subject?: string;
  /** A severity for this one report, used only while the config leaves the rule at its default. */
  readonly severity?: 'error' | 'warn' | 'info';
}

export interface RuleContext<O> {
  readonly plan: Plan;
  readonly index: PlanIndex;
  /** The alignment graph, built on first use and shared by all rules. */
  readonly graph: AlignmentGraph;
  readonly options: O;
  /** The evaluation date (`--as-of`, default today): rules must not read the clock. */
  readonly asOf: IsoDate;
  report(target: ReportTarget): void;
}

export interface Rule<O = unknown> {
  readonly meta: RuleMeta<O>;
  check?(context: RuleContext<O>): void;
}

export function defineRule<O = Record<string, never>>(rule: Rule<O>): Rule<O> {
  return rule;
}

export { interpolate } from '../util/interpolate.js';
