// The newsroom the load runs against: server instances as child processes (`npm run server`'s
// own entry point, so each has honest CPU and memory of its own) on one PostgreSQL database made
// for the run and dropped after it, joined by Redis under a key prefix of the run's own.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import IORedis from 'ioredis';
import pg from 'pg';
import type { LogEntry } from '../../../server/log';

export type ClusterOptions = Readonly<{
  /** PostgreSQL server (trust auth) with a maintenance database `test`. */
  postgres: string;
  redis: string;
  instances: number;
}>;

export const DEFAULT_ENGINES = { postgres: 'postgres://postgres@127.0.0.1:5432', redis: 'redis://127.0.0.1:6379' } as const;

/** CPU time (ms, user + system) and resident memory (bytes) of one process, read from /proc. */
export type ProcessSample = Readonly<{ cpuMs: number; rssBytes: number }>;

export type ServerInstance = Readonly<{
  url: string;
  healthUrl: string;
  /** Every JSON log line the instance has printed so far. */
  log: readonly LogEntry[];
  sample(): ProcessSample;
  /** Open documents, as the instance's /health reports them. */
  documents(): Promise<number>;
}>;

export type NewsroomCluster = Readonly<{
  databaseUrl: string;
  redisPrefix: string;
  instances: readonly ServerInstance[];
  /**
   * SIGTERM to every instance (each stores every document as it stops) and waits for them to exit;
   * an instance still busy after a minute is killed, and named in the result.
   */
  stopServers(): Promise<string[]>;
  /** Stops what still runs, drops the run's database and deletes its Redis keys. */
  dispose(): Promise<void>;
}>;

/** How long an instance may take to start or to stop before the run gives up on it. */
const PATIENCE_MS = 60_000;

const CLOCK_TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

function sampleProcess(pid: number): ProcessSample {
  // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN);
  return { cpuMs: (ticks * 1000) / CLOCK_TICKS_PER_SECOND, rssBytes: rssKb * 1024 };
}

async function onMaintenanceDatabase(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${server}/test` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function startInstance(args: string[]): { child: ChildProcess; ready: Promise<ServerInstance> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const log: LogEntry[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<ServerInstance>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`a server instance did not start within ${PATIENCE_MS / 1000} s: ${stderr.trim()}`)), PATIENCE_MS);
    child.once('exit', (code) => reject(new Error(`a server instance exited (${code}) before it listened: ${stderr.trim()}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as LogEntry;
      log.push(entry);
      if (entry.event !== 'listening') return;
      clearTimeout(timer);
      const healthUrl = String(entry.health);
      resolve({
        url: String(entry.url),
        healthUrl,
        log,
        sample: () => sampleProcess(child.pid!),
        documents: async () => ((await (await fetch(healthUrl, { signal: AbortSignal.timeout(PATIENCE_MS) })).json()) as { documents: number }).documents,
      });
    });
  });
  return { child, ready };
}

/** Stops an instance; resolves to a problem when it had to be killed. */
function stopped(child: ChildProcess, name: string): Promise<string | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(null);
  return new Promise((resolve) => {
    let problem: string | null = null;
    const timer = setTimeout(() => {
      problem = `${name} did not stop within ${PATIENCE_MS / 1000} s of SIGTERM and was killed`;
      child.kill('SIGKILL');
    }, PATIENCE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(problem);
    });
    child.kill('SIGTERM');
  });
}

/** Makes the run's database, starts the instances on it and waits until each listens. */
export async function startCluster(options: ClusterOptions): Promise<NewsroomCluster> {
  const run = `galley_load_${randomBytes(6).toString('hex')}`;
  const databaseUrl = `${options.postgres}/${run}`;
  await onMaintenanceDatabase(options.postgres, `CREATE DATABASE ${run}`);
  const children: ChildProcess[] = [];

  const stopAll = () => Promise.all(children.map((child, i) => stopped(child, `instance ${i + 1}`)));
  const stopServers = async () => (await stopAll()).filter((problem) => problem !== null);
  const dispose = async () => {
    await stopAll();
    await onMaintenanceDatabase(options.postgres, `DROP DATABASE IF EXISTS ${run} WITH (FORCE)`);
    const redis = new IORedis(options.redis);
    try {
      const keys = await redis.keys(`${run}*`);
      if (keys.length > 0) await redis.del(...keys);
    } finally {
      await redis.quit();
    }
  };

  try {
    const args = ['--port', '0', '--postgres', databaseUrl, '--redis', options.redis, '--redis-prefix', run];
    const started = Array.from({ length: options.instances }, () => startInstance(args));
    children.push(...started.map(({ child }) => child));
    const instances = await Promise.all(started.map(({ ready }) => ready));
    return { databaseUrl, redisPrefix: run, instances, stopServers, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
