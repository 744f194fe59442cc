/**
 * Runs the rules over a plan: stamps each finding with the severity the config gives its rule, drops rules that
 * are off, renders the message in the chosen language, and sorts the result so output is stable.
 */
import type { Diagnostic, Finding, Severity } from '../diagnostics/finding.js';
import { compareDiagnostics } from '../diagnostics/finding.js';
import { indexPlan } from '../model/lookup.js';
import { buildGraph } from '../model/graph.js';
import type { Plan } from '../model/plan.js';
import type { IsoDate } from '../model/values.js';
import { interpolate, type Lang, type ReportTarget, type RuleContext } from './define-rule.js';
import { RULES, ruleById } from './registry.js';
import { resolveConfig, type ResolvedConfig } from './config.js';

export interface LintOptions {
  readonly config?: ResolvedConfig;
  readonly lang?: Lang;
  readonly asOf: IsoDate;
}

/** Findings from the rules' checks (no severity yet), for callers that want raw findings. */
export function checkPlan(plan: Plan, options: LintOptions): Finding[] {
  const config = options.config ?? resolveConfig({});
  const index = indexPlan(plan);
  const findings: (Finding & { severityHint?: Severity })[] = [];
  for (const rule of RULES) {
    const setting = config.rules.get(rule.meta.id);
    if (!rule.check || !setting || setting.severity === 'off') continue;
    const context: RuleContext<unknown> = {
      plan,
      index,
      get graph() {
        return buildGraph(plan);
      },
      options: setting.options,
      asOf: options.asOf,
      report(target: ReportTarget) {
        const at = (target.field !== undefined ? target.node.loc.fields[target.field] : undefined) ?? target.node.loc.at;
        findings.push({
          ruleId: rule.meta.id,
          messageId: target.messageId,
          data: target.data ?? {},
          at,
          ...(target.subject !== undefined ? { subject: target.subject } : {}),
          ...(target.severity ? { severityHint: target.severity } : {}),
        });
      },
    };
    rule.check(context);
  }
  return findings;
}

/** Read findings plus rule findings → sorted diagnostics with severity and message. */
export function lint(plan: Plan, readFindings: readonly Finding[], options: LintOptions): Diagnostic[] {
  const config = options.config ?? resolveConfig({});
  return toDiagnostics([...readFindings, ...checkPlan(plan, { ...options, config })], config, options.lang ?? config.lang ?? 'id');
}

export function toDiagnostics(findings: readonly (Finding & { severityHint?: Severity })[], config: ResolvedConfig, lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const rule = ruleById(f.ruleId);
    if (!rule) throw new Error(`finding from unregistered rule ${f.ruleId}`);
    const setting = config.rules.get(f.ruleId);
    if (!setting || setting.severity === 'off') continue;
    const severity: Severity = !setting.explicit && f.severityHint ? f.severityHint : setting.severity;
    const template = rule.meta.messages[f.messageId];
    if (!template) throw new Error(`rule ${f.ruleId} has no message ${f.messageId}`);
    out.push({
      ruleId: f.ruleId,
      severity,
      message: interpolate(template[lang], f.data),
      file: f.at.file,
      ...(f.at.sheet !== undefined ? { sheet: f.at.sheet } : {}),
      ...(f.at.cell !== undefined ? { cell: f.at.cell } : {}),
      ...(f.at.line !== undefined ? { line: f.at.line } : {}),
      ...(f.at.column !== undefined ? { column: f.at.column } : {}),
      ...(f.subject !== undefined ? { subject: f.subject } : {}),
      messageId: f.messageId,
      data: f.data,
    });
  }
  return out.sort(compareDiagnostics);
}
