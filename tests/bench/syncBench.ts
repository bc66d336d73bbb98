// `npx tsx tests/bench/syncBench.ts [--stories N]`: the desktop sync agent's figures, against a
// real newsroom server (in-process, SQLite) and a real library:
//   - `galley sync` of N stories the first time, and again once they are in step;
//   - the save of a one-paragraph edit to a 20,000-word shared story: time, and the size of the
//     update kept for the server, beside the same save of a story that is not shared.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../../main/cli/galley';
import { Store } from '../../main/store/store';
import { startNewsroom } from '../../server/newsroom';
import { openSqliteStore } from '../../server/store/sqliteStore';
import { newToken } from '../../server/store/store';
import { bodyFromParagraphs } from '../../src/story/body';
import { withParagraph } from '../../src/story/fieldEdits';
import type { Story } from '../../src/story/story';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '200' } } });
const count = Number(values.stories);
const dir = mkdtempSync(join(tmpdir(), 'galley-sync-bench-'));
const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];

async function timedSync(library: string): Promise<number> {
  const started = performance.now();
  const code = await runCli(['--db', library, 'sync'], { out: () => {}, err: (text) => console.error(text) });
  if (code !== 0) throw new Error('sync failed');
  return performance.now() - started;
}

async function syncFigures(): Promise<void> {
  const store = openSqliteStore(join(dir, 'newsroom'));
  const newsroom = await startNewsroom({ store, log: () => {}, port: 0, host: '127.0.0.1' });
  try {
    const { token, tokenHash } = newToken();
    await store.addMember({ name: 'bench', role: 'editor' }, tokenHash);
    const library = join(dir, 'sync.galley');
    const local = new Store(library);
    const paragraphs = (i: number) => Array.from({ length: 20 }, (_, p) => `Paragraph ${p} of story ${i}, a sentence of ordinary length for a news story.`);
    local.importMany(Array.from({ length: count }, (_, i) => ({ fields: { headline: `Story ${i}`, body: bodyFromParagraphs(paragraphs(i)) } })));
    local.close();
    await runCli(['--db', library, 'connect', newsroom.url, '--token', token], { out: () => {}, err: () => {} });
    const first = await timedSync(library);
    await timedSync(library);
    const inStep = [await timedSync(library), await timedSync(library), await timedSync(library)];
    console.log(`galley sync, ${count} stories, first time: ${first.toFixed(0)} ms`);
    console.log(`galley sync, ${count} stories in step: median of 3 ${median(inStep).toFixed(0)} ms`);
  } finally {
    await newsroom.stop();
  }
}

function saveFigures(): void {
  const store = new Store(join(dir, 'save.galley'));
  const words = (i: number) => Array.from({ length: 40 }, (_, w) => `word${i}x${w}`).join(' ');
  const body = bodyFromParagraphs(Array.from({ length: 500 }, (_, i) => words(i)));
  const edits = (story: Story, times: number): { story: Story; ms: number[] } => {
    const ms: number[] = [];
    for (let i = 0; i < times; i++) {
      const started = performance.now();
      story = store.saveStory({ id: story.id, baseVersion: story.version, changes: { body: withParagraph(story.body, `New paragraph ${i}.`) } });
      ms.push(performance.now() - started);
    }
    return { story, ms };
  };
  const alone = edits(store.createStory({ headline: 'Not shared', body }), 9);
  const sharedStory = store.createStory({ headline: 'Shared', body });
  store.shareLocalStories();
  const shared = edits(sharedStory, 9);
  const pending = store.sharedStoryState(sharedStory.id)!.pending;
  console.log(`one-paragraph save of a 20,000-word story: not shared ${median(alone.ms).toFixed(1)} ms, shared ${median(shared.ms).toFixed(1)} ms (medians of 9)`);
  console.log(`update kept for the server per such save: ${pending.at(-1)!.update.byteLength} bytes (the story's one conversion: ${pending[0].update.byteLength} bytes)`);
  store.close();
}

try {
  await syncFigures();
  saveFigures();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
