import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LibraryPage } from './models/LibraryPage';
import { StoryPage } from './models/StoryPage';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface Host {
  /** The host's address; pages opened here use the token `entry` left in the browser. */
  url: string;
  /** The URL the host prints, its token in the fragment: the one way a page gets the token. */
  entry: string;
  /** The library file this host serves: a fresh one per test. */
  db: string;
  dir: string;
  /** Host output so far, attached to a failing test. */
  log: () => string;
}

/** Starts the built loopback host on a fresh library; resolves once it prints its URL. */
export async function startHost(db: string, extraArgs: string[] = []): Promise<{ url: string; entry: string; process: ChildProcess; log: () => string }> {
  const child = spawn(process.execPath, [join(REPO, 'out', 'host', 'host.cjs'), '--db', db, '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const [url, entry] = await new Promise<[string, string]>((resolveUrl, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)#token=[0-9a-f]+/.exec(output);
      if (match) resolveUrl([match[1], match[0]]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`host exited (${code}): ${output}`)));
  });
  return { url, entry, process: child, log: () => output };
}

export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  child.kill('SIGTERM');
  await exited;
}

type Fixtures = { host: Host; hostArgs: string[]; library: LibraryPage; storyPage: StoryPage };

export const test = base.extend<Fixtures>({
  hostArgs: [['--empty'], { option: true }],
  host: async ({ hostArgs }, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), 'galley-e2e-'));
    const db = join(dir, 'library.galley');
    const started = await startHost(db, hostArgs);
    await use({ url: started.url, entry: started.entry, db, dir, log: started.log });
    await stopHost(started.process);
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('host-log', { body: started.log(), contentType: 'text/plain' });
    rmSync(dir, { recursive: true, force: true });
  },
  library: async ({ page, host }, use) => {
    await page.goto(host.entry);
    await use(new LibraryPage(page));
  },
  storyPage: async ({ page }, use) => {
    await use(new StoryPage(page));
  },
});

export { expect };
