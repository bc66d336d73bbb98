// Builds everything into out/: the Node-side bundles with esbuild, the renderer with Vite.
// Works without the Electron binary: electron is only ever an external import.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const parts = process.argv.includes('--node-only') ? ['node'] : ['node', 'renderer'];

if (parts.includes('renderer')) rmSync('out', { recursive: true, force: true });

/** Node-side entry points: [source, output]. */
const NODE_ENTRIES = [
  ['main/app/main.ts', 'out/main/main.cjs'],
  ['main/store/storeWorker.ts', 'out/main/storeWorker.cjs'],
  ['main/services/desk/wireWorker.ts', 'out/main/wireWorker.cjs'],
  ['main/services/desk/outboxWorker.ts', 'out/main/outboxWorker.cjs'],
  ['main/preload/preload.ts', 'out/preload/preload.cjs'],
  ['main/cli/main.ts', 'out/cli/galley.cjs'],
  ['tests/e2e/host.ts', 'out/host/host.cjs'],
];

if (parts.includes('node')) {
  await build({
    entryPoints: ['tests/e2e/hostClient.ts'],
    outfile: 'out/host/galley-host.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
  await Promise.all(
    NODE_ENTRIES.map(([entry, outfile]) =>
      build({
        entryPoints: [entry],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node22',
        format: 'cjs',
        sourcemap: 'linked',
        // Native and Electron modules load at run time from node_modules; the rest is bundled.
        // libxml2-wasm is an ES module with top-level await and a .wasm beside it: loaded with import().
        external: ['electron', 'better-sqlite3', 'libxml2-wasm', 'libxml2-wasm/*'],
        logLevel: 'warning',
      }),
    ),
  );
}

if (parts.includes('renderer')) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
  // The offline spelling dictionaries (renderer/spelling): the page has no fs, so it fetches
  // them from its own origin. Each keeps its licence beside it.
  mkdirSync('out/renderer/dictionaries', { recursive: true });
  for (const [language, pkg] of [['en-US', 'dictionary-en'], ['en-GB', 'dictionary-en-gb']]) {
    for (const [from, to] of [['index.aff', `${language}.aff`], ['index.dic', `${language}.dic`], ['license', `${language}.license`]]) {
      copyFileSync(`node_modules/${pkg}/${from}`, `out/renderer/dictionaries/${to}`);
    }
  }
}
