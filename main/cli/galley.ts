// The `galley` command: the same services and validation as the app, over the same library.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { isGalleyError } from '../../src/api/result';
import { Store } from '../store/store';
import { inProcessStore } from '../store/storePort';
import { assetFolderOf } from '../services/assets';
import { resolveLibraryFile } from '../services/libraryPath';
import { inProcessRenderer, openWirePool } from '../services/desk/wirePool';
import { createServices } from '../services/services';
import { NO_DIALOGS } from '../services/dialogs';
import { ownerOnlyFileSecrets } from '../services/newsroom/secretStore';
import { COMMANDS } from './commands';
import { LIBRARY_FREE_COMMANDS, runLibraryFree } from './reviewCommands';
import { USAGE, UsageError } from './usage';

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  status: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  destination: { type: 'string' },
  folder: { type: 'string' },
  formats: { type: 'string' },
  pattern: { type: 'string' },
  note: { type: 'string' },
  reason: { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliOptions {
  /** The built wire worker (out/main/wireWorker.cjs): sends render on every core. Default: render in-process. */
  wireWorkerFile?: string;
}

/** Runs one command; returns the exit status. Output goes through the given writers (tests pass their own). */
export async function runCli(argv: string[], io = { out: (t: string) => console.log(t), err: (t: string) => console.error(t) }, options: CliOptions = {}): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.err(`galley: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...args] = parsed.positionals;
  if (parsed.values.help || !command) {
    (command || parsed.values.help ? io.out : io.err)(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  if (Object.hasOwn(LIBRARY_FREE_COMMANDS, command)) return runLibraryFree(command, args, parsed.values, io);
  const run = COMMANDS[command];
  if (!run) {
    io.err(`galley: unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    return 2;
  }
  const library = resolveLibraryFile(parsed.values.db);
  let store: Store | undefined;
  const renderer = options.wireWorkerFile ? openWirePool(options.wireWorkerFile) : inProcessRenderer();
  try {
    store = new Store(library);
    const opened = store;
    const port = inProcessStore(opened);
    await run(
      {
        // The CLI shows no images; file URLs name where they are for anyone who asks.
        store: port,
        services: createServices(port, { folder: assetFolderOf(library), baseUrl: `${pathToFileURL(assetFolderOf(library)).href}/` }, { renderer }, NO_DIALOGS, { library, secrets: ownerOnlyFileSecrets }),
        library,
        json: parsed.values.json ?? false,
        flags: parsed.values,
        print: io.out,
        backup: (file) => opened.backup(file, assetFolderOf(library)),
      },
      args,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`galley ${command}: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    const message = isGalleyError(error) || error instanceof Error ? error.message : String(error);
    io.err(`galley ${command}: ${message.split('\n')[0]}`);
    return 1;
  } finally {
    store?.close();
    await renderer.close();
  }
}
