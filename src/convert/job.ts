/**
 * One employee's documents, rendered and written atomically. Shared by the in-process path and the worker
 * threads, so both produce the same bytes.
 */
import { writeFileAtomic } from '../util/atomic-write.js';
import type { Plan } from '../model/plan.js';
import type { Regulation } from '../model/schema.js';
import { createRenderer, type FormKind, type FormRenderer } from '../render/docx/index.js';
import { insideRoot } from './names.js';

export interface JobContext {
  readonly outDir: string;
  readonly regulation: Regulation;
  readonly kinds: readonly FormKind[];
  /** Milliseconds since the epoch: the documents' fixed timestamp. */
  readonly when: number;
  readonly templatesDir?: string;
}

export interface JobInput {
  readonly nip: string;
  readonly base: string;
  readonly forced: boolean;
}

export interface JobOutput {
  readonly nip: string;
  /** Relative to the output directory, `/`-separated. */
  readonly files: readonly string[];
  readonly bytes: number;
}

export const SUFFIX: Record<FormKind, string> = { skp: '_SKP.docx', iki: '_IKI.docx' };

export class JobRunner {
  private constructor(
    private readonly plan: Plan,
    private readonly context: JobContext,
    private readonly renderer: FormRenderer,
  ) {}

  static async create(plan: Plan, context: JobContext): Promise<JobRunner> {
    return new JobRunner(plan, context, await createRenderer(context.regulation, context.templatesDir));
  }

  async run(job: JobInput): Promise<JobOutput> {
    const files: string[] = [];
    let bytes = 0;
    const when = new Date(this.context.when);
    for (const kind of this.context.kinds) {
      const rel = `${job.base}${SUFFIX[kind]}`;
      const data = this.renderer.docx(kind, this.plan, job.nip, {
        when,
        ...(job.forced ? { footerNote: this.renderer.template.common.forced } : {}),
      });
      await writeFileAtomic(insideRoot(this.context.outDir, ...rel.split('/')), data);
      files.push(rel);
      bytes += data.length;
    }
    return { nip: job.nip, files, bytes };
  }
}
