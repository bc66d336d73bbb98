// Entry of the store's worker thread: one writer connection, off the main process's event loop,
// so a slow query never freezes the window or the other replies (as Signal Desktop does).
import { parentPort, workerData } from 'node:worker_threads';
import { Store } from './store';
import { serializeError, type WorkerReply, type WorkerRequest } from './workerProtocol';

const port = parentPort;
if (!port) throw new Error('storeWorker.ts runs only as a worker thread');

let store: Store;
try {
  store = new Store((workerData as { file: string }).file);
  port.postMessage({ type: 'ready', readOnly: store.readOnly } satisfies WorkerReply);
} catch (error) {
  port.postMessage({ type: 'open-failed', error: serializeError(error) } satisfies WorkerReply);
  process.exit(0);
}

port.on('message', async (request: WorkerRequest) => {
  if (request.method === 'close') {
    store.close();
    port.postMessage({ type: 'result', id: request.id, ok: true, value: undefined } satisfies WorkerReply);
    return;
  }
  try {
    const method = (store as unknown as Record<string, (...args: unknown[]) => unknown>)[request.method];
    const value = await method.apply(store, request.args);
    port.postMessage({ type: 'result', id: request.id, ok: true, value } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ type: 'result', id: request.id, ok: false, error: serializeError(error) } satisfies WorkerReply);
  }
});
