/**
 * A worker thread of the convert pool: builds the renderer once, then renders and writes one employee's documents
 * per message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Plan } from '../model/plan.js';
import { JobRunner, type JobContext, type JobInput } from './job.js';

interface Init {
  readonly plan: Plan;
  readonly context: JobContext;
}

const { plan, context } = workerData as Init;
const runner = JobRunner.create(plan, context);

// Jobs overlap only while their files are written; the pool bounds how many are in flight.
parentPort!.on('message', async (message: { id: number; job: JobInput }) => {
  try {
    const output = await (await runner).run(message.job);
    parentPort!.postMessage({ id: message.id, ok: true, output });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    parentPort!.postMessage({ id: message.id, ok: false, error: err?.message ?? String(e), code: err?.code });
  }
});
