/**
 * Runs jobs on worker threads with back-pressure: each worker holds at most a few jobs (rendering one while the
 * others are being written), so memory stays flat however many employees there are. With one thread,
 * or none available, the jobs run in-process with the same code.
 */
import { Worker } from 'node:worker_threads';
import type { Plan } from '../model/plan.js';
import { JobRunner, type JobContext, type JobInput, type JobOutput } from './job.js';

export interface PoolOptions {
  readonly threads: number;
  readonly plan: Plan;
  readonly context: JobContext;
  readonly onDone?: (output: JobOutput) => void;
}

export class JobError extends Error {
  constructor(
    readonly nip: string,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'JobError';
  }
}

/** Jobs in flight per thread: enough to overlap rendering with writing, few enough to keep memory flat. */
const IN_FLIGHT = 4;

/**
 * Compiled, the worker is worker.js beside this file. From sources (tests, tsx) it is worker.ts, loaded through
 * tsx's loader, which a worker does not inherit from `--import` on its command line: a two-line bootstrap
 * registers it first.
 */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

export async function runJobs(jobs: readonly JobInput[], options: PoolOptions): Promise<JobOutput[]> {
  const threads = Math.max(1, Math.min(options.threads, jobs.length));
  const results: JobOutput[] = new Array(jobs.length);
  if (threads === 1) {
    const runner = await JobRunner.create(options.plan, options.context);
    // Rendering is synchronous; the writes are not, so a few jobs in flight keep the disk and the CPU both busy.
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) {
        const i = next++;
        try {
          results[i] = await runner.run(jobs[i]!);
        } catch (e) {
          const err = e as NodeJS.ErrnoException;
          throw new JobError(jobs[i]!.nip, err?.message ?? String(e), err?.code);
        }
        options.onDone?.(results[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, jobs.length) }, lane));
    return results;
  }

  const workers = Array.from({ length: threads }, () => startWorker({ plan: options.plan, context: options.context }));
  let next = 0;
  let finished = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const inFlight = new Map<Worker, number>();
      const feed = (w: Worker) => {
        while ((inFlight.get(w) ?? 0) < IN_FLIGHT && next < jobs.length) {
          const id = next++;
          inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
          w.postMessage({ id, job: jobs[id] });
        }
      };
      for (const w of workers) {
        w.on('message', (m: { id: number; ok: boolean; output?: JobOutput; error?: string; code?: string }) => {
          inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
          if (!m.ok) {
            reject(new JobError(jobs[m.id]!.nip, m.error ?? 'worker failed', m.code));
            return;
          }
          results[m.id] = m.output!;
          options.onDone?.(m.output!);
          if (++finished === jobs.length) resolve();
          else feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (finished < jobs.length && code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
