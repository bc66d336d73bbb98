// Where the desk's file writes and fsyncs run. An fsync on a slow disk or a network share can
// take a second; in the app that must not be on the Electron main process's thread, so the app
// and the test host write through one outbox worker thread (outboxWorker.ts). The CLI and tests
// on the sources write in-process. Either way the same functions (node/publishFile.ts) do the work, in
// the order asked, so the outbox's protocol (outbox.ts) is unchanged. The library's export to a
// folder (exportToFolder.ts) runs there too, whole: it reads the photos, then writes every file.
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, GalleyError, type ErrorCode } from '../../../src/api/result';
import { exportToFolder } from '../exportToFolder';
import { copyToTempFile, discardTempFile, placeTempFile, syncFolder, writeTempFile } from '../../../node/publishFile';

/** The file operations of a send, and the library's export to a folder, by name: what the worker thread runs. */
export const OUTBOX_OPERATIONS = {
  writeTemp: writeTempFile,
  copyTemp: copyToTempFile,
  discardTemp: discardTempFile,
  placeTemp: placeTempFile,
  syncFolder,
  exportToFolder,
};

type Operations = typeof OUTBOX_OPERATIONS;
export type OutboxOperation = keyof Operations;

export type OutboxFiles = {
  [K in OutboxOperation]: (...args: Parameters<Operations[K]>) => Promise<Awaited<ReturnType<Operations[K]>>>;
} & { close(): Promise<void> };

export interface OutboxRequest {
  id: number;
  operation: OutboxOperation;
  args: unknown[];
}

/** A failure keeps its errno `code`; a GalleyError (a photo missing from the library...) comes back as one, with its message for the user. */
export type OutboxReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; code?: string; galley?: boolean; message: string };

/** The error a failed reply rejects with, on the calling thread. */
export function replyError(reply: Extract<OutboxReply, { ok: false }>): Error {
  if (reply.galley && (ERROR_CODES as readonly string[]).includes(reply.code ?? '')) return new GalleyError(reply.code as ErrorCode, reply.message);
  return Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {});
}

function port(run: (operation: OutboxOperation, args: unknown[]) => Promise<unknown>, close: () => Promise<void>): OutboxFiles {
  const entries = (Object.keys(OUTBOX_OPERATIONS) as OutboxOperation[]).map((name) => [name, (...args: unknown[]) => run(name, args)]);
  return { ...(Object.fromEntries(entries) as Omit<OutboxFiles, 'close'>), close };
}

/** Writes on the calling thread (the CLI, tests on the sources). */
export function inProcessOutboxFiles(): OutboxFiles {
  return port(async (operation, args) => (OUTBOX_OPERATIONS[operation] as (...a: unknown[]) => unknown)(...args), async () => {});
}

/** Writes on one worker thread (the built outboxWorker.cjs), which idles without holding the process. */
export function openOutboxWorker(workerFile: string): OutboxFiles {
  let worker: Worker | undefined;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const failAll = (message: string) => {
    for (const waiter of pending.values()) waiter.reject(new GalleyError('io', message));
    pending.clear();
    worker = undefined;
  };
  const start = (): Worker => {
    const started = new Worker(workerFile);
    started.unref();
    started.on('message', (reply: OutboxReply) => {
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if (!waiter) return;
      if (reply.ok) waiter.resolve(reply.value);
      else waiter.reject(replyError(reply));
    });
    started.on('error', (error) => failAll(`The outbox writer stopped: ${error.message}`));
    started.on('exit', (code) => {
      if (worker === started) failAll(`The outbox writer stopped (its thread exited with ${code}).`);
    });
    return started;
  };
  return port(
    (operation, args) =>
      new Promise((resolve, reject) => {
        worker ??= start();
        const id = nextId++;
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, operation, args } satisfies OutboxRequest);
      }),
    async () => {
      const stopping = worker;
      worker = undefined;
      failAll('The outbox writer is closed.');
      await stopping?.terminate();
    },
  );
}
