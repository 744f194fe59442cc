/**
 * The command line: wires the subcommands, turns operational errors into one clear line and exit code 2, and
 * never shows a stack trace unless `--debug` asks for it.
 */
import { Command, CommanderError } from 'commander';
import { isOkrError } from '../errors.js';
import { errorMessage } from './messages.js';
import { processIO, resolveLang, toolVersion, type CliIO } from './io.js';
import { validateCommand } from './commands/validate.js';
import { schemaCommand } from './commands/schema.js';
import { convertCommand } from './commands/convert.js';
import { rulesCommand } from './commands/rules.js';
import { reportCommand } from './commands/report.js';

export type CommandFactory = (io: CliIO, done: (code: number) => void) => Command;

const COMMANDS: CommandFactory[] = [convertCommand, validateCommand, reportCommand, rulesCommand, schemaCommand];

/** Runs one invocation; `argv` as in process.argv (node, script, ...args). Resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const debug = argv.includes('--debug');
  const langFlag = flagValue(argv, '--lang');
  let exitCode = 0;
  const done = (code: number) => {
    exitCode = code;
  };
  const program = new Command('okr2skp')
    .description('OKR → SKP/IKI: check OKR plans and generate SKP and IKI documents (PermenPANRB 6/2022, 8/2021)')
    .version(toolVersion(), '-V, --version')
    .option('--debug', 'show stack traces of unexpected errors')
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  for (const make of COMMANDS) {
    const command = make(io, done).exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
    command.option('--debug', 'show stack traces of unexpected errors');
    program.addCommand(command);
  }
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; every usage error is an operational problem.
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    const lang = resolveLang(langFlag, undefined, io.env);
    if (isOkrError(e)) {
      io.stderr.write(`okr2skp: ${errorMessage(e.code, e.data, lang)}\n`);
      if (debug && e.cause) io.stderr.write(`${String((e.cause as Error).stack ?? e.cause)}\n`);
      return 2;
    }
    const err = e as Error;
    io.stderr.write(`okr2skp: ${lang === 'id' ? 'kesalahan tak terduga' : 'unexpected error'}: ${err?.message ?? String(e)}\n`);
    if (debug) io.stderr.write(`${err?.stack ?? ''}\n`);
    else io.stderr.write(lang === 'id' ? '(jalankan ulang dengan --debug untuk detail)\n' : '(run again with --debug for details)\n');
    return 2;
  }
}

function flagValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}
