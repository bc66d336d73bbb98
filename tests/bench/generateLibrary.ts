// Builds a realistic library for the benchmarks: `tsx tests/bench/generateLibrary.ts --stories N --out FILE`.
// Stories go in through the Store's own write path (Store.importMany: the same rows, revisions
// and search entries the app writes), a few thousand per transaction.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Store } from '../../main/store/store';
import type { BodyNode } from '../../src/story/body';
import type { StoryChanges, StoryStatus } from '../../src/story/story';
import { castFor, paragraphText, pick, seededRandom, SOURCES, topicCount, topicWord, type Random } from './newsText';

export interface LibraryOptions {
  stories: number;
  file: string;
  seed?: number;
  onProgress?: (done: number) => void;
}

export interface LibraryInfo {
  file: string;
  stories: number;
  /** The 20,000-word story the open and save figures use. */
  longStoryId: string;
  seconds: number;
}

const BATCH = 2_000;
/** Status mix of a desk's library years deep: most stories were sent long ago. */
const STATUS_MIX: readonly [StoryStatus, number][] = [['draft', 0.15], ['edited', 0.1], ['ready', 0.1], ['sent', 0.6], ['killed', 0.05]];
export const LONG_STORY_WORDS = 20_000;
/** Bumped whenever the generated text changes, so a cached library from an older generator is rebuilt. */
const GENERATOR_VERSION = 2;

/** 50-5,000 words, most between 300 and 1,000, as agency and newspaper copy runs. */
function storyLength(rand: Random): number {
  const roll = rand();
  if (roll < 0.1) return 50 + Math.floor(rand() * 250);
  if (roll < 0.8) return 300 + Math.floor(rand() * 700);
  if (roll < 0.97) return 1_000 + Math.floor(rand() * 1_500);
  return 2_500 + Math.floor(rand() * 2_500);
}

function statusFor(rand: Random): StoryStatus {
  let roll = rand();
  for (const [status, share] of STATUS_MIX) {
    if (roll < share) return status;
    roll -= share;
  }
  return 'draft';
}

/** The fields of one generated story of about `words` words. */
export function storyFields(rand: Random, index: number, words: number): StoryChanges {
  const topics = [Math.floor(rand() * topicCount()), Math.floor(rand() * topicCount())];
  const cast = castFor(rand);
  const place = cast.places[0];
  const source = pick(rand, SOURCES);
  const content: BodyNode[] = [];
  for (let left = words; left > 0; ) {
    const size = Math.min(left, 30 + Math.floor(rand() * 50));
    const roll = rand();
    if (roll < 0.04) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: paragraphText(rand, topics, cast, 5) }] });
    else if (roll < 0.08) {
      content.push({
        type: 'figure',
        attrs: { src: `sha256-${(index * 7919 + left).toString(16).padStart(12, '0')}`, alt: `${place} ${topicWord(rand, topics[0])}`, credit: `${source} Photo` },
        content: [{ type: 'text', text: paragraphText(rand, topics, cast, 12) }],
      });
    } else if (roll < 0.1) content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: paragraphText(rand, topics, cast, size) }] }] });
    else content.push({ type: 'paragraph', content: [{ type: 'text', text: paragraphText(rand, topics, cast, size) }] });
    left -= size;
  }
  const author = pick(rand, cast.people);
  return {
    slug: `${place}-${topicWord(rand, topics[0])}-${index}`.toUpperCase().replace(/[^A-Z0-9-]/g, '').slice(0, 24),
    headline: paragraphText(rand, topics, cast, 6 + Math.floor(rand() * 8)).replace(/\.$/, ''),
    standfirst: paragraphText(rand, topics, cast, 20 + Math.floor(rand() * 20)),
    byline: rand() < 0.8 ? `By ${author}` : '',
    dateline: { place: place.toUpperCase(), date: `2026-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`, source },
    body: { type: 'doc', content },
    credit: { line: `Compiled by ${author} from ${source} reports`, source },
    related: rand() < 0.3 ? [{ title: paragraphText(rand, topics, cast, 6), url: `https://news.example.org/${index}` }] : [],
    keywords: Array.from({ length: 1 + Math.floor(rand() * 4) }, () => topicWord(rand, pick(rand, topics))),
    urgency: 1 + Math.floor(rand() * 9),
    language: 'en',
  };
}

/**
 * Writes `stories` stories (the last one the 20,000-word story) to a new library at `file`.
 * The store's clock advances a minute per story so the library list has a real order.
 */
export function generateLibrary(options: LibraryOptions): LibraryInfo {
  const started = performance.now();
  const partial = `${options.file}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  let tick = Date.parse('2020-01-01T00:00:00Z');
  const store = new Store(partial, { now: () => new Date((tick += 30_000)) });
  const rand = seededRandom(options.seed ?? 7);
  let longStoryId = '';
  try {
    for (let first = 0; first < options.stories; first += BATCH) {
      const last = Math.min(options.stories, first + BATCH);
      const items = [];
      for (let index = first; index < last; index++) {
        const isLong = index === options.stories - 1;
        items.push({ fields: storyFields(rand, index, isLong ? LONG_STORY_WORDS : storyLength(rand)), status: isLong ? 'draft' : statusFor(rand) });
      }
      const created = store.importMany(items);
      if (last === options.stories) longStoryId = created[created.length - 1].id;
      options.onProgress?.(last);
    }
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    store.setSetting('bench', { stories: options.stories, seed: options.seed ?? 7, longStoryId, generator: GENERATOR_VERSION });
  } finally {
    store.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  renameSync(partial, options.file);
  return { file: options.file, stories: options.stories, longStoryId, seconds: (performance.now() - started) / 1000 };
}

/** The facts of a library this generator built earlier, or null if `file` is not one with `stories` stories. */
export function readLibraryInfo(file: string, stories: number): LibraryInfo | null {
  if (!existsSync(file)) return null;
  const store = new Store(file);
  try {
    const saved = store.getSetting<{ stories: number; longStoryId: string; generator?: number }>('bench');
    return saved && saved.stories === stories && saved.generator === GENERATOR_VERSION ? { file, stories, longStoryId: saved.longStoryId, seconds: 0 } : null;
  } finally {
    store.close();
  }
}

if (process.argv[1]?.endsWith('generateLibrary.ts')) {
  const { values } = parseArgs({ options: { stories: { type: 'string', default: '100000' }, out: { type: 'string' } } });
  if (!values.out) {
    console.error('usage: tsx tests/bench/generateLibrary.ts --stories N --out FILE');
    process.exit(2);
  }
  const info = generateLibrary({ stories: Number(values.stories), file: values.out, onProgress: (n) => process.stdout.write(`\r${n} stories`) });
  console.log(`\n${info.file}: ${info.stories} stories in ${info.seconds.toFixed(1)} s`);
}
