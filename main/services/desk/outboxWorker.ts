// Entry of the outbox worker thread (outboxFiles.ts): the desk's writes, fsyncs and publishes,
// off the Electron main process. Built to out/main/outboxWorker.cjs (scripts/build.mjs).
import { parentPort } from 'node:worker_threads';
import { isGalleyError } from '../../../src/api/result';
import { OUTBOX_OPERATIONS, type OutboxReply, type OutboxRequest } from './outboxFiles';

const port = parentPort;
if (!port) throw new Error('outboxWorker.ts runs only as a worker thread');

port.on('message', ({ id, operation, args }: OutboxRequest) => {
  // An export reads its photos before it writes (asynchronously); the send's operations are synchronous.
  Promise.resolve()
    .then(() => (OUTBOX_OPERATIONS[operation] as (...a: unknown[]) => unknown)(...args))
    .then(
      (value) => port.postMessage({ id, ok: true, value } satisfies OutboxReply),
      (error: unknown) =>
        port.postMessage({
          id,
          ok: false,
          code: (error as NodeJS.ErrnoException).code,
          galley: isGalleyError(error),
          message: error instanceof Error ? error.message : String(error),
        } satisfies OutboxReply),
    );
});
