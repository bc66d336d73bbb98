// A real newsroom server for end-to-end tests (SQLite in a folder the test makes), its people,
// and connecting a page to it as a person does (File > Connect to Newsroom…).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from '@playwright/test';
import { REPO } from './fixtures';

export const serverArgs = (args: string[]) => ['--import', 'tsx', join(REPO, 'server', 'main.ts'), ...args];

/** `npm run -s server -- user add NAME --role ROLE`: the invitation token it prints. */
export function userAdd(data: string, name: string, role: string): string {
  return execFileSync(process.execPath, serverArgs(['user', 'add', name, '--role', role, '--data', data]), { cwd: REPO, encoding: 'utf8' }).trim();
}

/** Starts the server over `data` on `port` (0: any free one); resolves with its address once it listens. */
export async function startServer(data: string, port = 0): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, serverArgs(['--port', String(port), '--data', data]), { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { event?: string; url?: string };
      if (entry.event === 'listening' && entry.url) resolve(entry.url);
    });
    child.on('exit', (code) => reject(new Error(`newsroom server exited (${code})`)));
  });
  return { url, process: child };
}

/** Stops it the way an admin does (SIGTERM: every document stored) and waits until it is gone. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const menu = (page: Page, command: string) => page.evaluate((c) => (window as unknown as { galleyTestHost: { menu(c: string): void } }).galleyTestHost.menu(c), command);

/** File > Connect to Newsroom… with the address and token, then Connect. */
export async function connect(page: Page, url: string, token: string): Promise<void> {
  await menu(page, 'connect-newsroom');
  const dialog = page.getByRole('dialog', { name: 'Connect to Newsroom' });
  await dialog.getByLabel('Server address').fill(url);
  await dialog.getByLabel('Invitation token').fill(token);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
}
