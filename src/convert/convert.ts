/**
 * `okr2skp convert` as a library: select employees, skip those with errors, render their SKP and IKI in parallel,
 * optionally make PDFs, and write the manifest. All I/O of the conversion lives here; rendering is pure.
 */
import { availableParallelism } from 'node:os';
import { mkdir, unlink } from 'node:fs/promises';
import { OkrError } from '../errors.js';
import type { Diagnostic } from '../diagnostics/finding.js';
import { formatPlace } from '../io/source.js';
import type { Plan } from '../model/plan.js';
import type { Regulation } from '../model/schema.js';
import { documentDate, type FormKind } from '../render/docx/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { SUFFIX, type JobOutput } from './job.js';
import { insideRoot } from './names.js';
import { convertToPdf, findSoffice } from './pdf.js';
import { JobError, runJobs } from './pool.js';
import { planConversion, type Selection } from './select.js';

/**
 * One core is kept for the main thread and the file-system threads, which write five system calls' worth per
 * document: on 2 cores, one rendering thread measured 1,018 documents/s and two 836/s (5,000 employees); on larger
 * machines the other cores render in parallel.
 */
export function defaultJobs(cores: number = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

export interface ConvertOptions {
  readonly outDir: string;
  /** Overrides the plan's `Regulasi`. */
  readonly regulation?: Regulation;
  readonly only?: FormKind;
  readonly selection?: Selection;
  /** Generate for employees with errors too, marking their documents' footer. */
  readonly force?: boolean;
  /** Rendering threads; default `defaultJobs()`. */
  readonly jobs?: number;
  readonly sourceDateEpoch?: string;
  readonly pdf?: boolean;
  /** For `--pdf`: where to look for soffice. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly version?: string;
  readonly templatesDir?: string;
  readonly onStart?: (total: number) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ManifestFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly place: string;
  readonly message: string;
}

export interface ManifestEntry {
  readonly nip: string;
  readonly name: string | null;
  readonly unit: string | null;
  readonly status: 'generated' | 'skipped';
  readonly files: readonly string[];
  /** Generated with --force despite these errors (the footer says so), or the errors that caused the skip. */
  readonly findings: readonly ManifestFinding[];
}

export interface Manifest {
  readonly tool: 'okr2skp';
  readonly version: string;
  readonly regulation: Regulation;
  readonly shard: string | null;
  readonly summary: { readonly employees: number; readonly generated: number; readonly skipped: number; readonly documents: number; readonly pdfs: number };
  readonly employees: readonly ManifestEntry[];
}

export interface ConvertResult {
  readonly manifest: Manifest;
  /** Relative to outDir. */
  readonly manifestFile: string;
  readonly exitCode: 0 | 1;
  /** `--pdf` was asked but soffice is not on the PATH: the .docx files were written anyway. */
  readonly sofficeMissing: boolean;
  readonly bytes: number;
}

function finding(d: Diagnostic): ManifestFinding {
  const place = formatPlace(d);
  return { ruleId: d.ruleId, severity: d.severity, place: place ? `${d.file} ${place}` : d.file, message: d.message };
}

export async function convertPlan(plan: Plan, diagnostics: readonly Diagnostic[], options: ConvertOptions): Promise<ConvertResult> {
  const regulation = options.regulation ?? plan.settings.regulation;
  const selection = options.selection ?? {};
  const chosen = planConversion(plan, diagnostics, selection, { force: options.force === true });
  if (chosen.unknown.employees.length) {
    throw new OkrError('bad-argument', { reason: `--employee: NIP tidak ada dalam rencana / not in the plan: ${chosen.unknown.employees.join(', ')}` });
  }
  if (chosen.unknown.units.length) {
    throw new OkrError('bad-argument', { reason: `--unit: kode unit tidak ada dalam rencana / not in the plan: ${chosen.unknown.units.join(', ')}` });
  }
  const kinds: FormKind[] = options.only ? [options.only] : ['skp', 'iki'];
  const outDir = options.outDir;
  try {
    await mkdir(outDir, { recursive: true });
  } catch (e) {
    throw new OkrError('output-unwritable', { file: outDir, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }

  // A skipped employee's documents from an earlier run would look current: remove them.
  for (const s of chosen.skipped) {
    if (!s.base) continue;
    for (const kind of ['skp', 'iki'] as const) {
      for (const rel of [`${s.base}${SUFFIX[kind]}`, `${s.base}${SUFFIX[kind].replace(/\.docx$/, '.pdf')}`]) {
        await unlink(insideRoot(outDir, ...rel.split('/'))).catch(() => undefined);
      }
    }
  }

  const total = chosen.jobs.length;
  options.onStart?.(total);
  let done = 0;
  let outputs: JobOutput[];
  try {
    outputs = await runJobs(
      chosen.jobs.map((j) => ({ nip: j.nip, base: j.base, forced: j.findings.length > 0 })),
      {
        threads: options.jobs ?? defaultJobs(),
        plan,
        context: { outDir, regulation, kinds, when: documentDate(plan, options.sourceDateEpoch).getTime(), ...(options.templatesDir ? { templatesDir: options.templatesDir } : {}) },
        onDone: () => options.onProgress?.(++done, total),
      },
    );
  } catch (e) {
    if (e instanceof JobError) throw new OkrError('output-unwritable', { file: outDir, reason: `${e.nip}: ${e.code ?? e.message}` }, { cause: e });
    throw e;
  }

  let sofficeMissing = false;
  const pdfsByDocx = new Map<string, string>();
  if (options.pdf && outputs.length) {
    const soffice = findSoffice(options.env ?? process.env);
    if (!soffice) sofficeMissing = true;
    else {
      const docx = outputs.flatMap((o) => o.files);
      for (const pdf of await convertToPdf(soffice, outDir, docx)) pdfsByDocx.set(pdf.replace(/\.pdf$/, '.docx'), pdf);
    }
  }

  const byNip = new Map(outputs.map((o) => [o.nip, o]));
  const entries: ManifestEntry[] = [
    ...chosen.jobs.map((j): ManifestEntry => {
      const files = byNip.get(j.nip)?.files ?? [];
      return {
        nip: j.nip,
        name: j.name,
        unit: j.unit,
        status: 'generated',
        files: files.flatMap((f) => (pdfsByDocx.has(f) ? [f, pdfsByDocx.get(f)!] : [f])),
        findings: j.findings.map(finding),
      };
    }),
    ...chosen.skipped.map((s): ManifestEntry => ({ nip: s.nip, name: s.name ?? null, unit: s.unit ?? null, status: 'skipped', files: [], findings: s.findings.map(finding) })),
  ].sort((a, b) => {
    const ua = a.unit ?? '';
    const ub = b.unit ?? '';
    return ua < ub ? -1 : ua > ub ? 1 : a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0;
  });

  const shard = selection.shard ? `${selection.shard.index}/${selection.shard.count}` : null;
  const manifest: Manifest = {
    tool: 'okr2skp',
    version: options.version ?? '0.0.0',
    regulation,
    shard,
    summary: {
      employees: entries.length,
      generated: chosen.jobs.length,
      skipped: chosen.skipped.length,
      documents: outputs.reduce((n, o) => n + o.files.length, 0),
      pdfs: pdfsByDocx.size,
    },
    employees: entries,
  };
  // Shards of one ministry may share an output directory: each writes its own manifest.
  const manifestFile = selection.shard ? `manifest-${selection.shard.index}-of-${selection.shard.count}.json` : 'manifest.json';
  try {
    await writeFileAtomic(insideRoot(outDir, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  } catch (e) {
    throw new OkrError('output-unwritable', { file: manifestFile, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  return {
    manifest,
    manifestFile,
    exitCode: chosen.skipped.length > 0 ? 1 : 0,
    sofficeMissing,
    bytes: outputs.reduce((n, o) => n + o.bytes, 0),
  };
}
