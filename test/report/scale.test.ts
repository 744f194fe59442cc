/**
 * Report generation must stay linear: a ministry of 10,000 employees in seconds. The plan is built in memory
 * (bench/generate.ts) and read through the YAML reader once; the timed part is figures + every renderer.
 * Measured on the 2-core CI machine (see bench/report-bench.ts): figures ≈1 s, HTML ≈1 s, JSON ≈0.5 s,
 * XLSX ≈10 s; the bound below leaves room without letting a quadratic slip through (that would take minutes).
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generatePlan } from '../../bench/generate.js';
import { readYaml } from '../../src/io/yaml.js';
import { normalise } from '../../src/io/normalise.js';
import { computeFigures } from '../../src/report/figures.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderXlsx } from '../../src/report/xlsx.js';

describe('report at scale', () => {
  it('handles 10,000 employees in seconds', async () => {
    const { plan } = normalise([readYaml('synthetic.yaml', stringify(generatePlan(10_000), { lineWidth: 0 }))]);
    expect(plan.employees).toHaveLength(10_000);
    const start = performance.now();
    const figures = computeFigures(plan, [], { asOf: '2026-06-30' });
    const figuresMs = performance.now() - start;
    const html = renderHtml(figures);
    const json = renderJson(figures);
    const md = renderMarkdown(figures);
    const xlsx = await renderXlsx(figures);
    const totalMs = performance.now() - start;
    expect(figures.employees).toHaveLength(10_000);
    expect(figures.totals.selfInputRate).toBe(1);
    expect(html.length).toBeGreaterThan(1_000_000);
    expect(json.length).toBeGreaterThan(1_000_000);
    expect(md.length).toBeLessThan(1_000_000);
    expect(xlsx.length).toBeGreaterThan(100_000);
    // Generous for a loaded 2-core machine; a quadratic step at this size would take minutes, not seconds.
    expect(figuresMs).toBeLessThan(15_000);
    expect(totalMs).toBeLessThan(120_000);
  }, 180_000);
});
