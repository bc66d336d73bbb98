// The desk on the command line: destinations, sending exactly as the app does, the sent log and
// the readiness check. Same services, same validation, same sequence numbers and log as the app.
import { resolve } from 'node:path';
import { GalleyError } from '../../src/api/result';
import { SENDABLE_FORMATS, type SendableFormat } from '../../src/desk/destination';
import type { SendOutcome } from '../../src/desk/types';
import { STORY_STATUSES, type StoryStatus } from '../../src/story/story';
import { allStories, call, oneArg, printJson, table, type CommandContext } from './commands';
import { UsageError } from './usage';
import { attributionSummary } from './reviewCommands';

function formatsFlag(value: unknown): SendableFormat[] {
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(`destination add needs --formats, a comma-separated list of ${SENDABLE_FORMATS.join(', ')}`);
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  const unknown = formats.filter((f) => !SENDABLE_FORMATS.includes(f as SendableFormat));
  if (unknown.length) throw new UsageError(`unknown format ${unknown.map((f) => JSON.stringify(f)).join(', ')} in --formats: use ${SENDABLE_FORMATS.join(', ')}`);
  return formats as SendableFormat[];
}

/** `destination add NAME --folder DIR --formats nitf,ninjs [--pattern P]`, `destination list`, `destination remove NAME`. */
export async function destination(ctx: CommandContext, args: string[]): Promise<void> {
  const [action, ...rest] = args;
  if (action === 'add') {
    const name = oneArg(rest, 'destination name');
    if (typeof ctx.flags.folder !== 'string') throw new UsageError('destination add needs --folder DIR');
    const saved = await call(ctx, 'saveDestination', {
      destination: {
        name,
        folder: resolve(ctx.flags.folder),
        formats: formatsFlag(ctx.flags.formats),
        ...(typeof ctx.flags.pattern === 'string' ? { fileNamePattern: ctx.flags.pattern } : {}),
      },
    });
    if (ctx.json) return printJson(ctx, saved);
    return ctx.print(`Added ${saved.name}: ${saved.formats.join(', ')} to ${saved.folder} as ${saved.fileNamePattern}, next sequence number ${saved.nextSequence}.`);
  }
  if (action === 'list') {
    if (rest.length) throw new UsageError('destination list takes no arguments');
    const all = await call(ctx, 'listDestinations', {});
    if (ctx.json) return printJson(ctx, all);
    if (!all.length) return ctx.print('No destinations. Add one with: galley destination add NAME --folder DIR --formats nitf,ninjs');
    return ctx.print(table([['NAME', 'NEXT', 'FORMATS', 'FOLDER', 'KEPT BY'], ...all.map((d) => [d.name, String(d.nextSequence), d.formats.join(','), d.folder, d.newsroom ? (d.newsroom.offlineReason ? 'newsroom (offline)' : 'newsroom') : 'this library'])]));
  }
  if (action === 'remove') {
    const name = oneArg(rest, 'destination name');
    await call(ctx, 'deleteDestination', { name });
    return ctx.print(`Removed ${name}. Its sent log is kept.`);
  }
  throw new UsageError('destination needs add, list or remove');
}

/** Every story id with the given status. */
async function idsWithStatus(ctx: CommandContext, status: StoryStatus): Promise<string[]> {
  // Oldest change first: the stories go in the order they were made ready.
  return (await allStories(ctx, status)).map((s) => s.id).reverse();
}

const BATCH = 100;

/**
 * `export [ID...] [--status S] --destination NAME [--note TEXT]`: what the desk's Send does.
 * Prints what went and what was refused and why; a refusal makes the exit status 1.
 */
