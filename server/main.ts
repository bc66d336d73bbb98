// The newsroom server's command line: `npm run server -- [options]` starts it;
// `user add|remove` and `story assign` change who may do what, then exit.
import { resolve } from 'node:path';
import { isDroppedRelayCommand } from './droppedRelayCommand';
import { parseArgs } from 'node:util';
import { destinationInputSchema } from '../src/desk/destination';
import { jsonLineLog } from './log';
import { startNewsroom } from './newsroom';
import { openPostgresStore } from './store/postgresStore';
import { openSqliteStore } from './store/sqliteStore';
import { newToken, parseMember, type NewDestination, type NewsroomStore } from './store/store';

const USAGE = `Usage:
  npm run server -- [--port N] [--host ADDRESS] [--data DIR] [--postgres URL --redis URL [--redis-prefix P]] [--debounce MS]
  npm run -s server -- user add NAME --role reporter|editor|reviewer|admin [--data DIR | --postgres URL]
  npm run -s server -- user remove NAME [--data DIR | --postgres URL]
  npm run -s server -- story assign STORY_ID NAME [--data DIR | --postgres URL]
  npm run -s server -- destination add NAME --folder DIR --formats nitf,ninjs,... [--pattern '{slug}-{seq}.{ext}'] [--data DIR | --postgres URL]
  npm run -s server -- destination list | destination remove NAME [--data DIR | --postgres URL]`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '1234' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: 'newsroom-data' },
      postgres: { type: 'string' },
      redis: { type: 'string' },
      'redis-prefix': { type: 'string', default: 'galley' },
      debounce: { type: 'string', default: '2000' },
      role: { type: 'string' },
      folder: { type: 'string' },
      formats: { type: 'string' },
      pattern: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const openStore = (): Promise<NewsroomStore> =>
    values.postgres ? openPostgresStore(values.postgres) : Promise.resolve(openSqliteStore(values.data));

  const [command, verb, ...rest] = positionals;
  if (command === undefined) {
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535 (got "${values.port}").`);
    const storeDebounceMs = Number(values.debounce);
    if (!Number.isInteger(storeDebounceMs) || storeDebounceMs < 0) throw new UsageError(`--debounce must be a number of milliseconds (got "${values.debounce}").`);
    if (values.redis && !values.postgres) {
      throw new UsageError('--redis joins instances that share one PostgreSQL: give --postgres URL too.');
    }
    const redis = values.redis ? { url: values.redis, prefix: values['redis-prefix'] } : undefined;
    process.on('unhandledRejection', (reason) => {
      if (!isDroppedRelayCommand(reason)) throw reason;
      jsonLineLog({ event: 'redis-command-dropped', level: 'warn', reason: (reason as Error).message });
    });
    const newsroom = await startNewsroom({ store: await openStore(), log: jsonLineLog, port, host: values.host, redis, storeDebounceMs });
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => resolve());
    });
    await newsroom.stop();
    return 0;
  }

  const store = await openStore();
  try {
    if (command === 'user' && verb === 'add' && rest.length === 1) {
      const member = parseMember(rest[0], values.role);
      const { token, tokenHash } = newToken();
      await store.addMember(member, tokenHash);
      console.error(`Added ${member.name} (${member.role}). Give them this invitation token; it is not shown again:`);
      console.log(token);
      return 0;
    }
    if (command === 'user' && verb === 'remove' && rest.length === 1) {
      if (!(await store.removeMember(rest[0]))) throw new Error(`There is no member called "${rest[0]}".`);
      console.error(`Removed ${rest[0]}; their token no longer works and their open connections are closed.`);
      return 0;
    }
    if (command === 'story' && verb === 'assign' && rest.length === 2) {
      const [storyId, name] = rest;
      if (!(await store.assign(storyId, name))) throw new Error(`Story ${storyId} is not in the newsroom's library yet (nobody has written to it).`);
      console.error(`Assigned ${name} to story ${storyId}.`);
      return 0;
    }
    if (command === 'destination' && verb === 'add' && rest.length === 1) {
      const destination = await store.addDestination(parseDestination(rest[0], values));
      console.error(`Added the newsroom destination ${destination.name}: ${destination.formats.join(', ')} to ${destination.folder}, numbered from ${destination.nextSequence}.`);
      return 0;
    }
    if (command === 'destination' && verb === 'list' && rest.length === 0) {
      const all = await store.destinations();
      if (!all.length) console.error('The newsroom has no destinations. Add one with: destination add NAME --folder DIR --formats nitf,ninjs');
      for (const d of all) console.log(`${d.name}\t${d.formats.join(',')}\t${d.folder}\t${d.fileNamePattern}\tnext ${d.nextSequence}`);
      return 0;
    }
    if (command === 'destination' && verb === 'remove' && rest.length === 1) {
      if (!(await store.removeDestination(rest[0]))) throw new Error(`The newsroom has no destination named "${rest[0]}".`);
      console.error(`Removed the newsroom destination ${rest[0]}; its sent log stays, and a destination added again under that name goes on from its last number.`);
      return 0;
    }
    throw new UsageError(`Unknown command "${positionals.join(' ')}".`);
  } finally {
    await store.close();
  }
}

/** A destination as typed on the command line, checked by the rules a desktop's destinations follow. */
function parseDestination(name: string, values: { folder?: string; formats?: string; pattern?: string }): NewDestination {
  if (values.folder === undefined) throw new UsageError('destination add needs --folder DIR.');
  if (values.formats === undefined) throw new UsageError('destination add needs --formats, e.g. nitf,ninjs.');
  const parsed = destinationInputSchema.safeParse({
    name,
    folder: resolve(values.folder),
    formats: values.formats.split(',').map((format) => format.trim()),
    ...(values.pattern === undefined ? {} : { fileNamePattern: values.pattern }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`The destination's ${issue.path.join('.') || 'settings'} ${issue.message}.`);
  }
  return parsed.data;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    console.error(`galley server: ${error.message}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
