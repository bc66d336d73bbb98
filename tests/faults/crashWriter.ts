// The victim of the crash-kill suite: works on a library the way the app and the test host do,
// through the services (each call validated by the contract, as over IPC) over the store worker
// thread, with the wire worker pool rendering sends and the outbox worker writing files. It saves
// stories (autosaves and explicit saves with revisions), changes their status, sends them to an
// outbox destination, exports them to a folder (the library's Export…) and backs the library up,
// and prints one line once each piece of work is done. The test SIGKILLs it at random moments
// (often just after a `begin` line, so inside a piece of work) and checks that what it
// acknowledged survived and that nothing half-written is visible.
//
// Usage: node crashWriter.mjs --db FILE --outbox DIR --exports DIR --backups DIR --built OUT --seed N
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { MethodInput, MethodName, MethodResult } from '../../src/api/contract';
import { bodyFromParagraphs } from '../../src/story/body';
import { HAND_SET_STATUSES, statusChangeRefusal } from '../../src/story/statusRules';
import { exportStory } from '../../src/wire/index';
import type { WireFormat } from '../../src/wire/types';
import { assetFolderOf } from '../../main/services/assets';
import { openOutboxWorker } from '../../main/services/desk/outboxFiles';
import { openWirePool } from '../../main/services/desk/wirePool';
import { dispatch } from '../../main/services/dispatch';
import { createServices } from '../../main/services/services';
import { openStoreWorker } from '../../main/store/storeClient';
import { storyFields } from '../support/storyBuilders';

/** Stories the loop edits: few, so each gets long revision chains across snapshot boundaries. */
const STORY_COUNT = 4;
/** The outbox destination sends go to. */
const DESTINATION = 'Wire';
/** Its formats: one XML, one JSON. Not NewsML-G2: its schema alone takes a second to compile, paid again by every writer started. */
const DESTINATION_FORMATS = ['nitf', 'ninjs'];
/** Formats exported to the folder: two XML, one JSON, one plain text. */
const EXPORT_FORMATS: readonly WireFormat[] = ['nitf', 'newsml', 'ninjs', 'text'];
/** Backups alternate between two names, so a backup often replaces an older one. */
const BACKUP_NAMES = ['crash-a.galley-backup', 'crash-b.galley-backup'];

const { values } = parseArgs({
  options: { db: { type: 'string' }, outbox: { type: 'string' }, exports: { type: 'string' }, backups: { type: 'string' }, built: { type: 'string' }, seed: { type: 'string', default: '1' } },
});
if (!values.db || !values.outbox || !values.exports || !values.backups || !values.built) {
  process.stderr.write('usage: crashWriter --db FILE --outbox DIR --exports DIR --backups DIR --built OUT [--seed N]\n');
  process.exit(2);
}
const { db, outbox, exports: exportsDir, backups, built } = values as Required<typeof values>;

/** Synchronous write to the pipe: once this returns, the line is the test's even if we die next. */
const say = (line: string) => writeSync(1, `${line}\n`);

let state = Number(values.seed) >>> 0 || 1;
function random(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A body of about 1,200 words: large enough that a kill often lands inside a transaction. */
function body(tag: string) {
  return bodyFromParagraphs(Array.from({ length: 24 }, (_, i) => `Paragraph ${i} edit ${tag}: ${'the council would vote on grain port talks after a week of strikes '.repeat(4)}`));
}

async function main(): Promise<void> {
  const store = await openStoreWorker(db, join(built, 'main', 'storeWorker.cjs'));
  const services = createServices(
    store,
    { folder: assetFolderOf(db), baseUrl: './asset/' },
    { renderer: openWirePool(join(built, 'main', 'wireWorker.cjs'), { size: 1 }), files: openOutboxWorker(join(built, 'main', 'outboxWorker.cjs')) },
  );
  /** One call as the window makes it: validated by the contract, errors as values. */
  async function call<K extends MethodName>(name: K, input: MethodInput<K>): Promise<MethodResult<K>> {
    const result = await dispatch(services, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value as MethodResult<K>;
  }

  say('open');
  if (!(await call('listDestinations', {})).some((d) => d.name === DESTINATION)) {
    await call('saveDestination', { destination: { name: DESTINATION, folder: outbox, formats: DESTINATION_FORMATS } } as MethodInput<'saveDestination'>);
  }
  const ids = (await call('listStories', { limit: 100 })).stories.map((s) => s.id);
  const today = new Date().toISOString().slice(0, 10);
  while (ids.length < STORY_COUNT) {
    const story = await call('createStory', { fields: storyFields({ slug: `CRASH-${ids.length}`, headline: `Crash story ${ids.length}`, dateline: { place: 'Kyiv', date: today, source: 'AFP' }, body: body('new') }) });
    say(`ack ${story.id} ${story.version} new`);
    ids.push(story.id);
  }

  for (let n = 1; ; n++) {
    const id = pick(ids);
    const roll = random();
    const story = await call('getStory', { id });
    // Unique across restarts, so an explicit save always changes something and cuts a revision.
    const tag = `${values.seed}.${n}`;
    // The test may kill on this line: a kill a few ms later lands inside the work it names.
    say(`begin ${n}`);
    if (roll < 0.3) {
      const saved = await call('saveStory', { id, baseVersion: story.version, changes: { body: body(tag), headline: `Crash story edit ${tag}` } });
      say(`ack ${id} ${saved.version} ${tag}`);
    } else if (roll < 0.45) {
      const saved = await call('saveStory', { id, baseVersion: story.version, changes: { standfirst: `Explicit save ${tag}` }, revision: 'save' });
      say(`ack ${id} ${saved.version} ${tag} save`);
    } else if (roll < 0.55) {
      const to = pick(HAND_SET_STATUSES.filter((s) => s !== story.status && statusChangeRefusal(story.status, s) === null));
      const saved = await call('setStatus', { id, status: to });
      say(`ack ${id} ${saved.version} - status`);
    } else if (roll < 0.75) {
      const sent = await call('sendStories', { ids: [id], destination: DESTINATION, correctionNote: `Corrects edit ${tag}.` });
      for (const outcome of sent.outcomes) if (outcome.sent) say(`sent ${outcome.id} ${outcome.files.map((f) => f.fileName).join(' ')}`);
    } else if (roll < 0.9) {
      const format = pick(EXPORT_FORMATS);
      // Announced before writing: after a kill every export file must hold an announced rendering.
      say(`render ${format} ${sha256(exportStory(story, format).bytes)}`);
      const exported = await call('exportToFolder', { id, format, folder: exportsDir });
      say(`exported ${exported.fileName}`);
    } else {
      const name = pick(BACKUP_NAMES);
      await store.backup(join(backups, name), assetFolderOf(db));
      say(`backup ${name}`);
    }
  }
}

main().catch((error: Error) => {
  process.stderr.write(`crashWriter: ${error.stack ?? error.message}\n`);
  process.exit(1);
});
