// The victim of the crash-kill suite: writes to a library in a tight loop through the Store, the
// layer that owns durability (autosaves, explicit saves with revisions, status changes, atomic
// exports), and prints one line after each write is committed. It skips the services on purpose:
// they add validation, not durability, and loading the desk's schema validators in every one of
// the suite's 50+ starts would cost more than the writes. The test SIGKILLs it at random moments and checks that every
// acknowledged write survived. Usage: node crashWriter.cjs --db FILE --exports DIR --seed N
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bodyFromParagraphs } from '../../src/story/body';
import { HAND_SET_STATUSES } from '../../src/story/statusRules';
import { exportStory } from '../../src/wire/index';
import type { WireFormat } from '../../src/wire/types';
import { safeFileStem, writeFileAtomic } from '../../main/services/atomicWrite';
import { Store } from '../../main/store/store';

/** Stories the loop edits: few, so each gets long revision chains across snapshot boundaries. */
const STORY_COUNT = 4;
/** Formats exported: two XML, one JSON, one plain text; the test parses each kind. */
const EXPORT_FORMATS: readonly WireFormat[] = ['nitf', 'newsml', 'ninjs', 'text'];

const { values } = parseArgs({ options: { db: { type: 'string' }, exports: { type: 'string' }, seed: { type: 'string', default: '1' } } });
if (!values.db || !values.exports) {
  process.stderr.write('usage: crashWriter --db FILE --exports DIR [--seed N]\n');
  process.exit(2);
}
const exportsDir = values.exports;

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

const store = new Store(values.db);

/** A body of about 1,200 words: large enough that a kill often lands inside a transaction. */
function body(tag: string) {
  return bodyFromParagraphs(Array.from({ length: 24 }, (_, i) => `Paragraph ${i} edit ${tag}: ${'the council would vote on grain port talks after a week of strikes '.repeat(4)}`));
}

function ensureStories(): string[] {
  const { stories } = store.listStories({ limit: 100 });
  const ids = stories.map((s) => s.id);
  while (ids.length < STORY_COUNT) {
    const story = store.createStory({ slug: `CRASH-${ids.length}`, headline: `Crash story ${ids.length}`, body: body('new') });
    say(`ack ${story.id} ${story.version}`);
    ids.push(story.id);
  }
  return ids;
}

function step(ids: string[], n: number): void {
  const id = pick(ids);
  const roll = random();
  const story = store.getStory(id);
  // Unique across restarts, so an explicit save always changes something and cuts a revision.
  const tag = `${values.seed}.${n}`;
  if (roll < 0.45) {
    const saved = store.saveStory({ id, baseVersion: story.version, changes: { body: body(tag), headline: `Crash story edit ${tag}` } });
    say(`ack ${id} ${saved.version}`);
  } else if (roll < 0.7) {
    const saved = store.saveStory({ id, baseVersion: story.version, changes: { standfirst: `Explicit save ${tag}` }, revision: 'save' });
    say(`ack ${id} ${saved.version} save`);
  } else if (roll < 0.85) {
    const saved = store.setStatus({ id, status: pick(HAND_SET_STATUSES.filter((s) => s !== story.status)) });
    say(`ack ${id} ${saved.version} status`);
  } else {
    const result = exportStory(story, pick(EXPORT_FORMATS));
    const name = `${safeFileStem(story.slug, story.id)}-${result.format}.${result.extension}`;
    // Announced before writing: after a kill the file must hold one of the announced renderings.
    say(`render ${name} ${createHash('sha256').update(result.bytes).digest('hex')}`);
    writeFileAtomic(join(exportsDir, name), result.bytes);
    say(`exported ${name}`);
  }
}

try {
  say('open');
  const ids = ensureStories();
  for (let n = 1; ; n++) step(ids, n);
} catch (error) {
  process.stderr.write(`crashWriter: ${(error as Error).message}\n`);
  process.exit(1);
}
