// Every importer, with mutated exports of the corpus and with random input: it returns stories or
// throws ImportError (a message for the user), never another exception, and never hangs.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { storyChangesSchema } from '../../src/story/story';
import { importDocument } from '../../src/wire/detect';
import { exportStory } from '../../src/wire/index';
import { importNewsml } from '../../src/wire/newsml';
import { importNinjs } from '../../src/wire/ninjs';
import { importNitf } from '../../src/wire/nitf';
import { importPastedCopy } from '../../src/wire/pasteCopy';
import { ImportError, type ImportResult } from '../../src/wire/types';
import { generateCorpus } from '../fixtures/storyCorpus';
import { mutated, nested, RUNS, timeoutFor, withinTimeBound } from './fuzzKit';

const corpus = generateCorpus(40, 3, { wordsPerParagraph: 20, blocksPerStory: 6 });
const seeds = (format: 'nitf' | 'newsml' | 'ninjs' | 'text') => corpus.map((story) => exportStory(story, format).text);

/** Imports `text`; anything thrown must be an ImportError, and what is imported must be storable. */
function importsCleanly(importer: (text: string) => ImportResult, text: string): void {
  let result: ImportResult;
  try {
    result = withinTimeBound(() => importer(text));
  } catch (error) {
    if (error instanceof ImportError) {
      expect(error.message.length).toBeGreaterThan(0);
      return;
    }
    throw error;
  }
  for (const story of result.stories) {
    const parsed = storyChangesSchema.safeParse(story.fields);
    expect(parsed.success, parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')).toBe(true);
  }
}

const TARGETS = [
  { name: 'NITF', importer: importNitf, seeds: seeds('nitf'), nest: nested('<p>', '</p>', 5_000) },
  { name: 'NewsML-G2', importer: importNewsml, seeds: seeds('newsml'), nest: nested('<inlineXML>', '</inlineXML>', 5_000) },
  { name: 'ninjs', importer: importNinjs, seeds: seeds('ninjs'), nest: `{"uri":"x","headlines":[{"value":"h"}],"a":${nested('[', ']', 50_000, '1')}}` },
  { name: 'pasted copy', importer: (text: string) => importPastedCopy(text), seeds: seeds('text'), nest: nested('> ', '', 5_000, 'quote') },
  { name: 'importDocument (format detection)', importer: (text: string) => importDocument(text, 'fuzz.xml'), seeds: [...seeds('nitf'), ...seeds('ninjs')], nest: nested('<nitf>', '</nitf>', 5_000) },
] as const;

describe.each(TARGETS)('$name importer', ({ importer, seeds: texts, nest }) => {
  // The first call compiles the importer's patterns and loads the date parser: a one-time cost the time bound is not about.
  beforeAll(() => {
    for (const text of texts.slice(0, 2)) {
      try {
        importer(text);
      } catch {
        // Only the warming matters here; what each input gives is the properties' to check.
      }
    }
  });

  it(`survives ${RUNS} mutated exports`, () => {
    fc.assert(fc.property(mutated(texts), (text) => importsCleanly(importer, text)), { numRuns: RUNS });
  }, timeoutFor(50));

  it(`survives ${RUNS} random inputs`, () => {
    const input = fc.oneof(fc.string({ unit: 'binary', maxLength: 2_000 }), fc.string({ unit: 'grapheme', maxLength: 500 }), fc.json({ maxDepth: 6 }));
    fc.assert(fc.property(input, (text) => importsCleanly(importer, text)), { numRuns: RUNS });
  }, timeoutFor(20));

  it('refuses or imports deep nesting without overflowing the stack', () => {
    importsCleanly(importer, nest);
  });
});
