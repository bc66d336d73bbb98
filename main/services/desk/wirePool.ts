// Where the desk renders and validates its files. Rendering plus schema validation is most of
// a send's CPU (issue 5: 0.3-0.9 ms a file), so a batch is spread over worker threads, one per
// core: the stories of a batch render side by side while the calling thread writes and
// commits the ones already done, and the Electron main process stays free for the window.
// Import files are read on the same workers (issue 19): a 10 MB file took the main process, and
// the window with it, for seconds. Without a built worker file (tests on the sources) the same
// renderFile and parseImport run in-process.
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { GalleyError } from '../../../src/api/result';
import { parseImport, type ImportSource, type ParsedImport } from '../parseImport';
import { renderFile, type RenderedFile, type RenderJob } from '../../../node/renderFile';
import { loadValidators } from '../../../node/validators';
import type { WireReply, WireRequest, WireTask, WireValue } from './wireProtocol';

export interface WireRenderer {
  /** Renders and validates the jobs; the files come back in the jobs' order. Rejects only when the renderer itself failed. */
  render(jobs: readonly RenderJob[]): Promise<RenderedFile[]>;
  /** Reads import files and pastes into stories; each one's stories or refusal, in order. */
  parseImports(sources: readonly ImportSource[]): Promise<ParsedImport[]>;
  /** Starts a worker now if none runs, so the first import or preview does not wait for one. */
  warm(): void;
  /** How many batches can usefully be in flight at once (one per worker). */
  readonly parallelism: number;
  /** Stops the workers; pending batches are rejected. */
  close(): Promise<void>;
}

/** Renders on the calling thread: tests on the sources, or when no worker file is built. */
export function inProcessRenderer(schemasFolder?: string): WireRenderer {
  return {
    parallelism: 1,
    warm() {},
    async render(jobs) {
      const validators = await loadValidators(schemasFolder);
      return jobs.map((job) => renderFile(validators, job));
    },
    async parseImports(sources) {
      return sources.map(parseImport);
    },
    async close() {},
  };
}

export interface WirePoolOptions {
  /** The most worker threads. Default: one per core, at most 4. */
  size?: number;
  /** Where the wire schemas are. Default: assets/schemas found above the worker file. */
  schemasFolder?: string;
  /** Each worker's memory cap. Default: WIRE_WORKER_LIMITS; tests set a low one. */
  resourceLimits?: ResourceLimits;
}

/**
 * Each worker's heap cap, so a hostile import ends its worker instead of growing the app without
 * bound (issue 19: 1.8 GB for one 10 MB NITF before the element limits). 512 MB: the largest
 * file an import accepts (19.5 MB of text in one paragraph) reads within it, a worker needs
 * 160-190 MB just to start, and four workers at the cap stay within what a laptop spares beside
 * the window. Node ends a worker at its cap on a best-effort basis: some allocation shapes abort
 * the whole process instead (nodejs/node#47224).
 */
export const WIRE_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 };

/** A worker ended on its memory cap while on this task: the file, not the app, is at fault. */
export class WorkerOutOfMemory extends Error {
  constructor(readonly limitMb: number) {
    super(`It needs more memory than Galley allows for one file (${limitMb} MB).`);
  }
}

/** What the user reads when an import file ran its worker out of memory. */
export const importOutOfMemoryMessage = (name: string, limitMb: number) =>
  `${name ? `${name}: ` : ''}The file needs more memory than Galley allows for one import (${limitMb} MB). Split it into smaller files. Nothing was imported.`;

/** Batches waiting on every worker before another worker is started. */
const SPAWN_BACKLOG = 4;

interface Waiter {
  task: WireTask;
  resolve: (value: WireValue) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Waiter>;
  /** The task the worker last started: the one a memory overrun is blamed on. */
  current?: number;
}

/**
 * A pool of wire workers (the built wireWorker.cjs). Workers start on demand: another one only
 * when every existing one has a backlog, because a new worker compiles its schemas first (a
 * second or so), which a few stories' rendering (a millisecond each) never pays back. Idle
 * workers do not keep the process alive.
 */
