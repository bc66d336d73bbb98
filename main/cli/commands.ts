import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { MethodInput, MethodName, MethodResult } from '../../src/api/contract';
import { MAX_IMPORT_FILE_BYTES, megabytes } from '../../src/api/importExport';
import { GalleyError } from '../../src/api/result';
import type { StorySummary } from '../../src/api/types';
import { deriveStoryFacts } from '../../src/story/derived';
import { STORY_STATUSES, type Story, type StoryStatus } from '../../src/story/story';
import { decodeImportFile } from '../../src/wire/decodeText';
import { WIRE_FORMATS, type WireFormat } from '../../src/wire/types';
import { assetFolderOf } from '../services/assets';
import { inProcessOutboxFiles } from '../services/desk/outboxFiles';
import { exportToFolder, recoverExportFolder } from '../services/exportToFolder';
import { dispatch } from '../services/dispatch';
import type { ServiceHandlers } from '../services/services';
import type { BackupResult } from '../store/libraryBackup';
import type { StorePort } from '../store/storePort';
import { imagesDeliveredWith } from './deliveredImages';
import { backup } from './backupCommands';
import { check, destination, kill, log, sendToDestination } from './deskCommands';
import { append, conflicts, connect, discard, disconnect, set, sync } from './newsroomCommands';
import { UsageError } from './usage';

export interface CommandContext {
  services: ServiceHandlers;
  /** The library's store, for what is not a contract method yet (the newsroom sync agent). */
  store: StorePort;
  /** Named library file, for messages. */
  library: string;
  json: boolean;
  flags: Record<string, string | boolean | undefined>;
  print(text: string): void;
  backup(file: string): Promise<BackupResult>;
}

/** Calls a method through the same validation the IPC path uses; a failure becomes exit status 1. */
export async function call<K extends MethodName>(ctx: CommandContext, name: K, input: MethodInput<K>): Promise<MethodResult<K>> {
  const result = await dispatch(ctx.services, name, input);
  if (!result.ok) throw new GalleyError(result.error.code, result.error.message, result.error.details);
  return result.value as MethodResult<K>;
}

export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.print(JSON.stringify(value, null, 2));
}

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n');
}

export function oneArg(args: string[], what: string): string {
  if (args.length !== 1) throw new UsageError(`expected one ${what}, got ${args.length}`);
  return args[0];
}

function statusArg(value: unknown): StoryStatus {
  if (!STORY_STATUSES.includes(value as StoryStatus)) {
    throw new UsageError(`unknown status ${JSON.stringify(value)}: use one of ${STORY_STATUSES.join(', ')}`);
  }
  return value as StoryStatus;
}

/** Every live story (of one status, if given), last change first, a page at a time by cursor. */
export async function allStories(ctx: CommandContext, status?: StoryStatus): Promise<StorySummary[]> {
  const stories: StorySummary[] = [];
  let after: string | undefined;
  do {
    const page = await call(ctx, 'listStories', { status, limit: 500, after });
    stories.push(...page.stories);
    after = page.next ?? undefined;
  } while (after);
  return stories;
}

export async function list(ctx: CommandContext, args: string[]): Promise<void> {
  if (args.length) throw new UsageError('list takes no arguments');
  const status = ctx.flags.status === undefined ? undefined : statusArg(ctx.flags.status);
  const stories = await allStories(ctx, status);
  if (ctx.json) return printJson(ctx, stories);
  if (!stories.length) return ctx.print('No stories.');
  ctx.print(table([['ID', 'STATUS', 'UPDATED', 'SLUG', 'HEADLINE'], ...stories.map((s) => [s.id, s.status, s.updatedAt.slice(0, 16), s.slug, s.headline])]));
}

export async function search(ctx: CommandContext, args: string[]): Promise<void> {
  if (!args.length) throw new UsageError('search needs a query');
  const result = await call(ctx, 'searchStories', { query: args.join(' ') });
  if (ctx.json) return printJson(ctx, result);
  if (!result.hits.length) return ctx.print('No matches.');
  for (const hit of result.hits) ctx.print(`${hit.id}  ${hit.slug || '(no slug)'}  ${hit.headline}\n    ${hit.snippet.replace(/\s+/g, ' ')}`);
}

/** The story with what Galley derives from it: `wordCount` and `bodyText` beside the stored fields. */
function withFacts(story: Story) {
  const facts = deriveStoryFacts(story);
  return { ...story, wordCount: facts.wordCount, characterCount: facts.characterCount, bodyText: facts.bodyText, datelineText: facts.datelineText };
}

export async function show(ctx: CommandContext, args: string[]): Promise<void> {
  const story = withFacts(await call(ctx, 'getStory', { id: oneArg(args, 'story id') }));
  if (ctx.json) return printJson(ctx, story);
  const lines = [
    `${story.slug || '(no slug)'} · ${story.status} · v${story.version} · ${story.wordCount} words`,
    story.headline,
    story.standfirst,
    story.byline,
    '',
    [story.datelineText, story.bodyText].filter(Boolean).join(' '),
  ];
  ctx.print(lines.filter((line, i) => line || i === 4).join('\n'));
}

