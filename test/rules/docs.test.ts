/**
 * The guardrail for the rule catalogue (ESLint's checkRuleFiles): every registered rule has its page under
 * docs/rules/<id>.md with the four sections people need, and its own test file that names it. A new rule without
 * them fails here, not in a user's hands.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/registry.js';
import { CATEGORIES } from '../../src/rules/define-rule.js';

const SECTIONS = ['## What it catches', '## Why', '## Failing example', '## Passing example'] as const;
const root = new URL('../../', import.meta.url);
const read = (path: string): string | undefined => (existsSync(new URL(path, root)) ? readFileSync(new URL(path, root), 'utf8') : undefined);

/** The text between a heading and the next `## ` heading. */
function section(doc: string, heading: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) return '';
  const rest = doc.slice(start + heading.length + 2);
  const end = rest.search(/\n## /);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

describe('rule catalogue', () => {
  it('has rule ids of the form <category>/<kebab-name>, each once', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+\/[a-z]+(-[a-z]+)*$/);
      expect(CATEGORIES as readonly string[]).toContain(id.split('/')[0]);
    }
  });

  describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
    it(`has docs/rules/${id}.md with what it catches, why, a failing and a passing example`, () => {
      const doc = read(`docs/rules/${id}.md`);
      expect(doc, `docs/rules/${id}.md is missing`).toBeDefined();
      expect(doc!.split('\n')[0]).toBe(`# ${id}`);
      for (const heading of SECTIONS) expect(section(doc!, heading), `${heading} in docs/rules/${id}.md`).not.toBe('');
      for (const heading of ['## Failing example', '## Passing example']) expect(section(doc!, heading), `${heading} needs a code block`).toMatch(/```[a-z]*\n[\s\S]+?\n```/);
      expect(doc).toContain(`Default severity: \`${rule.meta.defaultSeverity}\``);
    });

    it('documents each option with its default', () => {
      const doc = read(`docs/rules/${id}.md`) ?? '';
      const defaults = (rule.meta.options?.parse({}) ?? {}) as Record<string, unknown>;
      for (const [option, value] of Object.entries(defaults)) expect(doc, `option ${option}`).toContain(`| \`${option}\` | \`${String(value)}\` |`);
    });

    it(`has its own test file test/rules/${id}.test.ts that names it`, () => {
      const test = read(`test/rules/${id}.test.ts`);
      expect(test, `test/rules/${id}.test.ts is missing`).toBeDefined();
      expect(test).toContain(`'${id}'`);
    });
  });

  it('has no page for a rule that does not exist', async () => {
    const { readdirSync } = await import('node:fs');
    const pages = CATEGORIES.flatMap((c) => (existsSync(new URL(`docs/rules/${c}`, root)) ? readdirSync(new URL(`docs/rules/${c}`, root)).map((f) => `${c}/${f.replace(/\.md$/, '')}`) : []));
    expect(pages.filter((p) => !RULES.some((r) => r.meta.id === p))).toEqual([]);
  });
});
