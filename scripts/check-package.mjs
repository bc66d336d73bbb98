// The packaging check CI can run without downloading anything: electron-builder's `--linux dir`
// with electronDist pointing at a stub executable (the Electron binary cannot be downloaded
// here; TOOLCHAIN.md). It proves the package layout: the built app inside app.asar, no dev
// dependencies in it, every file of the renderer and of the wire schemas in it, and
// better-sqlite3's native binary unpacked beside it. The stub carries
// a fuse wire laid out as in Electron's binary, with Electron's defaults, so electron-builder
// flips it as it flips the real one: the packaged stub must come out with electronFuses set.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const { FuseV1Options, getCurrentFuseWire } = require('@electron/fuses');
const { getConfig } = require('app-builder-lib/out/util/config/config');

/** @electron/fuses's marker before the wire: version 1, eight fuses, Electron's defaults. */
const FUSE_WIRE = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from('10110001')]);

const stub = join('.tmp', 'electron-stub');
const output = join('.tmp', 'package-check');
rmSync(output, { recursive: true, force: true });
mkdirSync(stub, { recursive: true });
writeFileSync(join(stub, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stub electron: packaging layout check only"\nexit 0\n# '), FUSE_WIRE, Buffer.from('\n')]));
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
expectIn('/package.json');
// The whole renderer, the samples and every schema the wire worker validates against, as built
// and as kept in the repository: one left out is a blank window or a desk that cannot send.
for (const folder of ['out/renderer', 'assets/samples', 'assets/schemas']) {
  for (const file of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (file.isFile() && !file.name.endsWith('.map')) expectIn(`/${relative('.', join(file.parentPath, file.name)).replace(/\\/g, '/')}`);
  }
}
// The XSD engine the wire worker imports at run time (external to the bundle).
expectIn('/node_modules/libxml2-wasm/package.json');
expectIn('/node_modules/libxml2-wasm/lib/index.mjs');
for (const devOnly of ['/node_modules/react', '/node_modules/@tiptap', '/node_modules/electron', '/node_modules/vite', '/node_modules/typescript']) {
  if (files.has(devOnly)) problems.push(`dev dependency inside app.asar: ${devOnly}`);
}
if ([...files].some((file) => file.endsWith('.map'))) problems.push('source maps inside app.asar');
const binary = join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node');
if (!existsSync(binary)) problems.push(`better-sqlite3 binary not unpacked: ${binary}`);

const { electronFuses } = await getConfig(process.cwd(), 'electron-builder.yml', null);
const wire = await getCurrentFuseWire(join(output, 'linux-unpacked', 'galley'));
for (const [fuse, on] of Object.entries(electronFuses ?? {})) {
  const state = String.fromCharCode(wire[FuseV1Options[fuse[0].toUpperCase() + fuse.slice(1)]]);
  if (state !== (on ? '1' : '0')) problems.push(`fuse ${fuse} is ${state === '1' ? 'on' : 'off'} in the packaged binary; electron-builder.yml sets it ${on ? 'on' : 'off'}`);
}
if (!electronFuses) problems.push('electron-builder.yml sets no electronFuses');

if (problems.length) {
  console.error(`Package layout check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Package layout ok: ${files.size} entries in app.asar; better-sqlite3 unpacked; ${Object.keys(electronFuses).length} fuses flipped.`);
