/**
 * Scoring for the attribution checker, as ../shared/attribution/README.md defines it, shared by
 * the eval script (tests/bench/evalAttribution.ts) and the regression test
 * (tests/unit/attribution/devset.test.ts).
 *
 * - Match, under one of two rules: "half" (the shared README's) when a finding's content span
 *   covers at least half of the gold contents' total length; "overlap" (the issue's table) when
 *   it overlaps them at all. Matching is one-to-one, best coverage first.
 * - Quotes: gold quotes with quotation marks (types "direct" and "mixed") against findings that
 *   stand for one of those types; precision, recall, F1. Direct alone is kept for the floors.
 * - All kinds: every gold quote against every finding, kind ignored for the match.
 * - Speaker: of the all-kinds matches, the share whose predicted source span overlaps a gold
 *   source span, or whose speaker equals `source_resolves_to` (case-insensitive; we also ignore
 *   a leading "the" and runs of spaces). A gold quote with neither sources nor resolves_to is
 *   unattributed: right when the finding names nobody either.
 * - Resolution (stricter, ours): of the matches whose gold has `source_resolves_to`, the share
 *   whose speaker equals it. Span overlap alone does not count here.
 * - Kind mapping, for kind accuracy: Galley's "according-to" is what the gold calls "indirect"
 *   (or "mixed" when its content holds a quotation mark); the other kinds map to themselves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../src/attribution';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export type GoldType = 'direct' | 'mixed' | 'indirect' | 'unattributed';

export interface GoldQuote {
  type: GoldType;
  /** Null only in Galley's fixtures, for a quote paragraph that continues the previous speaker without a cue. */
  cue: GoldSpan | null;
  sources: GoldSpan[];
  contents: GoldSpan[];
  source_resolves_to?: string;
  note?: string;
}

