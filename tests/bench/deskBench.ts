// `npm run bench` part for the desk (issue 5): 1,000 generated stories rendered and validated
// against their schema, per format (target >= 2,000 stories/s each), then the same stories sent
// end to end (check, render, validate, temp file + fsync, commit, rename) to a temporary outbox.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createDeskServices } from '../../main/services/desk/deskServices';
import { loadValidators } from '../../main/services/desk/validators';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import { exportStory } from '../../src/wire/index';
import type { WireFormat } from '../../src/wire/types';
import { generateCorpus } from '../fixtures/storyCorpus';
import { tempFolder } from '../support/tempLibrary';

export interface DeskBenchResult {
  stories: number;
  /** Rendered and schema-validated, per format. */
  perFormat: Record<string, { storiesPerSecond: number; invalid: number }>;
  /** The whole send, both formats, through the services (readiness-failing corpus stories are made ready first). */
  send: { stories: number; files: number; storiesPerSecond: number };
  targetPerFormat: number;
}

const FORMATS: WireFormat[] = ['nitf', 'ninjs'];
const TARGET = 2_000;

export async function runDeskBench(count = 1_000, log: (line: string) => void = console.log): Promise<DeskBenchResult> {
  const corpus = generateCorpus(count, 7);
  const validators = await loadValidators();
  const perFormat: DeskBenchResult['perFormat'] = {};
  for (const format of FORMATS) {
    const validate = validators.forFormat(format)!;
    validate(exportStory(corpus[0], format).text); // compile outside the timing
    let invalid = 0;
    const started = performance.now();
    for (const [i, story] of corpus.entries()) {
      const result = exportStory(story, format, { sequence: i + 1, sentAt: '2026-11-06T12:00:00Z' });
      if (validate(result.text).length) invalid++;
    }
    const seconds = (performance.now() - started) / 1000;
    perFormat[format] = { storiesPerSecond: Math.round(count / seconds), invalid };
    log(`desk: ${format} rendered + validated ${count} stories at ${perFormat[format].storiesPerSecond}/s (target ${TARGET}/s), ${invalid} invalid`);
  }

  const folder = tempFolder('galley-bench-');
  try {
    const store = new Store(folder.file('bench.galley'));
    // The corpus is built for the wire's edges, not for readiness: give every story what the desk requires so all of them go.
    const ids = corpus.map((story, i) =>
      store.setStatus({
        id: store.createStory({
          ...story,
          slug: `BENCH-${i}`,
          headline: story.headline.slice(0, 60) || `Story ${i}`,
          dateline: { place: 'Kyiv', date: '2026-11-06', source: 'AFP' },
          credit: { line: 'Compiled from AFP reports', source: 'AFP' },
          body: { type: 'doc', content: story.body.content.filter((node) => node.type !== 'figure') },
          related: [],
          embargo: null,
        }).id,
        status: 'ready',
      }).id,
    );
    const desk = createDeskServices(inProcessStore(store), { now: () => new Date('2026-11-06T12:00:00Z') });
    await desk.saveDestination({ destination: { name: 'Bench', folder: join(folder.dir, 'outbox'), formats: ['nitf', 'ninjs'], fileNamePattern: '{slug}-{seq}.{ext}' } });
    const started = performance.now();
    const result = await desk.sendStories({ ids, destination: 'Bench' });
    const seconds = (performance.now() - started) / 1000;
    const sent = result.outcomes.filter((o) => o.sent);
    const skipped = result.outcomes.filter((o) => !o.sent);
    if (skipped.length) log(`desk: ${skipped.length} skipped, e.g. ${JSON.stringify(skipped[0])}`);
    const send = { stories: sent.length, files: sent.length * 2, storiesPerSecond: Math.round(sent.length / seconds) };
    log(`desk: sent ${send.stories} stories (${send.files} files, fsync each) end to end at ${send.storiesPerSecond}/s`);
    store.close();
    return { stories: count, perFormat, send, targetPerFormat: TARGET };
  } finally {
    folder.cleanup();
    rmSync(folder.dir, { recursive: true, force: true });
  }
}
