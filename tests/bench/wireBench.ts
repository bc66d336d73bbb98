import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_IMPORT_FILES } from '../../src/api/importExport';
import { runCli } from '../../main/cli/galley';
import { bodyParagraphs } from '../../src/story/body';
import { importDocument } from '../../src/wire/detect';
import { importPastedCopy } from '../../src/wire/pasteCopy';
import { exportStory } from '../../src/wire/index';
import { WIRE_FORMATS } from '../../src/wire/types';
import { generateCorpus } from '../fixtures/storyCorpus';
import { figure, timeCalls, type Figure } from './measure';

const IMPORT_FILES = 1_000;
const EXPORT_STORIES = 200;

/**
 * `galley import` of 1,000 NITF files (written by the NITF exporter from the corpus) into a
 * fresh library, in this process; the floor is parsing the same files without storing them.
 */
export async function benchImport(folder: string): Promise<Figure[]> {
  const dir = join(folder, 'nitf');
  mkdirSync(dir, { recursive: true });
  // Past the corpus' fixed edge cases (EDGES, indexes 0-9): the figure is for ordinary stories.
  const stories = generateCorpus(IMPORT_FILES + 10, 11, { wordsPerParagraph: 60 }).slice(10);
  const files = stories.map((story, i) => {
    const file = join(dir, `story-${i}.xml`);
    writeFileSync(file, exportStory(story, 'nitf').bytes);
    return file;
  });
  const runs: number[] = [];
  for (let run = 0; run < 2; run++) {
    const db = join(folder, `import-${run}.galley`);
    const started = performance.now();
    // One `galley import` per MAX_IMPORT_FILES files: the most one import takes, so what a desk would run.
    for (let first = 0; first < files.length; first += MAX_IMPORT_FILES) {
      const status = await runCli(['import', '--db', db, ...files.slice(first, first + MAX_IMPORT_FILES)], { out: () => {}, err: (t) => console.error(t) });
      if (status !== 0) throw new Error(`galley import exited ${status}`);
    }
    runs.push((performance.now() - started) / 1000);
  }
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const parse = await timeCalls(() => texts.forEach((text, i) => importDocument(text, `story-${i}.xml`)), 2, 1);
  return [
    figure('import', `galley import of ${IMPORT_FILES} NITF files, ${MAX_IMPORT_FILES} per command (whole run)`, runs, {
      unit: 's',
      floor: { name: 'parse only', samples: parse.map((ms) => ms / 1000) },
    }),
  ];
}

const PASTE_WORDS = 5_000;
const PASTE_RUNS = 60;

/**
 * A 5,000-word story pasted as a web page gives it: kicker, headline, standfirst, byline, time
 * line, a caption with its credit, a dateline, captions and a related block inside the body,
 * page furniture, closing credits.
 */
export function buildLongPaste(): string {
  const paragraphs = generateCorpus(40, 7, { wordsPerParagraph: 60 }).flatMap((story) => bodyParagraphs(story.body));
  const body: string[] = [];
  let words = 0;
  for (let i = 0; words < PASTE_WORDS; i++) {
    const text = paragraphs[i % paragraphs.length];
    body.push(i === 0 ? `KYIV, Ukraine (AP) — ${text}` : text);
    words += text.split(/\s+/u).length;
    if (i % 25 === 12) body.push('Advertisement', 'A crane unloads grain at the port of Odesa on Monday. (AP Photo/Jane Doe)');
    if (i % 40 === 20) body.push('RELATED COVERAGE', 'Grain corridor talks resume in Istanbul', 'What the export deal means for bread prices');
  }
  return [
    'WORLD NEWS',
    'Ukraine and Russia extend Black Sea grain deal for 120 days',
    'The deal lets ships leave three ports for another four months.',
    'By ANA RUIZ and LEE PARK',
    'Updated 10:37 AM EST, November 6, 2026',
    '5 min read',
    'A cargo ship loaded with grain leaves the port of Odesa. (AP Photo/Jane Doe)',
    ...body,
    '___',
    'Associated Press writer Lee Park contributed from Istanbul.',
    'Copyright 2026 The Associated Press. All rights reserved.',
  ].join('\n\n');
}

/** The paste importer on a 5,000-word web-page paste (issue 18's budget: under 50 ms). */
export async function benchPaste(): Promise<Figure[]> {
  const text = buildLongPaste();
  const samples = await timeCalls(() => importPastedCopy(text), PASTE_RUNS, 5);
  return [
    figure('paste import', `importPastedCopy, ${PASTE_WORDS.toLocaleString('en')}-word web-page paste`, samples, {
      target: { text: 'median < 50 ms', met: (f) => f.median < 50 },
    }),
  ];
}

/** Each format's exporter over 200 corpus stories, per story; the floor is JSON.stringify of the story. */
export async function benchExport(): Promise<Figure[]> {
  const stories = generateCorpus(EXPORT_STORIES, 5, { wordsPerParagraph: 60 });
  let i = 0;
  const floor = await timeCalls(() => JSON.stringify(stories[i++ % stories.length]), EXPORT_STORIES * 2);
  // One format at a time: timed calls that interleave would count each other's work.
  const figures: Figure[] = [];
  for (const format of WIRE_FORMATS) {
    let n = 0;
    const samples = await timeCalls(() => exportStory(stories[n++ % stories.length], format), EXPORT_STORIES * 2, 20);
    figures.push(figure('export', `${format}, per story`, samples, { floor: { name: 'JSON.stringify', samples: floor } }));
  }
  return figures;
}
