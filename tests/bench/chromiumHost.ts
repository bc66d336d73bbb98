// What the browser benches share on the Node side: the built loopback host on a fresh library,
// Debian's Chromium launched as the e2e tests launch it, and page code bundled for evaluation.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

/**
 * Starts `out/host/host.cjs` on an empty library at `db`; resolves once it prints its URL with
 * `url` (its address) and `entry` (the printed URL, whose fragment hands a page the token).
 */
export function startHost(db: string): Promise<{ url: string; entry: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['out/host/host.cjs', '--db', db, '--port', '0', '--empty'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`host exited ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const found = /(http:\/\/127\.0\.0\.1:\d+\/)#token=[0-9a-f]+/.exec(line);
      if (found) resolve({ url: found[1], entry: found[0], child });
    });
  });
}

/** Chromium with the arguments of playwright.config.ts, so bench and e2e pages run alike. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/**
 * A browser module (tests/bench/page/*) bundled into one classic script. Page code is bundled
 * rather than passed to page.evaluate as functions because tsx compiles with keepNames, which
 * wraps named functions in a `__name` helper the page does not have.
 */
export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome130', logLevel: 'warning' });
  return result.outputFiles[0].text;
}
