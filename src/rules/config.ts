/**
 * `okr2skp.config.yaml`: severity and options per rule id, and the language. The config owns severity; rules only
 * declare defaults. Unknown ids and bad options are operational errors that name them (exit 2).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { OkrError } from '../errors.js';
import type { SeveritySetting } from '../diagnostics/finding.js';
import type { Lang } from './define-rule.js';
import { RULES, ruleById } from './registry.js';
import { closest } from '../util/suggest.js';

export const CONFIG_FILE = 'okr2skp.config.yaml';

export interface RuleSetting {
  readonly severity: SeveritySetting;
  readonly options: unknown;
  /** Set in a config file: then it overrides even the per-report severities a rule uses at its default. */
  readonly explicit: boolean;
}

export interface ResolvedConfig {
  readonly rules: ReadonlyMap<string, RuleSetting>;
  readonly lang?: Lang;
  /** Where it came from, for messages; undefined for the built-in defaults. */
  readonly file?: string;
}

const SEVERITY_WORDS: Record<string, SeveritySetting> = { error: 'error', warn: 'warn', warning: 'warn', info: 'info', off: 'off', '2': 'error', '1': 'warn', '0': 'off' };

const ConfigFileSchema = z
  .object({
    rules: z.record(z.string(), z.unknown()).optional(),
    lang: z.enum(['id', 'en']).optional(),
  })
  .strict();

/** Defaults for every rule, with `overrides` (already parsed config data) applied and validated. */
export function resolveConfig(data: unknown = {}, file?: string): ResolvedConfig {
  const where = file ?? CONFIG_FILE;
  const parsed = ConfigFileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new OkrError('config-invalid', { file: where, path: issue.path.join('.') || '(root)', reason: issue.message });
  }
  const rules = new Map<string, RuleSetting>();
  for (const rule of RULES) {
    rules.set(rule.meta.id, { severity: rule.meta.defaultSeverity, options: parseOptions(rule.meta.id, undefined, where), explicit: false });
  }
  for (const [id, value] of Object.entries(parsed.data.rules ?? {})) {
    const rule = ruleById(id);
    if (!rule) {
      throw new OkrError('config-unknown-rule', { file: where, rule: id, suggestion: closest(id, RULES.map((r) => r.meta.id)) ?? '' });
    }
    const [sevRaw, options] = Array.isArray(value) ? [value[0], value[1]] : [value, undefined];
    const severity = SEVERITY_WORDS[String(sevRaw).toLowerCase()];
    if (!severity) throw new OkrError('config-invalid', { file: where, path: `rules.${id}`, reason: `"${String(sevRaw)}" is not error, warn, info or off` });
    rules.set(id, { severity, options: parseOptions(id, options, where), explicit: true });
  }
  return { rules, lang: parsed.data.lang, file };
}

function parseOptions(id: string, options: unknown, where: string): unknown {
  const schema = ruleById(id)?.meta.options;
  if (!schema) {
    if (options !== undefined) throw new OkrError('config-bad-option', { file: where, rule: id, reason: 'this rule takes no options' });
    return {};
  }
  const r = schema.safeParse(options ?? {});
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new OkrError('config-bad-option', { file: where, rule: id, reason: `${issue.path.join('.') || 'options'}: ${issue.message}` });
  }
  return r.data;
}

/** `--config FILE`, else `okr2skp.config.yaml` in `cwd` if present, else the defaults. */
export function loadConfig(explicit: string | undefined, cwd: string = process.cwd()): ResolvedConfig {
  const path = explicit ? resolve(cwd, explicit) : resolve(cwd, CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicit) throw new OkrError('config-missing', { file: explicit });
    return resolveConfig({});
  }
  let data: unknown;
  const shown = explicit ?? CONFIG_FILE;
  try {
    data = parse(readFileSync(path, 'utf8'), { maxAliasCount: 50 });
  } catch (e) {
    throw new OkrError('config-invalid', { file: shown, path: '(root)', reason: (e as Error).message.split('\n')[0]! });
  }
  return resolveConfig(data, shown);
}
