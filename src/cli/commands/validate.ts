/** `okr2skp validate <files...>`: parse flags, call the library, print, return the exit code. */
import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { validate } from '../../validate.js';
import { loadConfig } from '../../rules/config.js';
import { RULES } from '../../rules/registry.js';
import { FORMATTERS, isFormatName } from '../../render/formatters/index.js';
import { summarise } from '../../diagnostics/finding.js';
import { OkrError } from '../../errors.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { resolveLang, toolVersion, useColor, type CliIO } from '../io.js';
import { parseAsOf, parseCount } from '../options.js';

interface Flags {
  format: string;
  output?: string;
  lang?: string;
  quiet?: boolean;
  maxWarnings?: number;
  config?: string;
  asOf?: string;
  color?: boolean;
}

export function validateCommand(io: CliIO, done: (code: number) => void): Command {
  return new Command('validate')
    .description('Check OKR workbooks/YAML: structure, cascade alignment, measurability')
    .argument('<files...>', 'workbooks (.xlsx) and YAML files; merged into one plan')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .addOption(new Option('--lang <lang>', 'message language').choices(['id', 'en']))
    .option('-q, --quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-c, --config <file>', 'config file (default: okr2skp.config.yaml in the working directory)')
    .option('--as-of <date>', 'evaluation date for check-in rules (default: today)', parseAsOf)
    .option('--no-color', 'no colour even on a terminal')
    .action(async (files: string[], flags: Flags) => {
      const config = loadConfig(flags.config, io.cwd);
      const lang = resolveLang(flags.lang, config.lang, io.env);
      if (!isFormatName(flags.format)) throw new OkrError('bad-argument', { reason: `unknown format ${flags.format}` });
      const report = await validate(files, { config, lang, asOf: flags.asOf ?? io.today(), cwd: io.cwd });
      const shown = flags.quiet ? report.diagnostics.filter((d) => d.severity === 'error') : report.diagnostics;
      const stream = flags.output ? { isTTY: false } : io.stdout;
      const text = FORMATTERS[flags.format](
        { diagnostics: shown, files: report.files, summary: summarise(shown) },
        { color: flags.color !== false && useColor(stream, io.env), lang, cwd: io.cwd, rules: RULES, version: toolVersion() },
      );
      if (flags.output) {
        try {
          await writeFileAtomic(resolve(io.cwd, flags.output), text);
        } catch (e) {
          throw new OkrError('output-unwritable', { file: flags.output, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
        }
      } else {
        io.stdout.write(text);
      }
      const { errors, warnings } = report.summary;
      done(errors > 0 || (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) ? 1 : 0);
    });
}
