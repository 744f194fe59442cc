/** Read and check: the whole of `okr2skp validate` short of printing. */
import { loadPlan } from './io/load.js';
import { lint } from './rules/run.js';
import type { ResolvedConfig } from './rules/config.js';
import type { Lang } from './rules/define-rule.js';
import { summarise } from './diagnostics/finding.js';
import type { LintReport } from './render/formatters/types.js';
import type { Plan } from './model/plan.js';

export interface ValidateOptions {
  readonly config: ResolvedConfig;
  readonly lang: Lang;
  readonly asOf: string;
  /** Where relative paths are resolved; default the process's working directory. */
  readonly cwd?: string;
}

export async function validate(files: readonly string[], options: ValidateOptions): Promise<LintReport & { plan: Plan }> {
  const { plan, findings } = await loadPlan(files, options.cwd);
  const diagnostics = lint(plan, findings, options);
  return { plan, diagnostics, files, summary: summarise(diagnostics) };
}
