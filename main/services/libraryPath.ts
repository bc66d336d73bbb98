import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the app keeps its library when nothing else is named: Electron's `userData` folder for
 * an app called Galley, so the CLI and the app open the same file without asking Electron.
 */
export function defaultLibraryFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = homedir();
  const appData =
    platform === 'win32'
      ? env.APPDATA ?? join(home, 'AppData', 'Roaming')
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME ?? join(home, '.config');
  return join(appData, 'Galley', 'library.galley');
}

/** The library a shell should open: `--db`, then `GALLEY_DB`, then the app's own. */
export function resolveLibraryFile(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.GALLEY_DB || defaultLibraryFile(env);
}
