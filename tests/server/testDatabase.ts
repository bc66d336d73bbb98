// A PostgreSQL database and a Redis key prefix of a test file's own, made before its tests and
// dropped after them, on the servers every project machine runs on loopback.
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

const SERVER = 'postgres://postgres@127.0.0.1:5432';
export const REDIS_URL = 'redis://127.0.0.1:6379';

async function onMaintenanceDatabase(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${SERVER}/test` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Registers the file's database and prefix (`galley_PREFIX_RANDOM`); returns the database's URL and the Redis key prefix. */
export function useTestDatabase(prefix: string): { databaseUrl: string; redisPrefix: string } {
  const run = `galley_${prefix}_${randomBytes(6).toString('hex')}`;
  beforeAll(async () => {
    await onMaintenanceDatabase(`CREATE DATABASE ${run}`);
  });
  afterAll(async () => {
    await onMaintenanceDatabase(`DROP DATABASE IF EXISTS ${run} WITH (FORCE)`);
    const redis = new IORedis(REDIS_URL);
    const keys = await redis.keys(`${run}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });
  return { databaseUrl: `${SERVER}/${run}`, redisPrefix: run };
}
