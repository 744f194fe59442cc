/**
 * Ministry-scale benchmark of the built CLI, end to end (process start, reading, checking, writing), on synthetic
 * plans from bench/generate.ts. Machines are noisy: it reports the median and spread of several runs, and ratios
 * between sizes, which say more than any single number.
 *
 *   npm run build && npm run bench -- --sizes 1000,5000 --runs 3 --commands validate,convert,report
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { generatePlan, writeXlsx } from './generate.js';

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const sizes = arg('--sizes', '1000,5000').split(',').map(Number);
const runs = Number(arg('--runs', '3'));
const commands = arg('--commands', 'validate,convert,report').split(',');
const format = arg('--format', 'xlsx');
const work = arg('--dir', '.tmp/bench');

if (!existsSync('dist/cli/main.js')) {
  process.stderr.write('dist/ is missing: run `npm run build` first.\n');
  process.exit(2);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(args: string[]): { ms: number; status: number | null; stderr: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['bin/okr2skp.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, status: r.status, stderr: r.stderr };
}

mkdirSync(work, { recursive: true });
const rows: string[] = [];
const results = new Map<string, number>();
process.stderr.write(`node ${process.version}, ${availableParallelism()} cores, ${runs} runs each, input ${format}\n`);
for (const size of sizes) {
  const plan = generatePlan(size);
  const input = join(work, `ministry-${size}.${format}`);
  if (format === 'xlsx') await writeXlsx(plan, input);
  else writeFileSync(input, stringify(plan, { lineWidth: 0 }));
  for (const command of commands) {
    const out = join(work, `${command}-${size}`);
    const args =
      command === 'validate' ? ['validate', input, '--format', 'json', '-o', join(work, `validate-${size}.json`), '--as-of', '2026-06-30']
      : command === 'convert' ? ['convert', input, '-o', out]
      : ['report', input, '-o', out, '--as-of', '2026-06-30'];
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(out, { recursive: true, force: true });
      const r = time(args);
      if (r.status !== 0 && r.status !== 1) {
        process.stderr.write(`${command} ${size}: exit ${r.status}\n${r.stderr}\n`);
        process.exit(1);
      }
      times.push(r.ms);
    }
    const m = median(times);
    results.set(`${command}:${size}`, m);
    const docs = command === 'convert' ? `${((2 * plan.employees.length) / (m / 1000)).toFixed(0)} docs/s` : '';
    rows.push(`${command.padEnd(9)} ${String(plan.employees.length).padStart(6)} employees  median ${(m / 1000).toFixed(2).padStart(7)} s  (min ${(Math.min(...times) / 1000).toFixed(2)}, max ${(Math.max(...times) / 1000).toFixed(2)})  ${docs}`);
    process.stderr.write(rows.at(-1)! + '\n');
  }
}
if (sizes.length > 1) {
  const [a, b] = [sizes[0]!, sizes.at(-1)!];
  for (const command of commands) {
    const ratio = results.get(`${command}:${b}`)! / results.get(`${command}:${a}`)!;
    rows.push(`${command}: ${b / a}× the employees took ${ratio.toFixed(2)}× the time`);
  }
}
process.stdout.write(rows.join('\n') + '\n');
