/** The new formats through `okr2skp validate`, in-process, on the example plan. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import type { CliIO } from '../../../src/cli/io.js';
import { RULES } from '../../../src/rules/registry.js';
import { parseXml } from './xml.js';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const EXAMPLE = 'examples/kementerian-contoh.yaml';
const outDir = mkdtempSync(join(tmpdir(), 'okr2skp-ci-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const { $schema: _draft, id: schemaId, ...schemaBody } = JSON.parse(readFileSync(new URL('../../fixtures/sarif/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const validateSarif = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile({ $id: schemaId, ...schemaBody });

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
    env: {},
    cwd: ROOT,
    today: () => '2026-03-31',
  };
  const code = await main(['node', 'okr2skp', ...args], io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('validate with the CI formats', () => {
  it('writes SARIF to the -o file, valid against the schema, and nothing to stdout', async () => {
    const target = join(outDir, 'okr2skp.sarif');
    const { code, stdout, stderr } = await run(['validate', EXAMPLE, '--format', 'sarif', '-o', target]);
    expect(stderr).toBe('');
    expect(stdout).toBe('');
    const log = JSON.parse(readFileSync(target, 'utf8'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const run0 = log.runs[0];
    expect(run0.tool.driver.rules).toHaveLength(RULES.length);
    expect(run0.originalUriBaseIds['%SRCROOT%'].uri.endsWith('/')).toBe(true);
    expect(run0.artifacts).toEqual([{ location: { uri: EXAMPLE, uriBaseId: '%SRCROOT%' } }]);
    for (const r of run0.results) {
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe(EXAMPLE);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(run0.results.length).toBeGreaterThan(0);
    const errors = run0.results.filter((r: { level: string }) => r.level === 'error').length;
    expect(code).toBe(errors > 0 ? 1 : 0);
  });

  it('places workbook findings at their row and column, with Sheet!Cell leading the message', async () => {
    const target = join(outDir, 'xlsx.sarif');
    await run(['validate', 'examples/kementerian-contoh.xlsx', '--format', 'sarif', '-o', target]);
    const log = JSON.parse(readFileSync(target, 'utf8'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const results = log.runs[0].results as { message: { text: string }; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[];
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      const m = /^('(?:[^']|'')+'|\w+)!([A-Z]+)(\d+): /.exec(r.message.text);
      expect(m, r.message.text).not.toBeNull();
      const region = r.locations[0]!.physicalLocation.region;
      expect(region.startLine).toBe(Number(m![3]));
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives the same SARIF twice (no clock, stable order)', async () => {
    const a = join(outDir, 'a.sarif');
    const b = join(outDir, 'b.sarif');
    await run(['validate', EXAMPLE, '-f', 'sarif', '-o', a]);
    await run(['validate', EXAMPLE, '-f', 'sarif', '-o', b]);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('prints JUnit, GitHub commands and Markdown that agree on the counts', async () => {
    const junit = await run(['validate', EXAMPLE, '--format', 'junit']);
    const suite = parseXml(junit.stdout).children[0]!;
    expect(suite.attrs.name).toBe(EXAMPLE);

    const github = await run(['validate', EXAMPLE, '--format', 'github', '--lang', 'en']);
    const commands = github.stdout.split('\n').filter((l) => l.startsWith('::'));
    const summary = /^okr2skp: (\d+) errors?, (\d+) warnings?, (\d+) infos?$/m.exec(github.stdout);
    expect(summary).not.toBeNull();
    const [errors, warnings, infos] = summary!.slice(1).map(Number) as [number, number, number];
    expect(commands).toHaveLength(errors + warnings + infos);
    expect(commands.filter((l) => l.startsWith('::error ')).length).toBe(errors);
    expect(commands.filter((l) => l.startsWith('::warning ')).length).toBe(warnings);
    expect(suite.attrs.failures).toBe(String(suite.children.filter((c) => c.children.some((x) => x.name === 'failure')).length));
    expect(github.code).toBe(errors > 0 ? 1 : 0);
    expect(junit.code).toBe(github.code);

    const markdown = await run(['validate', EXAMPLE, '--format', 'markdown', '--lang', 'en']);
    expect(markdown.stdout).toContain(`| ❌ Errors | ${errors} |`);
    expect(markdown.stdout).toContain(`| ⚠️ Warnings | ${warnings} |`);
    expect(markdown.stdout).toContain(`| ℹ️ Infos | ${infos} |`);
  });
});
