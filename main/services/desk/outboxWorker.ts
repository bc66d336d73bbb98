// Entry of the outbox worker thread (outboxFiles.ts): the desk's writes, fsyncs and publishes,
// off the Electron main process. Built to out/main/outboxWorker.cjs (scripts/build.mjs).
import { parentPort } from 'node:worker_threads';
import { OUTBOX_OPERATIONS, type OutboxReply, type OutboxRequest } from './outboxFiles';

const port = parentPort;
if (!port) throw new Error('outboxWorker.ts runs only as a worker thread');

port.on('message', ({ id, operation, args }: OutboxRequest) => {
  try {
    const value = (OUTBOX_OPERATIONS[operation] as (...a: unknown[]) => unknown)(...args);
    port.postMessage({ id, ok: true, value } satisfies OutboxReply);
  } catch (error) {
    port.postMessage({ id, ok: false, code: (error as NodeJS.ErrnoException).code, message: error instanceof Error ? error.message : String(error) } satisfies OutboxReply);
  }
});
