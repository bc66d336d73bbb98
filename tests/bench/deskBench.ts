// `npm run bench` part for the desk (issue 5): 1,000 generated stories rendered and validated
// against their schema, per format (target >= 2,000 stories/s each), then stories sent end to
// end (check, render, validate, temp file + fsync, commit, rename) to a temporary outbox.
//
// Each figure is the median of several timed passes after an untimed warm-up pass (schemas
// compiled, code optimised, workers started), with the slowest pass as its p95 end: one cold
// pass measured mostly the compiler. Rendering is measured twice in the same run, on the wire
// worker pool the desk uses and on one thread in-process, so the ratio between them holds on
// a noisy machine even when the absolute figures move.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { createDeskServices } from '../../main/services/desk/deskServices';
import type { RenderJob } from '../../node/renderFile';
import { inProcessRenderer, openWirePool, type WireRenderer } from '../../main/services/desk/wirePool';
import { Store } from '../../main/store/store';
import { inProcessStore } from '../../main/store/storePort';
import type { Story } from '../../src/story/story';
import type { WireFormat } from '../../src/wire/types';
import { generateCorpus } from '../fixtures/storyCorpus';
import { tempFolder } from '../support/tempLibrary';
import { median, percentile } from './measure';

/** Rates of the timed passes: the median, and the p95 end (the rate of the p95-slowest pass). */
export interface Rate {
  storiesPerSecond: number;
  p95StoriesPerSecond: number;
  passes: number;
}

export interface DeskBenchResult {
  stories: number;
  /** Rendered and schema-validated on the wire worker pool (what the desk uses), per format; `inProcess` on one thread. */
  perFormat: Record<string, Rate & { invalid: number; workers: number; inProcess: Rate }>;
  /** The whole send, both formats, through the services on the worker pool (corpus stories are made ready first). */
  send: Rate & { stories: number; files: number };
  targetPerFormat: number;
}

export interface DeskBenchOptions {
  /** Timed passes after the warm-up. Default 5. */
  passes?: number;
  /** The built wire worker. Default out/main/wireWorker.cjs (npm run bench builds it). */
  workerFile?: string;
}

const FORMATS: WireFormat[] = ['nitf', 'ninjs'];
const TARGET = 2_000;
const SENT_AT = '2026-11-06T12:00:00Z';
/** Stories per send pass: each pass needs stories never sent, and a send fsyncs every file. */
const SEND_PASS = 100;

/** Rates from pass durations in seconds. */
function rate(stories: number, seconds: number[]): Rate {
  return { storiesPerSecond: Math.round(stories / median(seconds)), p95StoriesPerSecond: Math.round(stories / percentile(seconds, 95)), passes: seconds.length };
}

/** One warm-up pass, then `passes` timed ones; returns their durations in seconds. */
async function timePasses(passes: number, pass: () => Promise<unknown>): Promise<number[]> {
  await pass();
  const seconds: number[] = [];
  for (let i = 0; i < passes; i++) {
    const started = performance.now();
    await pass();
    seconds.push((performance.now() - started) / 1000);
  }
  return seconds;
}

/** Every story through the renderer, one batch per story as a send does, all in flight at once. */
async function renderAll(renderer: WireRenderer, corpus: readonly Story[], format: WireFormat): Promise<number> {
  const jobs = corpus.map((story, i): RenderJob => ({ story, format, want: 'bytes', options: { sequence: i + 1, sentAt: SENT_AT } }));
  const files = await Promise.all(jobs.map((job) => renderer.render([job])));
  return files.filter(([file]) => file.invalid.length).length;
}

export async function runDeskBench(count = 1_000, log: (line: string) => void = console.log, options: DeskBenchOptions = {}): Promise<DeskBenchResult> {
  const passes = options.passes ?? 5;
  const workerFile = resolve(options.workerFile ?? 'out/main/wireWorker.cjs');
  if (!existsSync(workerFile)) throw new Error(`${workerFile} is missing: run \`node scripts/build.mjs\` first.`);
  const corpus = generateCorpus(count, 7);
  const pool = openWirePool(workerFile);
  const local = inProcessRenderer();
  const workers = Math.min(4, availableParallelism());
  try {
    const perFormat: DeskBenchResult['perFormat'] = {};
    for (const format of FORMATS) {
      let invalid = 0;
      const onPool = rate(count, await timePasses(passes, async () => (invalid = await renderAll(pool, corpus, format))));
      const inProcess = rate(count, await timePasses(passes, () => renderAll(local, corpus, format)));
      perFormat[format] = { ...onPool, invalid, workers, inProcess };
      log(
        `desk: ${format} rendered + validated ${count} stories, median of ${passes} passes: ${onPool.storiesPerSecond}/s on ${workers} workers ` +
          `(slowest ${onPool.p95StoriesPerSecond}/s), ${inProcess.storiesPerSecond}/s in-process, ${(onPool.storiesPerSecond / inProcess.storiesPerSecond).toFixed(2)}x; target ${TARGET}/s; ${invalid} invalid`,
      );
    }
    const send = await benchSend(corpus, pool, passes, log);
    return { stories: count, perFormat, send, targetPerFormat: TARGET };
  } finally {
    await pool.close();
  }
}

/** Sends SEND_PASS never-sent stories per pass (plus a warm-up pass) through the desk services. */
async function benchSend(corpus: readonly Story[], renderer: WireRenderer, passes: number, log: (line: string) => void): Promise<DeskBenchResult['send']> {
  const folder = tempFolder('galley-bench-');
  const store = new Store(folder.file('bench.galley'));
  try {
    const needed = SEND_PASS * (passes + 1);
    // The corpus is built for the wire's edges, not for readiness: give every story what the desk requires so all of them go.
    const ids = Array.from({ length: needed }, (_, i) => {
      const story = corpus[i % corpus.length];
      const { id } = store.createStory({
        ...story,
        slug: `BENCH-${i}`,
        headline: story.headline.slice(0, 60) || `Story ${i}`,
        dateline: { place: 'Kyiv', date: '2026-11-06', source: 'AFP' },
        credit: { line: 'Compiled from AFP reports', source: 'AFP' },
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Story ${i}.` }] }, ...story.body.content.filter((node) => node.type !== 'figure')] },
        related: [],
        embargo: null,
      });
      return store.setStatus({ id, status: 'ready' }).id;
    });
    const desk = createDeskServices(inProcessStore(store), { now: () => new Date(SENT_AT), renderer });
    await desk.saveDestination({ destination: { name: 'Bench', folder: join(folder.dir, 'outbox'), formats: ['nitf', 'ninjs'], fileNamePattern: '{slug}-{seq}.{ext}' } });
    let next = 0;
    let sent = 0;
    let skipped: unknown;
    const seconds = await timePasses(passes, async () => {
      const result = await desk.sendStories({ ids: ids.slice(next, next + SEND_PASS), destination: 'Bench' });
      next += SEND_PASS;
      sent += result.outcomes.filter((o) => o.sent).length;
      skipped ??= result.outcomes.find((o) => !o.sent);
    });
    if (skipped) log(`desk: some stories were skipped, e.g. ${JSON.stringify(skipped)}`);
    const send = { ...rate(SEND_PASS, seconds), stories: sent, files: sent * 2 };
    log(`desk: sent ${SEND_PASS} stories (${SEND_PASS * 2} files, fsync each) end to end, median of ${passes} passes: ${send.storiesPerSecond}/s (slowest ${send.p95StoriesPerSecond}/s)`);
    return send;
  } finally {
    store.close();
    folder.cleanup();
  }
}