export function openWirePool(workerFile: string, options: WirePoolOptions = {}): WireRenderer {
  const size = Math.max(1, options.size ?? Math.min(4, availableParallelism()));
  const resourceLimits = options.resourceLimits ?? WIRE_WORKER_LIMITS;
  const workers: PoolWorker[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): PoolWorker => {
    const entry: PoolWorker = { worker: new Worker(workerFile, { workerData: { schemasFolder: options.schemasFolder }, resourceLimits }), pending: new Map() };
    entry.worker.unref();
    const fail = (error: Error) => {
      // 'error' is followed by 'exit': the worker may be gone from the list already.
      if (workers.includes(entry)) workers.splice(workers.indexOf(entry), 1);
      const waiting = [...entry.pending];
      entry.pending.clear();
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' && waiting.length) {
        // Tasks run in the order sent: the one it started and did not finish, else the next one (it
        // can run out while still receiving it). Only that one is refused; the ones queued behind
        // it go to a fresh worker.
        const culprit = waiting.some(([id]) => id === entry.current) ? entry.current : waiting[0][0];
        for (const [id, waiter] of waiting) {
          if (id === culprit) waiter.reject(new WorkerOutOfMemory(resourceLimits.maxOldGenerationSizeMb ?? 0));
          else if (closed) waiter.reject(new GalleyError('internal', 'The wire renderer is closed.'));
          else send(waiter);
        }
        return;
      }
      const failure = new GalleyError('internal', `The wire renderer stopped: ${error.message}`);
      for (const [, waiter] of waiting) waiter.reject(failure);
    };
    entry.worker.on('message', (reply: WireReply) => {
      if ('started' in reply) {
        entry.current = reply.id;
        return;
      }
      const waiter = entry.pending.get(reply.id);
      entry.pending.delete(reply.id);
      if (entry.pending.size === 0) entry.worker.unref();
      if (!waiter) return;
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(new GalleyError('internal', `The wire renderer failed: ${reply.message}`));
    });
    entry.worker.on('error', fail);
    entry.worker.on('exit', (code) => {
      if (workers.includes(entry)) fail(new Error(`its thread exited (${code})`));
    });
    workers.push(entry);
    return entry;
  };

  /** The least busy worker; a new one while all have a backlog and the pool is not full. */
  const pick = (): PoolWorker => {
    const idlest = workers.reduce<PoolWorker | undefined>((best, w) => (!best || w.pending.size < best.pending.size ? w : best), undefined);
    return !idlest || (idlest.pending.size >= SPAWN_BACKLOG && workers.length < size) ? spawn() : idlest;
  };

  const send = (waiter: Waiter) => {
    const target = pick();
    const id = nextId++;
    if (target.pending.size === 0) target.worker.ref();
    target.pending.set(id, waiter);
    target.worker.postMessage({ id, ...waiter.task } satisfies WireRequest);
  };

  const run = (task: WireTask): Promise<WireValue> => {
    if (closed) return Promise.reject(new GalleyError('internal', 'The wire renderer is closed.'));
    return new Promise<WireValue>((resolve, reject) => send({ task, resolve, reject }));
  };

  return {
    parallelism: size,
    warm() {
      if (!closed && !workers.length) spawn();
    },
    async render(jobs) {
      return jobs.length ? ((await run({ jobs: [...jobs] })) as RenderedFile[]) : [];
    },
    async parseImports(sources) {
      // One task a file: the files of an import are read side by side on as many workers.
      return Promise.all(
        sources.map((source) =>
          run({ imports: [source] }).then(
            (value) => (value as ParsedImport[])[0],
            (error: unknown): ParsedImport => {
              if (!(error instanceof WorkerOutOfMemory)) throw error;
              return { ok: false, message: importOutOfMemoryMessage('name' in source ? source.name : '', error.limitMb) };
            },
          ),
        ),
      );
    },
    async close() {
      closed = true;
      const all = workers.splice(0);
      for (const entry of all) for (const waiter of entry.pending.values()) waiter.reject(new GalleyError('internal', 'The wire renderer is closed.'));
      await Promise.all(all.map((entry) => entry.worker.terminate()));
    },
  };
}
