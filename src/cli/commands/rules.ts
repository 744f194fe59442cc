/**
 * `okr2skp rules`: every rule with its default severity, so a team can write its config file and CI scripts
 * without reading the source. Severities are printed as the config file spells them (`error`, `warn`, …).
 */
import { Command, Option } from 'commander';
import { RULES } from '../../rules/registry.js';
import type { Lang, Rule } from '../../rules/define-rule.js';
import type { SeveritySetting } from '../../diagnostics/finding.js';
import { resolveLang, type CliIO } from '../io.js';

export interface RuleListing {
  readonly id: string;
  readonly severity: SeveritySetting;
  readonly category: string;
  readonly description: string;
}

export function listRules(rules: readonly Rule<any>[], lang: Lang): RuleListing[] {
  return rules.map(({ meta }) => ({
    id: meta.id,
    severity: meta.defaultSeverity,
    category: meta.id.includes('/') ? meta.id.slice(0, meta.id.indexOf('/')) : meta.id,
    description: meta.description[lang].replace(/\s+/g, ' ').trim(),
  }));
}

const HEADERS = {
  id: ['ATURAN', 'TINGKAT', 'KATEGORI', 'KETERANGAN'],
  en: ['RULE', 'SEVERITY', 'CATEGORY', 'DESCRIPTION'],
} as const;

export function rulesTable(listing: readonly RuleListing[], lang: Lang): string {
  const rows = [[...HEADERS[lang]], ...listing.map((r) => [r.id, r.severity, r.category, r.description])];
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((cells) => cells[col]!.length)));
  return rows.map((cells) => cells.map((cell, col) => (col < 3 ? cell.padEnd(widths[col]!) : cell)).join('  ')).join('\n') + '\n';
}

interface Flags {
  format: 'text' | 'json';
  lang?: string;
}

export function rulesCommand(io: CliIO, done: (code: number) => void): Command {
  return new Command('rules')
    .description('List every rule with its default severity, category and description')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'description language').choices(['id', 'en']))
    .action((flags: Flags) => {
      // No config file here: `rules` is what the config errors point people to, so a broken config must not stop it.
      const lang = resolveLang(flags.lang, undefined, io.env);
      const listing = listRules(RULES, lang);
      io.stdout.write(flags.format === 'json' ? JSON.stringify(listing, null, 2) + '\n' : rulesTable(listing, lang));
      done(0);
    });
}
