import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** Where test-only bundles go: inside node_modules so `better-sqlite3` resolves, outside out/ so a build cannot wipe them. */
const CACHE = resolve(__dirname, '../../node_modules/.cache/galley-tests');

/**
 * Bundles a TypeScript entry into an .mjs file that plain `node` runs: a child process started
 * this way costs a node start-up, not a TypeScript loader. ES module output because libxml2-wasm
 * (the desk's validators) uses top-level await; the banner gives bundled CommonJS its `require`.
 */
export async function bundleScript(entry: string): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const outfile = join(CACHE, `${basename(entry, '.ts')}-${process.pid}.mjs`);
  await build({
    entryPoints: [resolve(__dirname, '../..', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    // Native, Electron and WebAssembly packages load their own files at run time from node_modules.
    external: ['electron', 'better-sqlite3', 'libxml2-wasm'],
    logLevel: 'warning',
  });
  return outfile;
}
