import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { figure, type Figure } from './measure';

/** Resident set and its peak, in MB, from /proc (Linux: the machines this suite runs on). */
function residentMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/**
 * Starts the loopback host (out/host/host.cjs: services + store worker, as the app runs them)
 * on `file`, makes the calls a user's first minute makes (list, scroll a little, search, open),
 * and reads its resident set.
 */
async function hostMemory(file: string, openId: string | null): Promise<{ rss: number; peak: number }> {
  const host = spawn(process.execPath, ['out/host/host.cjs', '--db', file, '--port', '0', '--empty'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    // The token is only in the URL the host prints, in its fragment.
    const [url, token] = await new Promise<[string, string]>((resolve, reject) => {
      host.once('exit', (code) => reject(new Error(`host exited ${code}`)));
      createInterface({ input: host.stdout! }).on('line', (line) => {
        const found = /(http:\/\/127\.0\.0\.1:\d+\/)#token=([0-9a-f]+)/.exec(line);
        if (found) resolve([found[1], found[2]]);
      });
    });
    const api = async (name: string, input: unknown) => {
      const reply = (await (await fetch(`${url}api/${name}`, { method: 'POST', headers: { 'x-galley-token': token }, body: JSON.stringify(input) })).json()) as { ok: boolean; value?: unknown };
      if (!reply.ok) throw new Error(`${name}: ${JSON.stringify(reply)}`);
      return reply.value;
    };
    // Ten pages of the library, as the list loads them: each after the previous page's last story.
    let after: string | undefined;
    for (let page = 0; page < 10; page++) after = ((await api('listStories', { limit: 100, after })) as { next: string | null }).next ?? undefined;
    for (const query of ['Kyiv', 'the', 'grain deal', 'mi*']) await api('searchStories', { query });
    if (openId) await api('getStory', { id: openId });
    return residentMb(host.pid!);
  } finally {
    host.kill('SIGTERM');
  }
}

/** RSS of the host with the big library open, beside the same host on an empty library. */
export async function benchMemory(file: string, emptyFile: string, openId: string): Promise<Figure[]> {
  const empty = await hostMemory(emptyFile, null);
  const full = await hostMemory(file, openId);
  return [
    figure('memory', 'host RSS with the library open (after list, search, open)', [full.rss], {
      unit: 'MB',
      floor: { name: 'host on an empty library', samples: [empty.rss] },
      note: `peak ${full.peak.toFixed(0)} MB (empty library: ${empty.peak.toFixed(0)} MB)`,
    }),
  ];
}
