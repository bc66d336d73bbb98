// Private PostgreSQL and Redis servers for fault tests: each on a free loopback port, owned by
// the test that starts it, so it can be stopped, killed and restarted without touching the
// machine's shared engines (5432, 6379) that other tests use.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import pg from 'pg';
import { waitUntil } from './newsroomClient';

/** A port nothing listens on right now (the kernel's pick). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export type PrivateRedis = { url: string; stop(): Promise<void>; start(): Promise<void> };

/** `redis-server` as a child process on a free port, nothing kept on disk. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const url = `redis://127.0.0.1:${port}`;
  const redis: PrivateRedis = {
    url,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' });
      await waitUntil(async () => {
        const client = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        client.on('error', () => {});
        try {
          await client.connect();
          await client.ping();
        } finally {
          client.disconnect();
        }
      });
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      // SIGKILL: Redis going away without a goodbye, as when its machine fails.
      running.kill('SIGKILL');
      await exited;
    },
  };
  await redis.start();
  return redis;
}

export type PrivatePostgres = {
  /** A connection URL for `database`. */
  url(database: string): string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes its data folder. */
  remove(): Promise<void>;
};

function postgresBin(tool: string): string {
  const version = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))[0];
  return `/usr/lib/postgresql/${version}/bin/${tool}`;
}

/** PostgreSQL refuses to run as root (CI runs as root): its binaries run as the `postgres` user then. */
function asPostgres(tool: string, args: string[]): { status: number | null; output: string } {
  const command = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', postgresBin(tool), ...args]] : [postgresBin(tool), args];
  const result = spawnSync(command[0] as string, command[1] as string[], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function mustRun(tool: string, args: string[]): void {
  const { status, output } = asPostgres(tool, args);
  if (status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${output}`);
}

/** A PostgreSQL cluster of its own in a temporary folder, trust auth on loopback, with a database `test`. */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'galley-pg-'));
  if (process.getuid?.() === 0) {
    const { uid, gid } = userIds('postgres');
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  mustRun('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '--no-instructions']);
  const postgres: PrivatePostgres = {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      if (asPostgres('pg_ctl', ['-D', data, 'status']).status === 0) return;
      // fsync off: the tests kill it on purpose, and durability across a power cut is not what they test.
      mustRun('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
    },
    async stop() {
      // Immediate: the server goes away mid-query, as when it crashes.
      asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
    async remove() {
      await postgres.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await postgres.start();
  const admin = new pg.Client({ connectionString: postgres.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE test');
  await admin.end();
  return postgres;
}

function userIds(name: string): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}
