/** `okr2skp convert <files...> -o <dir>`: parse flags, call the library, report progress, return the exit code. */
import { Command, InvalidArgumentError, Option } from 'commander';
import ora from 'ora';
import { resolve } from 'node:path';
import { validate } from '../../validate.js';
import { loadConfig } from '../../rules/config.js';
import { convertPlan } from '../../convert/convert.js';
import { REGULATIONS, type Regulation } from '../../model/schema.js';
import { errorMessage } from '../messages.js';
import { resolveLang, toolVersion, type CliIO, showProgress } from '../io.js';
import { parseCount } from '../options.js';

interface Flags {
  output: string;
  employee?: string[];
  unit?: string[];
  shard?: { index: number; count: number };
  regulation?: Regulation;
  only?: 'skp' | 'iki';
  force?: boolean;
  jobs?: number;
  pdf?: boolean;
  lang?: string;
  config?: string;
}

function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected I/N with 1 ≤ I ≤ N, e.g. 2/8');
  return { index, count };
}

function parseJobs(value: string): number {
  const n = parseCount(value);
  if (n < 1 || n > 256) throw new InvalidArgumentError('expected a number of threads from 1 to 256');
  return n;
}

const seconds = (s: number) => (s >= 60 ? `${Math.floor(s / 60)}m${Math.round(s % 60)}s` : `${s.toFixed(s < 10 ? 1 : 0)}s`);

export function convertCommand(io: CliIO, done: (code: number) => void): Command {
  return new Command('convert')
    .description('Generate each employee\'s SKP and IKI documents (.docx) and a manifest')
    .argument('<files...>', 'workbooks (.xlsx) and YAML files; merged into one plan')
    .requiredOption('-o, --output <dir>', 'output directory')
    .option('--employee <nip...>', 'only these employees (NIPs)')
    .option('--unit <code...>', 'only these units, with their sub-units')
    .option('--shard <i/n>', 'only shard i of n (a deterministic split by NIP)', parseShard)
    .addOption(new Option('--regulation <id>', 'form set; default: the plan\'s Regulasi').choices(Object.keys(REGULATIONS)))
    .addOption(new Option('--only <kind>', 'only one kind of document').choices(['skp', 'iki']))
    .option('--force', 'also generate for employees with errors (their footer says so)')
    .option('-j, --jobs <n>', 'rendering threads (default: number of cores − 1, at least 1)', parseJobs)
    .option('--pdf', 'also write PDFs through LibreOffice (soffice)')
    .addOption(new Option('--lang <lang>', 'message language').choices(['id', 'en']))
    .option('-c, --config <file>', 'config file (default: okr2skp.config.yaml in the working directory)')
    .action(async (files: string[], flags: Flags) => {
      const config = loadConfig(flags.config, io.cwd);
      const lang = resolveLang(flags.lang, config.lang, io.env);
      const report = await validate(files, { config, lang, asOf: io.today() });
      const started = performance.now();
      const spinner = showProgress(io.stderr, io.env)
        ? ora({ stream: io.stderr as NodeJS.WritableStream, discardStdin: false, text: lang === 'id' ? 'Menyiapkan…' : 'Preparing…' }).start()
        : undefined;
      const progress = (n: number, total: number) => {
        if (!spinner) return;
        const elapsed = (performance.now() - started) / 1000;
        const rate = n / Math.max(elapsed, 1e-3);
        const eta = (total - n) / Math.max(rate, 1e-3);
        spinner.text = `${n}/${total} ${lang === 'id' ? 'pegawai' : 'employees'} · ${rate.toFixed(0)}/s · ETA ${seconds(eta)}`;
      };
      let result;
      try {
        result = await convertPlan(report.plan, report.diagnostics, {
          outDir: resolve(io.cwd, flags.output),
          ...(flags.regulation ? { regulation: flags.regulation } : {}),
          ...(flags.only ? { only: flags.only } : {}),
          selection: {
            ...(flags.employee ? { employees: flags.employee } : {}),
            ...(flags.unit ? { units: flags.unit } : {}),
            ...(flags.shard ? { shard: flags.shard } : {}),
          },
          force: flags.force === true,
          ...(flags.jobs ? { jobs: flags.jobs } : {}),
          pdf: flags.pdf === true,
          env: io.env,
          ...(io.env.SOURCE_DATE_EPOCH !== undefined ? { sourceDateEpoch: io.env.SOURCE_DATE_EPOCH } : {}),
          version: toolVersion(),
          onProgress: progress,
        });
      } finally {
        spinner?.stop();
      }
      const { summary } = result.manifest;
      const elapsed = (performance.now() - started) / 1000;
      const rate = summary.documents / Math.max(elapsed, 1e-3);
      const where = `${flags.output.replace(/\/+$/, '')}/${result.manifestFile}`;
      io.stderr.write(
        lang === 'id'
          ? `okr2skp: ${summary.documents} dokumen untuk ${summary.generated} pegawai, ${summary.skipped} dilewati (${seconds(elapsed)}, ${rate.toFixed(0)} dokumen/detik) → ${where}\n`
          : `okr2skp: ${summary.documents} documents for ${summary.generated} employees, ${summary.skipped} skipped (${seconds(elapsed)}, ${rate.toFixed(0)} documents/s) → ${where}\n`,
      );
      for (const e of result.manifest.employees.filter((x) => x.status === 'skipped')) {
        const first = e.findings[0];
        io.stderr.write(`  ${lang === 'id' ? 'dilewati' : 'skipped'} ${e.nip}${e.name ? ` ${e.name}` : ''}${first ? `: ${first.place}: ${first.message}` : ''}${e.findings.length > 1 ? ` (+${e.findings.length - 1})` : ''}\n`);
      }
      if (result.sofficeMissing) io.stderr.write(`okr2skp: ${errorMessage('soffice-missing', {}, lang)}\n`);
      done(result.exitCode);
    });
}
