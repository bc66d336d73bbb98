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

/** The library list sorted by last change: the first page, and every page down to the end. */
export async function benchList(services: ServiceHandlers, file: string): Promise<Figure[]> {
  const raw = new Database(file, { readonly: true });
  const rawPage = raw.prepare(`SELECT ${SUMMARY_COLUMNS} FROM stories WHERE deleted_at IS NULL ORDER BY updated_at DESC, seq DESC LIMIT ? OFFSET ?`);
  try {
    const first = await timeCalls(() => call(services, 'listStories', { limit: PAGE, offset: 0 }), 30);
    const firstRaw = await timeCalls(() => rawPage.all(PAGE, 0), 30);
    const { total } = await call(services, 'listStories', { limit: 1, offset: 0 });
    // Every page of a 100k library is 1,000 pages; 40 pages spread evenly down to the last one
    // show how a page's cost grows with its offset, and give the whole scroll by extrapolation.
    const pages = Math.ceil(total / PAGE);
    const sampled = [...new Set(Array.from({ length: 40 }, (_, i) => Math.round((i * (pages - 1)) / 39)))];
    const scroll: number[] = [];
    const scrollRaw: number[] = [];
    for (const page of sampled) {
      scroll.push(...(await timeCalls(() => call(services, 'listStories', { limit: PAGE, offset: page * PAGE }), 1, 0)));
      scrollRaw.push(...(await timeCalls(() => rawPage.all(PAGE, page * PAGE), 1, 0)));
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    return [
      figure('list', `first page (${PAGE}) by last change`, first, { floor: { name: 'raw SELECT', samples: firstRaw } }),
      figure('list', `scroll to the end: a page of ${PAGE} (${scroll.length} of ${pages} pages, evenly spaced)`, scroll, {
        floor: { name: 'raw SELECT', samples: scrollRaw },
        note: `last page ${scroll[scroll.length - 1].toFixed(0)} ms; whole scroll about ${((sum(scroll) / scroll.length) * pages / 1000).toFixed(0)} s (raw ${((sum(scrollRaw) / scrollRaw.length) * pages / 1000).toFixed(0)} s)`,
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
