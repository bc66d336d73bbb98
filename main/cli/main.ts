#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './galley';

// Bundled as out/cli/galley.cjs; the wire worker is built beside the app's main process.
const wireWorkerFile = join(__dirname, '..', 'main', 'wireWorker.cjs');

runCli(process.argv.slice(2), undefined, existsSync(wireWorkerFile) ? { wireWorkerFile } : {}).then((code) => {
  process.exitCode = code;
});
