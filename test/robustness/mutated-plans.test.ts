/**
 * Self-input is messy: whatever a field holds, every stage must answer with findings, never an exception. This
 * mutates the example plan with the values people really type (and worse), with a fixed seed so a failure
 * reproduces, and runs read → check → report → convert on each.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readYaml } from '../../src/io/yaml.js';
import { normalise } from '../../src/io/normalise.js';
import { lint } from '../../src/rules/run.js';
import { computeFigures, renderHtml, renderJson, renderMarkdown } from '../../src/report/index.js';
import { convertPlan } from '../../src/convert/convert.js';

const BASE = parse(readFileSync(new URL('../../examples/kementerian-contoh.yaml', import.meta.url), 'utf8'));
const VALUES: unknown[] = [
  null, '', 0, -1, 1e20, '85,5', '1.250', 'ya', 'tidak', '2026-13-45', '31 Maret 2026', 'x'.repeat(300), '__proto__',
  'BSDM-O1-KR1', '197203101998031003', 198503152010121002, true, [], {}, 'Tambahan', 'kualitatif', 'turun',
  'tanggal', 'persen', 'ya/tidak', '2026-W07', '2026-Q5', 'JPT', 'Pelaksana', '../../etc/passwd', 'CON',
];
const SECTIONS = ['units', 'employees', 'objectives', 'check_ins', 'behaviour', 'attachments'];

function mutate(seed: number): string {
  let state = seed;
  const rand = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const plan = structuredClone(BASE);
  for (let k = 0, n = 1 + Math.floor(rand() * 6); k < n; k++) {
    const list = plan[pick(SECTIONS)] as Record<string, unknown>[] | undefined;
    if (!list?.length) continue;
    let item = pick(list);
    const krs = item.key_results as Record<string, unknown>[] | undefined;
    if (krs?.length && rand() < 0.5) item = pick(krs);
    const key = pick(Object.keys(item));
    if (rand() < 0.1) delete item[key];
    else item[key] = pick(VALUES);
  }
  return stringify(plan);
}

describe('mutated plans', () => {
  it('read, check, report and convert 60 mutations of the example without an exception', async () => {
    const out = mkdtempSync(join(tmpdir(), 'okr2skp-mutated-'));
    try {
      let withErrors = 0;
      for (let seed = 1; seed <= 60; seed++) {
        const { plan, findings } = normalise([readYaml('plan.yaml', mutate(seed))]);
        const diagnostics = lint(plan, findings, { asOf: '2026-06-30' });
        if (diagnostics.some((d) => d.severity === 'error')) withErrors++;
        for (const d of diagnostics) expect(d.line, `${d.ruleId} without a place`).toBeGreaterThan(0);
        const figures = computeFigures(plan, diagnostics, { asOf: '2026-06-30' });
        expect(renderHtml(figures)).toContain('</html>');
        expect(JSON.parse(renderJson(figures)).schemaVersion).toBe(1);
        renderMarkdown(figures);
        const result = await convertPlan(plan, diagnostics, { outDir: join(out, String(seed)), jobs: 1, force: seed % 2 === 0 });
        expect(result.manifest.employees.length).toBeGreaterThan(0);
      }
      // The mutations must actually hurt, or this test proves nothing.
      expect(withErrors).toBeGreaterThan(20);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
