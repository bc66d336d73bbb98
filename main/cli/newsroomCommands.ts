// `galley connect`, `sync`, `disconnect`, `set` and `append`: the library in a shared newsroom
// (main/services/newsroom). Edits work offline; a sync sends them when the server is there.
import { GalleyError } from '../../src/api/result';
import { changesForField, isSettableField, SETTABLE_FIELDS, withParagraph } from '../../src/story/fieldEdits';
import { connectNewsroom, disconnectNewsroom, readConnection } from '../services/newsroom/newsroomConnection';
import { syncLibrary, type SyncReport } from '../services/newsroom/syncLibrary';
import { call, oneArg, printJson, type CommandContext } from './commands';
import { UsageError } from './usage';

export async function connect(ctx: CommandContext, args: string[]): Promise<void> {
  const url = oneArg(args, 'newsroom address');
  if (typeof ctx.flags.token !== 'string') throw new UsageError('connect needs --token T, the invitation token the newsroom admin gave you');
  const connected = await connectNewsroom(ctx.store, ctx.library, url, ctx.flags.token);
  if (ctx.json) return printJson(ctx, connected);
  ctx.print(`Connected this library to ${connected.url}. The token is kept in ${connected.credentialsFile}, readable by you only. Run galley sync to bring the library in step.`);
}

export async function disconnect(ctx: CommandContext, args: string[]): Promise<void> {
  if (args.length) throw new UsageError('disconnect takes no arguments');
  const url = await disconnectNewsroom(ctx.store);
  ctx.print(url ? `Disconnected from ${url}; the token is deleted and every story stays in this library.` : 'This library is not connected to a newsroom.');
}

const show = (value: unknown) => JSON.stringify(value ?? '');

function printReport(ctx: CommandContext, report: SyncReport): void {
  if (ctx.json) return printJson(ctx, report);
  const inStep = report.stories - report.failures.length;
  ctx.print(
    `${inStep} of ${report.stories} stories in step with ${report.url}: ${report.received.length} new here, ${report.changed.length} changed here, ${report.sent.length} sent, ${report.unchanged} unchanged.`,
  );
  for (const warning of report.warnings) ctx.print(warning);
  for (const conflict of report.conflicts) {
    ctx.print(
      `Conflict in ${conflict.storyId} ${conflict.field}: yours ${show(conflict.mine)}, theirs ${show(conflict.theirs)}; both are kept. Choose with galley set ${conflict.storyId} ${conflict.field} VALUE.`,
    );
  }
}

export async function sync(ctx: CommandContext, args: string[]): Promise<void> {
  if (args.length) throw new UsageError('sync takes no arguments');
  const connection = await readConnection(ctx.store);
  if (!connection) throw new GalleyError('invalid-input', 'This library is not connected to a newsroom: run galley connect URL --token T first.');
  const report = await syncLibrary(ctx.store, connection);
  printReport(ctx, report);
  if (report.failures.length) {
    const reasons = report.failures.map((failure) => `${failure.storyId}: ${failure.reason}`).join('; ');
    throw new GalleyError('io', `${report.failures.length} of ${report.stories} stories not in step, their changes kept here: ${reasons}`);
  }
}

export async function set(ctx: CommandContext, args: string[]): Promise<void> {
  if (args.length !== 3) throw new UsageError('set needs a story id, a field and a value');
  const [id, field, value] = args;
  if (!isSettableField(field)) throw new UsageError(`cannot set ${JSON.stringify(field)}: use one of ${SETTABLE_FIELDS.join(', ')}`);
  const story = await call(ctx, 'getStory', { id });
  const saved = await call(ctx, 'saveStory', { id, baseVersion: story.version, changes: changesForField(story, field, value), revision: 'save' });
  await ctx.store.settleConflict({ id, field });
  if (ctx.json) return printJson(ctx, saved);
  ctx.print(`${id} ${field} set (v${saved.version}).`);
}

export async function append(ctx: CommandContext, args: string[]): Promise<void> {
  if (args.length !== 2) throw new UsageError('append needs a story id and the paragraph');
  const [id, text] = args;
  if (!text.trim()) throw new UsageError('append needs some text for the paragraph');
  const story = await call(ctx, 'getStory', { id });
  const saved = await call(ctx, 'saveStory', { id, baseVersion: story.version, changes: { body: withParagraph(story.body, text) }, revision: 'save' });
  if (ctx.json) return printJson(ctx, saved);
  ctx.print(`${id}: paragraph added (v${saved.version}).`);
}

export async function discard(ctx: CommandContext, args: string[]): Promise<void> {
  const id = oneArg(args, 'story id');
  const story = await ctx.store.discardPending(id);
  if (ctx.json) return printJson(ctx, story);
  ctx.print(`${id} is back to the newsroom's version (v${story.version}); its changes here that the newsroom did not store are dropped. Run galley sync for what others changed since.`);
}

export async function conflicts(ctx: CommandContext, args: string[]): Promise<void> {
  if (args.length) throw new UsageError('conflicts takes no arguments');
  const open = await ctx.store.listConflicts();
  if (ctx.json) return printJson(ctx, open);
  if (!open.length) return ctx.print('No conflicts.');
  for (const conflict of open) ctx.print(`${conflict.storyId} ${conflict.field}: yours ${show(conflict.mine)}, theirs ${show(conflict.theirs)} (found ${conflict.foundAt.slice(0, 16)})`);
}