export async function status(ctx: CommandContext, args: string[]): Promise<void> {
  if (args.length !== 2) throw new UsageError('status needs a story id and a status');
  const story = await call(ctx, 'setStatus', { id: args[0], status: statusArg(args[1]) });
  if (ctx.json) return printJson(ctx, story);
  ctx.print(`${story.id} is now ${story.status} (v${story.version}).`);
}

/** `size` is what is known of it: the file's size, or as much as was read of a file that grew. */
function tooLarge(size: number): Error {
  return new Error(`it is ${size > MAX_IMPORT_FILE_BYTES + 1 ? megabytes(size) : `more than ${megabytes(MAX_IMPORT_FILE_BYTES)}`}; Galley imports files up to ${megabytes(MAX_IMPORT_FILE_BYTES)}.`);
}

/** The file's text, or invalid-input naming it: a file that cannot be read stops the import before anything is written. */
function readImportFile(file: string): string {
  try {
    // Opened without blocking (a FIFO would wait for a writer) and checked on the open file: a
    // device or a pipe reports size 0 and never ends (`/dev/zero` filled memory before).
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new Error('it is not a regular file (a device, a pipe or a folder); Galley imports files.');
      // A file that says it is too large is refused by its size, without reading a byte of it.
      if (stat.size > MAX_IMPORT_FILE_BYTES) throw tooLarge(stat.size);
      // Read with a cap: one byte past the limit is enough to know the file is too large.
      const bytes = Buffer.alloc(MAX_IMPORT_FILE_BYTES + 1);
      let read = 0;
      for (let n = 1; n > 0 && read < bytes.length; read += n) n = readSync(fd, bytes, read, bytes.length - read, null);
      if (read > MAX_IMPORT_FILE_BYTES) throw tooLarge(read);
      return decodeImportFile(bytes.subarray(0, read));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new GalleyError('invalid-input', `${file}: ${(error as Error).message} Nothing was imported.`);
  }
}

/** Reads the files and hands them to `importFiles`, which parses them all before writing any: one bad file imports nothing. */
export async function importFiles(ctx: CommandContext, args: string[]): Promise<void> {
  if (!args.length) throw new UsageError('import needs at least one file');
  const stories = args.map((file) => ({ path: file, name: basename(file), text: readImportFile(file) }));
  const images = new Map(stories.flatMap((story) => imagesDeliveredWith(story.path, story.text)).map((image) => [image.name, image]));
  const files = [...stories.map(({ name, text }) => ({ name, text })), ...images.values()];
  const created = await call(ctx, 'importFiles', { files });
  if (ctx.json) return printJson(ctx, created);
  for (const story of created) {
    ctx.print(`${story.id}  ${story.headline}  (${story.format}, ${story.file})`);
    for (const warning of story.warnings) ctx.print(`    check: ${warning}`);
  }
}

export async function exportStories(ctx: CommandContext, args: string[]): Promise<void> {
  if (ctx.flags.destination !== undefined) return sendToDestination(ctx, args);
  const format = ctx.flags.format;
  if (typeof format !== 'string' || !WIRE_FORMATS.includes(format as WireFormat)) {
    throw new UsageError(`export needs --format, one of ${WIRE_FORMATS.join(', ')}`);
  }
  if (typeof ctx.flags.out !== 'string') throw new UsageError('export needs --out DIR');
  if (!args.length) throw new UsageError('export needs at least one story id');
  const out = resolve(ctx.flags.out);
  const stories = [];
  for (const id of args) stories.push(await call(ctx, 'getStory', { id }));
  await recoverExportFolder(ctx.store, inProcessOutboxFiles(), out);
  // Two stories with one slug, or a file of the user's with that name: the new file is numbered, never written over.
  const exported = await exportToFolder(stories, format as WireFormat, out, assetFolderOf(ctx.library));
  const written = exported.map(({ id, fileName, photos, losses }) => ({ id, file: join(out, fileName), format, photos: photos.map((name) => join(out, name)), losses }));
  if (ctx.json) return printJson(ctx, written);
  for (const entry of written) {
    ctx.print(`${entry.id}  ${entry.file}`);
    for (const photo of entry.photos) ctx.print(`    with its photo ${photo}`);
    for (const loss of entry.losses) ctx.print(`    ${loss.message}`);
  }
}

export const COMMANDS: Record<string, (ctx: CommandContext, args: string[]) => Promise<void>> = {
  list,
  search,
  show,
  status,
  import: importFiles,
  export: exportStories,
  backup,
  destination,
  log,
  check,
  kill,
  connect,
  sync,
  disconnect,
  set,
  append,
  discard,
  conflicts,
};
