/**
 * Turns annotators' drafts (spans written as text, see docs/attribution-annotation-guide.md)
 * into gold files with offsets, in the format of ../shared/attribution/gold.
 *
 *   npx tsx tests/eval/attribution/buildGold.ts SETFOLDER [--quiet]
 *
 * SETFOLDER holds texts/NAME.txt and drafts/NAME.json (which names the story's address); gold/NAME.json
 * is written. Every text is from English Wikinews, CC BY 2.5. A span that cannot be found stops the build with its name, so a
 * typo in a draft never becomes a silently shifted span.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface DraftSpan {
  text: string;
  n?: number;
}

export interface DraftQuote {
  type: 'direct' | 'mixed' | 'indirect' | 'unattributed';
  cue?: DraftSpan;
  sources?: DraftSpan[];
  contents: DraftSpan[];
  resolves_to?: string;
  anonymous?: boolean;
  note?: string;
}

export interface Draft {
  document: string;
  /** The story's address on English Wikinews. */
  url: string;
  annotator: string;
  quotes: DraftQuote[];
  not_speech?: { text: string; kind: string }[];
}

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldQuote {
  type: DraftQuote['type'];
  cue?: GoldSpan;
  sources: GoldSpan[];
  contents: GoldSpan[];
  source_resolves_to?: string;
  anonymous?: boolean;
  note?: string;
}

const WORD = /[\p{L}\p{N}]/u;

/** Where `needle` occurs as whole words: "he" is not found inside "the". */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  const startsWord = WORD.test(needle[0] ?? '');
  const endsWord = WORD.test(needle.at(-1) ?? '');
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (startsWord && WORD.test(text[at - 1] ?? '')) continue;
    if (endsWord && WORD.test(text[at + needle.length] ?? '')) continue;
    found.push(at);
  }
  return found;
}

/** How far a span starting at `start` lies from the content span `near` (0 when inside it). */
function distance(start: number, length: number, near: GoldSpan): number {
  if (start + length <= near.start) return near.start - (start + length);
  return Math.max(0, start - near.end);
}

function placeSpan(text: string, span: DraftSpan, near: GoldSpan | undefined, where: string): GoldSpan {
  const at = occurrences(text, span.text);
  if (at.length === 0) throw new Error(`${where}: "${span.text}" is not in the text`);
  let start: number;
  if (span.n !== undefined) {
    if (span.n < 1 || span.n > at.length) throw new Error(`${where}: "${span.text}" occurs ${at.length} times, not ${span.n}`);
    start = at[span.n - 1]!;
  } else if (near === undefined) {
    start = at[0]!;
  } else {
    const length = span.text.length;
    start = at.reduce((best, s) => (distance(s, length, near) < distance(best, length, near) ? s : best), at[0]!);
  }
  return { start, end: start + span.text.length, text: span.text };
}

/** One draft to one gold document; throws naming the first span it cannot place. */
export function draftToGold(name: string, text: string, draft: Draft) {
  if (!/^https:\/\/en\.wikinews\.org\//.test(draft.url ?? '')) throw new Error(`${name}: the draft's url is not an English Wikinews address`);
  const quotes: GoldQuote[] = draft.quotes.map((quote, index) => {
    const where = `${name} quote ${index + 1}`;
    if (!quote.contents?.length) throw new Error(`${where}: no content span`);
    const contents = quote.contents.map((span) => placeSpan(text, span, undefined, `${where} content`));
    const anchor = contents[0]!;
    const gold: GoldQuote = {
      type: quote.type,
      sources: (quote.sources ?? []).map((span) => placeSpan(text, span, anchor, `${where} source`)),
      contents,
    };
    if (quote.cue) gold.cue = placeSpan(text, quote.cue, anchor, `${where} cue`);
    if (quote.resolves_to) gold.source_resolves_to = quote.resolves_to;
    if (quote.anonymous) gold.anonymous = true;
    if (quote.note) gold.note = quote.note;
    return gold;
  });
  return {
    document: name,
    annotator: draft.annotator,
    license: `CC BY 2.5 (text: English Wikinews, ${draft.url}; annotations: derivative, same licence)`,
    text,
    quotes,
    quote_marks_not_speech_or_other: draft.not_speech ?? [],
  };
}

function context(text: string, span: GoldSpan): string {
  return `…${text.slice(Math.max(0, span.start - 25), span.start)}[${span.text}]${text.slice(span.end, span.end + 25)}…`.replace(/\s+/g, ' ');
}

function main(): void {
  const [folder, flag] = process.argv.slice(2);
  if (!folder) {
    console.error('usage: tsx tests/eval/attribution/buildGold.ts SETFOLDER [--quiet]');
    process.exit(2);
  }
  mkdirSync(join(folder, 'gold'), { recursive: true });
  let failed = 0;
  for (const file of readdirSync(join(folder, 'drafts')).filter((f) => f.endsWith('.json')).sort()) {
    const name = basename(file, '.json');
    const textFile = join(folder, 'texts', `${name}.txt`);
    try {
      if (!existsSync(textFile)) throw new Error(`${name}: no texts/${name}.txt`);
      const text = readFileSync(textFile, 'utf8');
      const gold = draftToGold(name, text, JSON.parse(readFileSync(join(folder, 'drafts', file), 'utf8')) as Draft);
      writeFileSync(join(folder, 'gold', `${name}.json`), JSON.stringify(gold, null, 2) + '\n');
      console.log(`${name}: ${gold.quotes.length} attributions`);
      if (flag !== '--quiet') {
        for (const q of gold.quotes) {
          const parts = [...q.contents.map((s) => `content ${context(text, s)}`), ...q.sources.map((s) => `source ${context(text, s)}`)];
          if (q.cue) parts.push(`cue ${context(text, q.cue)}`);
          console.log(`  ${q.type}: ${parts.join('\n           ')}`);
        }
      }
    } catch (error) {
      failed += 1;
      console.error(`ERROR ${(error as Error).message}`);
    }
  }
  if (failed) {
    console.error(`${failed} draft(s) could not be built`);
    process.exit(1);
  }
}

if (process.argv[1]?.endsWith('buildGold.ts')) main();
