import Database from 'better-sqlite3';
import type { MethodInput, MethodName, MethodResult } from '../../src/api/contract';
import type { BodyNode } from '../../src/story/body';
import type { Story } from '../../src/story/story';
import { dispatch } from '../../main/services/dispatch';
import type { ServiceHandlers } from '../../main/services/services';
import { SUMMARY_COLUMNS } from '../../main/store/storyRows';
import { figure, timeCalls, type Figure } from './measure';

const PAGE = 100;

async function call<K extends MethodName>(services: ServiceHandlers, name: K, input: MethodInput<K>): Promise<MethodResult<K>> {
  const result = await dispatch(services, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as MethodResult<K>;
}

/**
 * The library list sorted by last change, as the library view loads it: the first page (with
 * the total it shows), then page after page by cursor down to the last story. The floor is the
 * same keyset SELECT on a raw handle, without the total, the worker hop or validation.
 */
export async function benchList(services: ServiceHandlers, file: string): Promise<Figure[]> {
  const raw = new Database(file, { readonly: true });
  const rawFirst = raw.prepare(`SELECT seq, ${SUMMARY_COLUMNS} FROM stories WHERE deleted_at IS NULL ORDER BY updated_at DESC, seq DESC LIMIT ?`);
  const rawAfter = raw.prepare(
    `SELECT seq, ${SUMMARY_COLUMNS} FROM stories WHERE deleted_at IS NULL AND (updated_at, seq) < (?, ?) ORDER BY updated_at DESC, seq DESC LIMIT ?`,
  );
  try {
    const first = await timeCalls(() => call(services, 'listStories', { limit: PAGE }), 30);
    const firstRaw = await timeCalls(() => rawFirst.all(PAGE), 30);
    // Every page of the library, as Show more fetches them, each beside the raw page it asks for.
    const scroll: number[] = [];
    const scrollRaw: number[] = [];
    let page = await call(services, 'listStories', { limit: PAGE });
    let last = (rawFirst.all(PAGE) as { seq: number; updated_at: string }[]).at(-1);
    let shown = page.stories.length;
    while (page.next && last) {
      const after = page.next;
      const [ours] = await timeCalls(async () => (page = await call(services, 'listStories', { limit: PAGE, after })), 1, 0);
      const position = last;
      let rows: { seq: number; updated_at: string }[] = [];
      const [floor] = await timeCalls(() => (rows = rawAfter.all(position.updated_at, position.seq, PAGE) as typeof rows), 1, 0);
      scroll.push(ours);
      scrollRaw.push(floor);
      last = rows.at(-1);
      shown += page.stories.length;
    }
    if (shown !== page.total) throw new Error(`paging showed ${shown} stories of ${page.total}`);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return [
      figure('list', `first page (${PAGE}) by last change, with the total`, first, { floor: { name: 'raw SELECT', samples: firstRaw } }),
      figure('list', `scroll to the end by cursor: a page of ${PAGE} (all ${scroll.length + 1} pages)`, scroll, {
        floor: { name: 'raw keyset SELECT', samples: scrollRaw },
        note: `last page ${scroll.at(-1)?.toFixed(1)} ms; whole scroll ${(sum(scroll) / 1000).toFixed(1)} s (raw ${(sum(scrollRaw) / 1000).toFixed(1)} s); ${shown} stories shown, as counted`,
      }),
    ];
  } finally {
    raw.close();
  }
}

/** The body with paragraph `index` (counting paragraphs only) given new text. */
function withParagraph(body: Story['body'], index: number, text: string): Story['body'] {
  let seen = -1;
  const content = body.content.map((node: BodyNode) => {
    if (node.type !== 'paragraph') return node;
    seen += 1;
    return seen === index ? { type: 'paragraph', content: [{ type: 'text', text }] } : node;
  });
  return { ...body, content };
}

/** Opening and saving the 20,000-word story, and what each revision adds to the library. */
export async function benchLongStory(services: ServiceHandlers, file: string, id: string): Promise<Figure[]> {
  const raw = new Database(file);
  try {
    const rawGet = raw.prepare('SELECT * FROM stories WHERE id = ?');
    const open = await timeCalls(() => call(services, 'getStory', { id }), 20);
    const openRaw = await timeCalls(() => rawGet.get(id), 20);
    const storyBytes = Buffer.byteLength(JSON.stringify(await call(services, 'getStory', { id })));

    let n = 0;
    const save = async (revision?: 'save') => {
      const story = await call(services, 'getStory', { id });
      n += 1;
      await call(services, 'saveStory', { id, baseVersion: story.version, changes: { body: withParagraph(story.body, n % 50, `Edited paragraph ${n}: the minister said the talks would resume on Tuesday.`) }, revision });
    };
    // The floor of a save: the same row update with the same body on a raw handle, one transaction.
    const rawUpdate = raw.prepare('UPDATE stories SET body = ?, version = version + 1 WHERE id = ?');
    const rawSave = () => {
      const row = rawGet.get(id) as { body: string };
      raw.transaction(() => rawUpdate.run(row.body, id)).immediate();
    };
    const getCost = await timeCalls(() => call(services, 'getStory', { id }), 10);
    const autosave = await timeCalls(() => save(), 20);
    const withRevision = await timeCalls(() => save('save'), 20);
    const rawSaves = await timeCalls(rawSave, 20);
    const revisions = await call(services, 'listRevisions', { id });
    const deltas = revisions.filter((r) => r.kind === 'save').slice(0, 20).map((r) => r.bytes);
    const getMedian = [...getCost].sort((a, b) => a - b)[Math.floor(getCost.length / 2)];
    return [
      figure('open', 'getStory, 20,000-word story', open, { floor: { name: 'raw SELECT row', samples: openRaw }, note: `${(storyBytes / 1e6).toFixed(2)} MB as JSON` }),
      figure('save', 'autosave: one paragraph changed (get + save)', autosave, { floor: { name: 'raw UPDATE same row', samples: rawSaves }, note: `includes a getStory of ~${getMedian.toFixed(1)} ms` }),
      figure('save', 'explicit save with revision (get + save)', withRevision, { floor: { name: 'raw UPDATE same row', samples: rawSaves } }),
      figure('save', 'bytes a one-paragraph revision adds', deltas, {
        unit: 'bytes',
        note: `story is ${storyBytes} bytes; a revision is ${((100 * (deltas[0] ?? 0)) / storyBytes).toFixed(2)}% of it`,
        target: { text: 'grows with the change (< 5% of the story)', met: (f) => f.p95 < storyBytes * 0.05 },
      }),
    ];
  } finally {
    raw.close();
  }
}
