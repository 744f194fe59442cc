/**
 * How long `okr2skp report` takes on a synthetic ministry: reading + checking, figures, and each renderer.
 *
 *   npx tsx bench/report-bench.ts --employees 10000
 */
import { stringify } from 'yaml';
import { generatePlan } from './generate.js';
import { readYaml } from '../src/io/yaml.js';
import { normalise } from '../src/io/normalise.js';
import { lint } from '../src/rules/run.js';
import { computeFigures } from '../src/report/figures.js';
import { renderHtml } from '../src/report/html.js';
import { renderXlsx } from '../src/report/xlsx.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';

const i = process.argv.indexOf('--employees');
const sizes = i >= 0 ? [Number(process.argv[i + 1])] : [1000, 10000];
for (const n of sizes) {
  const text = stringify(generatePlan(n), { lineWidth: 0 });
  const lap = (() => {
    let t = performance.now();
    return () => {
      const now = performance.now();
      const ms = now - t;
      t = now;
      return `${(ms / 1000).toFixed(2)} s`;
    };
  })();
  const { plan, findings } = normalise([readYaml('synthetic.yaml', text)]);
  const read = lap();
  const diagnostics = lint(plan, findings, { asOf: '2026-06-30' });
  const check = lap();
  const figures = computeFigures(plan, diagnostics, { asOf: '2026-06-30' });
  const fig = lap();
  const html = renderHtml(figures);
  const h = lap();
  const xlsx = await renderXlsx(figures);
  const x = lap();
  const json = renderJson(figures);
  const j = lap();
  const md = renderMarkdown(figures);
  const m = lap();
  process.stdout.write(
    `${n} employees, ${plan.key_results.length} KRs, ${diagnostics.length} findings: read ${read}, check ${check}, figures ${fig}, ` +
      `html ${h} (${(html.length / 1e6).toFixed(1)} MB), xlsx ${x} (${(xlsx.length / 1e6).toFixed(1)} MB), json ${j} (${(json.length / 1e6).toFixed(1)} MB), md ${m} (${(md.length / 1e3).toFixed(0)} kB)\n`,
  );
}
