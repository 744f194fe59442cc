/** Reads YAML plans the way `validate` does (reader → normaliser → rules), without touching the disk beyond the fixture. */
import { readFileSync } from 'node:fs';
import { readYaml } from '../../src/io/yaml.js';
import { normalise } from '../../src/io/normalise.js';
import { lint } from '../../src/rules/run.js';
import type { Plan } from '../../src/model/plan.js';
import type { Diagnostic } from '../../src/diagnostics/finding.js';

export const EXAMPLE = new URL('../../examples/kementerian-contoh.yaml', import.meta.url).pathname;
export const FIXTURES = new URL('../fixtures/report/', import.meta.url).pathname;

export function planFromYaml(path: string, asOf = '2026-06-30'): { plan: Plan; diagnostics: Diagnostic[] } {
  return planFromText(path, readFileSync(path, 'utf8'), asOf);
}

export function planFromText(name: string, text: string, asOf = '2026-06-30'): { plan: Plan; diagnostics: Diagnostic[] } {
  const { plan, findings } = normalise([readYaml(name, text)]);
  return { plan, diagnostics: lint(plan, findings, { asOf, lang: 'id' }) };
}
