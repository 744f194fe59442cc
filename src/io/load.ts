/**
 * Files → one plan. Picks the reader by content (a zip is a workbook, whatever its name), turns every way a file
 * can be unusable into a typed operational error that names it, and merges all files through one normaliser.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { OkrError } from '../errors.js';
import type { Finding } from '../diagnostics/finding.js';
import type { Plan } from '../model/plan.js';
import { normalise } from './normalise.js';
import type { RawDocument } from './raw.js';
import { readXlsx } from './xlsx.js';
import { readYaml } from './yaml.js';
import { isCfb, isZip } from '../util/zip.js';

/** Larger inputs are not plans someone typed; refusing them early keeps memory bounded. */
export const MAX_INPUT_BYTES = 100 * 1024 * 1024;

export interface LoadResult {
  readonly plan: Plan;
  /** Findings of the reading stage (schema/*, ref/duplicate-code, nip/rounded-by-excel, …). */
  readonly findings: Finding[];
}

/** `files` as the user gave them (relative to `cwd`); they name places in findings unchanged. */
export async function loadPlan(files: readonly string[], cwd: string = process.cwd()): Promise<LoadResult> {
  const docs: RawDocument[] = [];
  for (const file of files) docs.push(await readDocument(file, cwd));
  return normalise(docs);
}

export async function readDocument(file: string, cwd: string = process.cwd()): Promise<RawDocument> {
  const path = resolve(cwd, file);
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new OkrError('file-missing', { file });
    throw new OkrError('file-unreadable', { file, reason: code ?? String(e) });
  }
  if (info.isDirectory()) throw new OkrError('file-is-directory', { file });
  if (!info.isFile()) throw new OkrError('file-unreadable', { file, reason: 'not a regular file' });
  if (info.size === 0) throw new OkrError('file-empty', { file });
  if (info.size > MAX_INPUT_BYTES) throw new OkrError('file-too-large', { file, limit: `${MAX_INPUT_BYTES / 1024 / 1024} MB` });
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    throw new OkrError('file-unreadable', { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  return parseDocument(file, data);
}

/** Content decides, the extension only breaks ties: people rename files. */
export async function parseDocument(file: string, data: Buffer): Promise<RawDocument> {
  const ext = extname(file).toLowerCase();
  if (isZip(data) || isCfb(data) || ext === '.xlsx' || ext === '.xlsm' || ext === '.xls') return readXlsx(file, data);
  if (ext === '.yaml' || ext === '.yml' || ext === '' || ext === '.txt') {
    if (data.includes(0)) throw new OkrError('unknown-format', { file });
    return readYaml(file, data.toString('utf8').replace(/^\uFEFF/, ''));
  }
  throw new OkrError('unknown-format', { file });
}
