// `galley backup FILE` and `galley restore BACKUP --db NEW`: a complete backup (library and
// photos, verified) and a new library made from one (main/store/libraryBackup.ts).
import { resolve } from 'node:path';
import type { BackupResult } from '../store/libraryBackup';
import { restoreLibrary } from '../store/libraryBackup';
import { assetFolderOf } from '../services/assets';
import { oneArg, printJson, type CommandContext } from './commands';
import type { PlainContext } from './reviewCommands';
import { UsageError } from './usage';

function missingNote(missing: readonly string[]): string {
  return missing.length ? `\n    check: ${missing.length} photo(s) the library lists were already missing from its asset folder, so not in the backup: ${missing.join(', ')}` : '';
}

export async function backup(ctx: CommandContext, args: string[]): Promise<void> {
  const result: BackupResult = await ctx.backup(resolve(oneArg(args, 'backup file')));
  if (ctx.json) return printJson(ctx, result);
  ctx.print(`Backed up ${ctx.library} and ${result.photos} photo(s) to ${result.file} (${result.bytes} bytes), checked.${missingNote(result.missingPhotos)}`);
}

/** Needs no open library: it makes the one `--db` names, which must not exist yet. */
export async function restore(ctx: PlainContext, args: string[]): Promise<void> {
  if (!ctx.db) throw new UsageError('restore needs --db NEW, the new library to make (it must not exist yet)');
  const file = resolve(ctx.db);
  const result = await restoreLibrary(resolve(oneArg(args, 'backup file')), file, assetFolderOf(file));
  if (ctx.json) return ctx.print(JSON.stringify(result, null, 2));
  ctx.print(`Restored ${result.photos} photo(s) and the library to ${result.file}.`);
}
