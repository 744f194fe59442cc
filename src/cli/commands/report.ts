/** `okr2skp report <files...> -o <dir>`: read and check the plan, compute the coverage figures, write each format. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { resolve } from 'node:path';
import { validate } from '../../validate.js';
import { loadConfig } from '../../rules/config.js';
import { OkrError } from '../../errors.js';
import { computeFigures, isReportFormat, REPORT_FORMATS, writeReport, type ReportFormat } from '../../report/index.js';
import { resolveLang, toolVersion, type CliIO } from '../io.js';
import { parseAsOf } from '../options.js';

interface Flags {
  output: string;
  format: ReportFormat[];
  unit?: string;
  asOf?: string;
  config?: string;
  lang?: string;
}

function parseFormats(value: string): ReportFormat[] {
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = names.filter((n) => !isReportFormat(n));
  if (names.length === 0 || bad.length > 0) throw new InvalidArgumentError(`expected a comma-separated list of ${REPORT_FORMATS.join(', ')}${bad.length ? ` (unknown: ${bad.join(', ')})` : ''}`);
  return names as ReportFormat[];
}

/** SOURCE_DATE_EPOCH (reproducible-builds.org) pins the workbook's timestamps; otherwise the report date does. */
function sourceDate(env: CliIO['env']): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || !/^\d{1,12}$/.test(raw)) return undefined;
  return new Date(Number(raw) * 1000);
}

export function reportCommand(io: CliIO, done: (code: number) => void): Command {
  return new Command('report')
    .description('Coverage report per employee, unit and organisation (HTML, XLSX, JSON, Markdown)')
    .argument('<files...>', 'workbooks (.xlsx) and YAML files; merged into one plan')
    .requiredOption('-o, --output <dir>', 'folder to write the report files into')
    .option('-f, --format <list>', `formats, comma-separated: ${REPORT_FORMATS.join(',')}`, parseFormats, [...REPORT_FORMATS])
    .option('--unit <code>', 'only this unit and its sub-units')
    .option('--as-of <date>', 'evaluation date for progress figures (default: today)', parseAsOf)
    .option('-c, --config <file>', 'config file (default: okr2skp.config.yaml in the working directory)')
    .addOption(new Option('--lang <lang>', 'language of the finding messages').choices(['id', 'en']))
    .action(async (files: string[], flags: Flags) => {
      const config = loadConfig(flags.config, io.cwd);
      const lang = resolveLang(flags.lang, config.lang, io.env);
      const asOf = flags.asOf ?? io.today();
      const checked = await validate(files, { config, lang, asOf });
      if (flags.unit !== undefined && !checked.plan.units.some((u) => u.code === flags.unit)) {
        const known = checked.plan.units.map((u) => u.code).slice(0, 20).join(', ');
        throw new OkrError('bad-argument', {
          reason:
            lang === 'id'
              ? `--unit ${flags.unit}: unit ini tidak ada dalam rencana${known ? ` (unit yang ada: ${known})` : ''}.`
              : `--unit ${flags.unit}: no such unit in the plan${known ? ` (units: ${known})` : ''}.`,
        });
      }
      const workload = config.rules.get('coverage/workload-imbalance')?.options as { low?: number; high?: number } | undefined;
      const figures = computeFigures(checked.plan, checked.diagnostics, {
        asOf,
        ...(flags.unit !== undefined ? { unit: flags.unit } : {}),
        ...(workload ? { workload } : {}),
      });
      const outDir = resolve(io.cwd, flags.output);
      const stamp = sourceDate(io.env);
      let written: string[];
      try {
        written = await writeReport(figures, outDir, flags.format, { generator: `okr2skp ${toolVersion()}`, ...(stamp ? { timestamp: stamp } : {}) });
      } catch (e) {
        throw new OkrError('output-unwritable', { file: flags.output, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      }
      for (const path of written) io.stdout.write(`${path}\n`);
      done(0);
    });
}