export interface GoldStory {
  document: string;
  license?: string;
  text: string;
  quotes: GoldQuote[];
  quote_marks_not_speech_or_other: { text: string; kind: string }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** How much of a gold span a finding must cover to match it (see the file comment). */
export type MatchRule = 'half' | 'overlap';
export const MATCH_RULES: readonly MatchRule[] = ['overlap', 'half'];

export interface StoryScore {
  direct: Counts;
  quotes: Counts;
  all: Counts;
  speaker: { correct: number; total: number };
  resolution: { correct: number; total: number };
  kind: { correct: number; total: number };
  /** Findings sitting on quotation marks the gold says are not speech. */
  nonSpeechReported: number;
  /** Per-quote detail for debugging: gold quotes missed and findings unmatched. */
  missed: GoldQuote[];
  spurious: Finding[];
  wrongSpeaker: { gold: GoldQuote; finding: Finding }[];
}

export interface Figures {
  stories: number;
  direct: { precision: number; recall: number; f1: number } & Counts;
  quotes: { precision: number; recall: number; f1: number } & Counts;
  all: { precision: number; recall: number; f1: number } & Counts;
  speakerAccuracy: number;
  resolutionAccuracy: number;
  kindAccuracy: number;
  nonSpeechReported: number;
}

/** The gold type a finding's kind stands for (see the file comment). */
export function goldTypeOf(finding: Finding, text: string): GoldType {
  if (finding.kind !== 'according-to') return finding.kind;
  return /["“”„«»]/u.test(text.slice(finding.content.start, finding.content.end)) ? 'mixed' : 'indirect';
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function goldLength(quote: GoldQuote): number {
  return quote.contents.reduce((sum, c) => sum + (c.end - c.start), 0);
}

/** Share of the gold contents covered by the finding's content (0..1). */
function coverage(finding: Finding, quote: GoldQuote): number {
  const length = goldLength(quote);
  if (length === 0) return 0;
  return quote.contents.reduce((sum, c) => sum + overlap(finding.content, c), 0) / length;
}

function matches(score: number, rule: MatchRule): boolean {
  return rule === 'half' ? score >= 0.5 : score > 0;
}

/** One-to-one matching: pairs the rule accepts, best coverage first. */
export function matchQuotes(gold: readonly GoldQuote[], findings: readonly Finding[], rule: MatchRule = 'half'): [GoldQuote, Finding][] {
  const candidates: { g: number; f: number; score: number }[] = [];
  gold.forEach((quote, g) =>
    findings.forEach((finding, f) => {
      const score = coverage(finding, quote);
      if (matches(score, rule)) candidates.push({ g, f, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.f - b.f);
  const usedGold = new Set<number>();
  const usedFindings = new Set<number>();
  const pairs: [GoldQuote, Finding][] = [];
  for (const { g, f } of candidates) {
    if (usedGold.has(g) || usedFindings.has(f)) continue;
    usedGold.add(g);
    usedFindings.add(f);
    pairs.push([gold[g], findings[f]]);
  }
  return pairs;
}

function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\s+/gu, ' ').trim().replace(/^the /u, '');
}

/** The README's speaker rule (see the file comment). */
export function speakerMatches(gold: GoldQuote, finding: Finding): boolean {
  const resolvesTo = gold.source_resolves_to;
  if (resolvesTo && finding.speaker && normaliseName(finding.speaker) === normaliseName(resolvesTo)) return true;
  if (gold.sources.length > 0) return finding.source !== null && gold.sources.some((s) => overlap(s, finding.source!) > 0);
  if (resolvesTo) return false;
  return finding.source === null && finding.speaker === null;
}

/** Every occurrence of each not-speech quotation in the gold text. */
function nonSpeechSpans(story: GoldStory): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const mark of story.quote_marks_not_speech_or_other) {
    for (let at = story.text.indexOf(mark.text); at >= 0; at = story.text.indexOf(mark.text, at + 1)) {
      spans.push({ start: at, end: at + mark.text.length });
    }
  }
  return spans;
}

const isQuoteType = (type: GoldType): boolean => type === 'direct' || type === 'mixed';

export function scoreStory(story: GoldStory, findings: readonly Finding[], rule: MatchRule = 'half'): StoryScore {
  const directGold = story.quotes.filter((q) => q.type === 'direct');
  const directFound = findings.filter((f) => f.kind === 'direct');
  const directPairs = matchQuotes(directGold, directFound, rule);
  const quoteGold = story.quotes.filter((q) => isQuoteType(q.type));
  const quoteFound = findings.filter((f) => isQuoteType(goldTypeOf(f, story.text)));
  const quotePairs = matchQuotes(quoteGold, quoteFound, rule);
  const pairs = matchQuotes(story.quotes, findings, rule);
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedFindings = new Set(pairs.map(([, f]) => f));
  const speakerPairs = pairs.filter(([g, f]) => speakerMatches(g, f));
  const resolvable = pairs.filter(([g]) => g.source_resolves_to);
  const nonSpeech = nonSpeechSpans(story);
  return {
    direct: { tp: directPairs.length, fp: directFound.length - directPairs.length, fn: directGold.length - directPairs.length },
    quotes: { tp: quotePairs.length, fp: quoteFound.length - quotePairs.length, fn: quoteGold.length - quotePairs.length },
    all: { tp: pairs.length, fp: findings.length - pairs.length, fn: story.quotes.length - pairs.length },
    speaker: { correct: speakerPairs.length, total: pairs.length },
    resolution: {
      correct: resolvable.filter(([g, f]) => f.speaker !== null && normaliseName(f.speaker) === normaliseName(g.source_resolves_to!)).length,
      total: resolvable.length,
    },
    kind: { correct: pairs.filter(([g, f]) => goldTypeOf(f, story.text) === g.type).length, total: pairs.length },
    nonSpeechReported: findings.filter((f) => nonSpeech.some((s) => overlap(s, f.content) >= (s.end - s.start) / 2 && f.content.end - f.content.start <= (s.end - s.start) + 4)).length,
    missed: story.quotes.filter((q) => !matchedGold.has(q)),
    spurious: findings.filter((f) => !matchedFindings.has(f)),
    wrongSpeaker: pairs.filter(([g, f]) => !speakerMatches(g, f)).map(([gold, finding]) => ({ gold, finding })),
  };
}

function prf(counts: Counts): { precision: number; recall: number; f1: number } & Counts {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

function ratio(part: { correct: number; total: number }): number {
  return part.total === 0 ? 1 : part.correct / part.total;
}

/** Micro-averaged figures over a set of stories. */
export function summarise(scores: readonly StoryScore[]): Figures {
  const add = (pick: (s: StoryScore) => Counts): Counts =>
    scores.reduce((sum, s) => ({ tp: sum.tp + pick(s).tp, fp: sum.fp + pick(s).fp, fn: sum.fn + pick(s).fn }), { tp: 0, fp: 0, fn: 0 });
  const sum = (pick: (s: StoryScore) => { correct: number; total: number }) =>
    scores.reduce((acc, s) => ({ correct: acc.correct + pick(s).correct, total: acc.total + pick(s).total }), { correct: 0, total: 0 });
  return {
    stories: scores.length,
    direct: prf(add((s) => s.direct)),
    quotes: prf(add((s) => s.quotes)),
    all: prf(add((s) => s.all)),
    speakerAccuracy: ratio(sum((s) => s.speaker)),
    resolutionAccuracy: ratio(sum((s) => s.resolution)),
    kindAccuracy: ratio(sum((s) => s.kind)),
    nonSpeechReported: scores.reduce((n, s) => n + s.nonSpeechReported, 0),
  };
}

// ---------------------------------------------------------------------------------------------
// The development sets: the shared Wikinews gold stories (read in place, never copied), Galley's
// own fixtures (files named heldout-*.json were kept out of tuning), and every folder under
// tests/eval/attribution/, each a set annotated by people who never saw the checker.

export type DevSource = 'wikinews' | 'own' | 'heldout' | 'eval';

export interface DevStory {
  name: string;
  source: DevSource;
  /** The set it is reported under: "shared wikinews", "own", or its folder under tests/eval/attribution/. */
  set: string;
  story: GoldStory;
}

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_GOLD_DIR = join(repoRoot, '..', 'shared', 'attribution', 'gold');
export const OWN_FIXTURE_DIR = join(repoRoot, 'tests', 'fixtures', 'attribution');
export const EVAL_DIR = join(repoRoot, 'tests', 'eval', 'attribution');

function isGoldStory(value: unknown): value is GoldStory {
  const story = value as GoldStory | null;
  return typeof story === 'object' && story !== null && typeof story.text === 'string' && Array.isArray(story.quotes);
}

/** Gold stories in `dir`, in name order; JSON files that are not gold stories (a manifest) are skipped. */
function readStories(dir: string, set: string, sourceOf: (file: string) => DevSource): DevStory[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const story: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      if (!isGoldStory(story)) return [];
      story.quote_marks_not_speech_or_other ??= [];
      return [{ name: file.replace(/\.json$/u, ''), source: sourceOf(file), set, story }];
    });
}

/** The folders under tests/eval/attribution/, one set each (a set whose gold has not landed yet reports no stories). */
export function evalSetNames(): string[] {
  if (!existsSync(EVAL_DIR)) return [];
  return readdirSync(EVAL_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function loadDevSet(): DevStory[] {
  return [
    ...readStories(SHARED_GOLD_DIR, 'shared wikinews', () => 'wikinews'),
    ...readStories(OWN_FIXTURE_DIR, 'own', (file) => (file.startsWith('heldout-') ? 'heldout' : 'own')),
    // An eval set keeps its gold in gold/ beside texts/ and the annotators' drafts/.
    ...evalSetNames().flatMap((name) => readStories(join(EVAL_DIR, name, 'gold'), name, () => 'eval')),
  ];
}
