// Entry of a wire worker thread (wirePool.ts): renders and validates files, and reads import
// files, off the calling thread, so a batch renders on every core and the Electron main process
// never stalls on a schema check or a large file. Built to out/main/wireWorker.cjs (scripts/build.mjs).
import { parentPort, workerData } from 'node:worker_threads';
import { parseImport } from '../parseImport';
import { renderFile } from '../../../node/renderFile';
import { loadValidators } from '../../../node/validators';
import type { WireReply, WireRequest } from './wireProtocol';

const port = parentPort;
if (!port) throw new Error('wireWorker.ts runs only as a worker thread');

// Compiled once per worker, on the first render; each format's schema on its first use.
let validators: ReturnType<typeof loadValidators> | undefined;

port.on('message', async (request: WireRequest) => {
  port.postMessage({ id: request.id, started: true } satisfies WireReply);
  try {
    if ('imports' in request) {
      port.postMessage({ id: request.id, ok: true, value: request.imports.map(parseImport) } satisfies WireReply);
      return;
    }
    validators ??= loadValidators((workerData as { schemasFolder?: string } | undefined)?.schemasFolder);
    const loaded = await validators;
    const files = request.jobs.map((job) => renderFile(loaded, job));
    // The bytes move to the caller instead of being copied, when they own their whole buffer.
    const transfer = files.flatMap((file) => (file.bytes && file.bytes.byteOffset === 0 && file.bytes.byteLength === file.bytes.buffer.byteLength ? [file.bytes.buffer as ArrayBuffer] : []));
    port.postMessage({ id: request.id, ok: true, value: files } satisfies WireReply, transfer);
  } catch (error) {
    port.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WireReply);
  }
});
