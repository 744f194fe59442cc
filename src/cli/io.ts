/**
 * The CLI's view of the outside world, injected so commands run in-process in tests exactly as from a shell.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../rules/define-rule.js';

export interface CliIO {
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Today, for `--as-of` defaults; injectable so tests are not date-dependent. */
  readonly today: () => string;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    today: () => new Date().toISOString().slice(0, 10),
  };
}

/** Colour on a TTY unless NO_COLOR is set (no-color.org), or when FORCE_COLOR asks for it. */
export function useColor(stream: { isTTY?: boolean }, env: CliIO['env']): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/**
 * A live spinner only on a real terminal: a pseudo-terminal without a width (`script`, `docker -t` in CI) makes a
 * redrawing spinner emit endless cursor movements, and CI logs want one summary line instead.
 */
export function showProgress(stream: { isTTY?: boolean; columns?: number }, env: CliIO['env']): boolean {
  if (stream.isTTY !== true || !(Number(stream.columns) > 0)) return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') return false;
  return env.TERM !== 'dumb';
}

/** `--lang`, else the config's `lang`, else English when LANG/LC_ALL says so, else Bahasa Indonesia. */
export function resolveLang(flag: string | undefined, configLang: Lang | undefined, env: CliIO['env']): Lang {
  if (flag === 'id' || flag === 'en') return flag;
  if (configLang) return configLang;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.-]|$)/i.test(locale) ? 'en' : 'id';
}

let cachedVersion: string | undefined;
export function toolVersion(): string {
  if (cachedVersion) return cachedVersion;
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    cachedVersion = pkg.version ?? '0.0.0';
  } catch {
    cachedVersion = '0.0.0';
  }
  return cachedVersion;
}