export async function sendToDestination(ctx: CommandContext, args: string[]): Promise<void> {
  const name = ctx.flags.destination;
  if (typeof name !== 'string' || !name) throw new UsageError('--destination needs a name');
  if (ctx.flags.format !== undefined || ctx.flags.out !== undefined) throw new UsageError('--destination sends in the destination\'s formats to its folder: drop --format and --out');
  const status = ctx.flags.status;
  if (status !== undefined && !STORY_STATUSES.includes(status as StoryStatus)) throw new UsageError(`unknown status ${JSON.stringify(status)}: use one of ${STORY_STATUSES.join(', ')}`);
  if (!args.length && status === undefined) throw new UsageError('export --destination needs story ids or --status (e.g. --status ready)');
  // Checked first, so a mistyped name fails even when no story is ready.
  const known = (await call(ctx, 'listDestinations', {})).some((d) => d.name.toLowerCase() === name.toLowerCase());
  if (!known) throw new GalleyError('not-found', `No destination named "${name}". Add it with \`galley destination add\`.`);
  const ids = [...args, ...(status ? await idsWithStatus(ctx, status as StoryStatus) : [])];
  const note = typeof ctx.flags.note === 'string' ? ctx.flags.note : undefined;
  const outcomes: SendOutcome[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const result = await call(ctx, 'sendStories', { ids: ids.slice(i, i + BATCH), destination: name, ...(note ? { correctionNote: note } : {}) });
    outcomes.push(...result.outcomes);
  }
  const refused = outcomes.filter((o) => !o.sent);
  if (ctx.json) printJson(ctx, outcomes);
  else if (!outcomes.length) ctx.print(`No ${status} stories to send.`);
  else {
    for (const outcome of outcomes) {
      if (outcome.sent) ctx.print(`sent     ${outcome.id}  ${outcome.slug}  ${outcome.kind}: ${outcome.files.map((f) => `#${f.sequence} ${f.fileName}`).join(', ')}`);
      else ctx.print(`refused  ${outcome.id}  ${outcome.slug || '(no slug)'}\n${outcome.reasons.map((r) => `    ${r}`).join('\n')}`);
    }
  }
  if (refused.length === outcomes.length && refused.length) {
    throw new GalleyError('not-ready', `${refused.length === 1 ? 'the story was' : `all ${refused.length} stories were`} refused (reasons above); nothing went.`);
  }
  if (refused.length) throw new GalleyError('not-ready', `${refused.length} of ${outcomes.length} ${outcomes.length === 1 ? 'story was' : 'stories were'} refused (reasons above); the rest went.`);
}

/** `log ID [--json]`: the sent log of one story. */
export async function log(ctx: CommandContext, args: string[]): Promise<void> {
  const entries = await call(ctx, 'getSentLog', { id: oneArg(args, 'story id') });
  if (ctx.json) return printJson(ctx, entries);
  if (!entries.length) return ctx.print('Never sent.');
  ctx.print(
    table([
      ['SENT', 'KIND', 'DESTINATION', 'SEQ', 'VERSION', 'FORMAT', 'FILE', 'SHA-256'],
      ...entries.map((e) => [e.sentAt.slice(0, 19), e.kind, e.destination, String(e.sequence), String(e.version), e.format, e.fileName, e.sha256.slice(0, 16)]),
    ]),
  );
}

/** `check ID [--json]`: the readiness problems. Exit status 1 when the story is not ready. */
export async function check(ctx: CommandContext, args: string[]): Promise<void> {
  const result = await call(ctx, 'checkStory', { id: oneArg(args, 'story id') });
  if (ctx.json) printJson(ctx, result);
  else if (!result.problems.length) ctx.print('Ready: no problems.');
  else for (const p of result.problems) ctx.print(`${p.severity === 'error' ? 'error  ' : 'warning'}  ${p.field.padEnd(14)} ${p.message}`);
  if (!ctx.json && result.attributions.length) ctx.print(attributionSummary(result.attributions));
  if (!result.ready) throw new GalleyError('not-ready', `Not ready: ${result.problems.filter((p) => p.severity === 'error').length} problem(s) block sending.`);
}

/** `kill ID --reason TEXT`: the kill notice to every destination, in every format, the story went out in. Exit 1 if any was refused. */
export async function kill(ctx: CommandContext, args: string[]): Promise<void> {
  const id = oneArg(args, 'story id');
  const reason = typeof ctx.flags.reason === 'string' ? ctx.flags.reason.trim() : '';
  if (!reason) throw new UsageError('kill needs --reason TEXT: the reason goes to every receiver with the notice');
  const results = await call(ctx, 'killStory', { id, reason });
  const outcomes = results.flatMap((result) => result.outcomes.map((outcome) => ({ destination: result.destination, outcome })));
  if (ctx.json) printJson(ctx, results);
  else {
    for (const { destination: name, outcome } of outcomes) {
      if (outcome.sent) ctx.print(`killed   ${name}: ${outcome.files.map((f) => `#${f.sequence} ${f.fileName}`).join(', ')}`);
      else ctx.print(`refused  ${name}\n${outcome.reasons.map((r) => `    ${r}`).join('\n')}`);
    }
  }
  const refused = outcomes.filter(({ outcome }) => !outcome.sent);
  if (refused.length) throw new GalleyError('io', `the kill notice did not reach ${refused.map(({ destination: name }) => name).join(', ')} (reasons above).`);
}
