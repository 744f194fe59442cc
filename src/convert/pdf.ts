/**
 * PDFs through LibreOffice: one `soffice --headless --convert-to pdf` call per unit directory (starting soffice
 * costs seconds, converting a page milliseconds). Output lands in a temporary directory and is renamed into place,
 * so an interrupted conversion never leaves a truncated PDF under its final name.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { basename, delimiter, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { insideRoot } from './names.js';

const run = promisify(execFile);

/** The soffice executable on PATH, if any. */
export function findSoffice(env: Readonly<Record<string, string | undefined>>): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice']) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined;
}

/** Converts the given .docx files (relative to outDir) and returns the PDFs made, relative to outDir. */
export async function convertToPdf(soffice: string, outDir: string, files: readonly string[]): Promise<string[]> {
  const byDir = new Map<string, string[]>();
  for (const f of files) {
    const dir = dirname(f);
    byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
  }
  const made: string[] = [];
  // A private profile: a user's running LibreOffice would otherwise swallow the headless call.
  const profile = await mkdtemp(join(tmpdir(), 'okr2skp-soffice-'));
  try {
    for (const [dir, list] of [...byDir].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const target = insideRoot(outDir, ...dir.split('/'));
      const tmp = await mkdtemp(join(target, '.pdf-'));
      try {
        await run(soffice, ['--headless', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', tmp, ...list.map((f) => insideRoot(outDir, ...f.split('/')))], {
          timeout: 10 * 60_000,
        });
        for (const f of list) {
          const pdf = basename(f).replace(/\.docx$/i, '.pdf');
          try {
            await rename(join(tmp, pdf), join(target, pdf));
            made.push(`${dir}/${pdf}`);
          } catch {
            // soffice skipped this file; the manifest simply lists no PDF for it
          }
        }
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return made;
}
