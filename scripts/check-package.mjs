// The packaging check CI can run without downloading anything: electron-builder's `--linux dir`
// with electronDist pointing at a stub executable (the Electron binary cannot be downloaded
// here; TOOLCHAIN.md). It proves the package layout: the built app inside app.asar, no dev
// dependencies in it, and better-sqlite3's native binary unpacked beside it.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');

const stub = join('.tmp', 'electron-stub');
const output = join('.tmp', 'package-check');
rmSync(output, { recursive: true, force: true });
mkdirSync(stub, { recursive: true });
writeFileSync(join(stub, 'electron'), '#!/bin/sh\necho "stub electron: packaging layout check only"\n');
chmodSync(join(stub, 'electron'), 0o755);

const built = spawnSync(
  'npx',
  ['--no-install', 'electron-builder', '--linux', 'dir', '--config', 'electron-builder.yml', `-c.electronDist=${stub}`, `-c.directories.output=${output}`, '--publish', 'never'],
  { stdio: 'inherit', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' } },
);
if (built.status !== 0) process.exit(1);

const resources = join(output, 'linux-unpacked', 'resources');
const files = new Set(asar.listPackage(join(resources, 'app.asar')).map((file) => file.replace(/\\/g, '/')));
const problems = [];
const expectIn = (file) => files.has(file) || problems.push(`missing from app.asar: ${file}`);
expectIn('/out/main/main.cjs');
expectIn('/out/main/storeWorker.cjs');
expectIn('/out/main/wireWorker.cjs');
expectIn('/out/preload/preload.cjs');
expectIn('/out/renderer/index.html');
expectIn('/assets/samples/01-breaking-brief.json');
expectIn('/package.json');
for (const devOnly of ['/node_modules/react', '/node_modules/@tiptap', '/node_modules/electron', '/node_modules/vite', '/node_modules/typescript']) {
  if (files.has(devOnly)) problems.push(`dev dependency inside app.asar: ${devOnly}`);
}
if ([...files].some((file) => file.endsWith('.map'))) problems.push('source maps inside app.asar');
const binary = join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node');
if (!existsSync(binary)) problems.push(`better-sqlite3 binary not unpacked: ${binary}`);

if (problems.length) {
  console.error(`Package layout check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Package layout ok: ${files.size} entries in app.asar; better-sqlite3 unpacked.`);
