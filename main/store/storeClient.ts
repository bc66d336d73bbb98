import { Worker } from 'node:worker_threads';
import { GalleyError } from '../../src/api/result';
import type { StorePort } from './storePort';
import { deserializeError, type WorkerReply, type WorkerRequest } from './workerProtocol';

/**
 * Opens the library in a worker thread and returns the async port to it. Rejects with the
 * store's own message (newer version, damaged file, ...) when the library cannot be opened.
 * `workerFile` is the built storeWorker.cjs.
 */
export function openStoreWorker(file: string, workerFile: string): Promise<StorePort> {
  const worker = new Worker(workerFile, { workerData: { file } });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  let nextId = 1;
  let readOnly = false;
  let failure: GalleyError | null = null;

  const failAll = (error: GalleyError) => {
    failure = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  return new Promise<StorePort>((resolveOpen, rejectOpen) => {
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'ready') {
        readOnly = reply.readOnly;
        resolveOpen(port);
      } else if (reply.type === 'open-failed') {
        rejectOpen(deserializeError(reply.error));
      } else {
        const waiter = pending.get(reply.id);
        pending.delete(reply.id);
        if (!waiter) return;
        if (reply.ok) waiter.resolve(reply.value);
        else waiter.reject(deserializeError(reply.error));
      }
    });
    worker.on('error', (error) => {
      const wrapped = new GalleyError('internal', `The library stopped working: ${error.message}`);
      rejectOpen(wrapped);
      failAll(wrapped);
    });
    worker.on('exit', () => failAll(failure ?? new GalleyError('io', 'The library is closed.')));

    const call = (method: string, args: unknown[]) =>
      new Promise<unknown>((resolve, reject) => {
        if (failure) return reject(failure);
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, method, args } satisfies WorkerRequest);
      });

    const port = new Proxy({} as StorePort, {
      get(_target, name: string) {
        if (name === 'then') return undefined;
        if (name === 'readOnly') return readOnly;
        if (name === 'close') {
          return async () => {
            if (failure) return;
            await call('close', []);
            await worker.terminate();
          };
        }
        return (...args: unknown[]) => call(name, args);
      },
    });
  });
}
