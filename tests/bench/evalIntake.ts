/**
 * Intake evaluation (issue 18): per-field accuracy of the paste importer and the saved-page
 * importer on the case sets in tests/eval/intake/, each set reported apart.
 *
 *   npm run eval:intake [-- --json] [--quiet]
 *
 * The case format and field definitions are /work/briefs/intake-format.md, copied in
 * tests/eval/intake/README.md. Scoring: text compared after trimming, collapsing whitespace,
 * unifying quote marks and dashes and ignoring letter case (and a byline's opening word, "By", "Por", "Von", "Par", "di"...,
 * from the house-style table: the format lets "By" be kept or dropped, in any language).
 * Three choices of this scorer: a credit source names the same agency whichever of its names it
 * uses ("Agence France-Presse" = "AFP", from the house-style table); a dateline date printed
 * without a time is right when the day is right even if the importer also read a time; and
 * whole-minute seconds are not compared ("06:30:00-04:00" is "06:30-04:00").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bodyParagraphs, figuresOf, type BodyDoc } from '../../src/story/body';
import { importSavedPage } from '../../main/services/webPage/importSavedPage';
import { importPastedCopy, type ImportedStory } from '../../src/wire';
import { BYLINE_OPENER, canonicalSource } from '../../src/wire/houseStyles';

const ROOT = join(import.meta.dirname, '../eval/intake');
const SETS = ['own', 'independent', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'];

interface Expected {
  headline: string;
  standfirst: string;
  byline: string;
  dateline: { place: string; date: string; source: string };
  credit: { line: string; source: string };
  related: Array<{ title: string; url: string }>;
  figures: Array<{ caption: string; credit: string }>;
  bodyStartsWith: string;
  bodyEndsWith: string;
  notInBody: string[];
}

interface Case {
  name: string;
  kind: 'txt' | 'html';
  input: string;
  publisher: string;
  expected: Expected;
}

export const FIELDS = ['headline', 'standfirst', 'byline', 'dateline.place', 'dateline.date', 'dateline.source', 'credit.line', 'credit.source', 'related', 'figures', 'bodyStartsWith', 'bodyEndsWith', 'notInBody'] as const;
type Field = (typeof FIELDS)[number];

export interface Miss {
  set: string;
  name: string;
  field: Field;
  expected: string;
  got: string;
}

/** The scorer's normal form of a piece of text. */
export function norm(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′`]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/[‐‑‒–—―−]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** A byline without its opening word in any of the house-style table's languages ("By", "Por", "Von", "Par", "di"...). */
const withoutBy = (text: string): string => norm(text.trim().replace(BYLINE_OPENER, ''));

function loadSet(set: string): Case[] {
  const folder = join(ROOT, set);
  let files: string[];
  try {
    files = readdirSync(folder);
  } catch {
    return [];
  }
  return files
    .filter((file) => /\.(txt|html)$/.test(file))
    .sort()
    .map((file) => {
      const name = file.replace(/\.(txt|html)$/, '');
      const meta = JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as { publisher: string; expected: Expected };
      return { name, kind: file.endsWith('.html') ? 'html' : 'txt', input: readFileSync(join(folder, file), 'utf8'), publisher: meta.publisher, expected: meta.expected } as Case;
    });
}

/** What the importer made of the case, or the reason it made nothing. */
function runImporter(testCase: Case): ImportedStory | string {
  try {
    if (testCase.kind === 'txt') return importPastedCopy(testCase.input).stories[0];
    const [story] = importSavedPage(testCase.input).stories;
    return story ?? 'the saved-page importer made no story';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function storyText(body: BodyDoc | undefined): string {
  if (!body) return '';
  return bodyParagraphs({ type: 'doc', content: body.content.filter((node) => node.type !== 'figure') }).join(' ');
}

/** Whole-minute seconds are dropped: "T06:30:00-04:00" and "T06:30-04:00" are one ISO 8601 time. */
const minutes = (iso: string): string => iso.replace(/(T\d\d:\d\d):00(?=$|Z|[+-]\d\d:?\d\d$)/u, '$1');
const dateRight = (expected: string, got: string): boolean => {
  const [want, have] = [minutes(expected), minutes(got)];
  return want ? have.slice(0, want.length) === want && (want.length === 10 || have.length >= 16) : have === '';
};

/** Each field's verdict for one case: [right, expected, got]. */
function scoreCase(testCase: Case, story: ImportedStory): Array<[Field, boolean, string, string]> {
  const e = testCase.expected;
  const f = story.fields;
  const body = norm(storyText(f.body));
  const figures = f.body ? figuresOf(f.body).map((figure) => ({ caption: figure.caption, credit: figure.credit })) : [];
  const related = f.related ?? [];
  const same = (a: string, b: string): boolean => norm(a) === norm(b);
  const gotDate = f.dateline?.date ?? '';
  const list = (items: Array<Record<string, string>>): string => items.map((item) => Object.values(item).join(' | ')).join(' ;; ');
  return [
    ['headline', same(e.headline, f.headline ?? ''), e.headline, f.headline ?? ''],
    ['standfirst', same(e.standfirst, f.standfirst ?? ''), e.standfirst, f.standfirst ?? ''],
    ['byline', withoutBy(e.byline) === withoutBy(f.byline ?? ''), e.byline, f.byline ?? ''],
    ['dateline.place', same(e.dateline.place, f.dateline?.place ?? ''), e.dateline.place, f.dateline?.place ?? ''],
    ['dateline.date', dateRight(e.dateline.date, gotDate), e.dateline.date, gotDate],
    ['dateline.source', same(e.dateline.source, f.dateline?.source ?? ''), e.dateline.source, f.dateline?.source ?? ''],
    ['credit.line', same(e.credit.line, f.credit?.line ?? ''), e.credit.line, f.credit?.line ?? ''],
    ['credit.source', same(canonicalSource(e.credit.source), canonicalSource(f.credit?.source ?? '')), e.credit.source, f.credit?.source ?? ''],
    [
      'related',
      e.related.length === related.length && e.related.every((link, i) => same(link.title, related[i].title) && same(link.url, related[i].url)),
      list(e.related),
      list(related),
    ],
    [
      'figures',
      e.figures.length === figures.length && e.figures.every((figure, i) => same(figure.caption, figures[i].caption) && same(figure.credit, figures[i].credit)),
      list(e.figures),
      list(figures),
    ],
    ['bodyStartsWith', body.startsWith(norm(e.bodyStartsWith)), e.bodyStartsWith, storyText(f.body).slice(0, 90)],
    ['bodyEndsWith', body.endsWith(norm(e.bodyEndsWith)), e.bodyEndsWith, storyText(f.body).slice(-90)],
    ['notInBody', e.notInBody.every((text) => !body.includes(norm(text))), e.notInBody.filter((text) => body.includes(norm(text))).join(' ;; '), 'left in the body'],
  ];
}

export interface SetResult {
  set: string;
  cases: number;
  publishers: number;
  byField: Record<Field, { right: number; total: number }>;
  right: number;
  total: number;
  byKind: Record<'txt' | 'html', { right: number; total: number }>;
  misses: Miss[];
}

export function evaluateSet(set: string): SetResult {
  const cases = loadSet(set);
  const byField = Object.fromEntries(FIELDS.map((field) => [field, { right: 0, total: 0 }])) as SetResult['byField'];
  const byKind: SetResult['byKind'] = { txt: { right: 0, total: 0 }, html: { right: 0, total: 0 } };
  const misses: Miss[] = [];
  for (const testCase of cases) {
    const story = runImporter(testCase);
    for (const field of FIELDS) {
      byField[field].total++;
      byKind[testCase.kind].total++;
    }
    if (typeof story === 'string') {
      for (const field of FIELDS) misses.push({ set, name: testCase.name, field, expected: '', got: story });
      continue;
    }
    for (const [field, right, expected, got] of scoreCase(testCase, story)) {
      if (right) {
        byField[field].right++;
        byKind[testCase.kind].right++;
      } else misses.push({ set, name: testCase.name, field, expected, got });
    }
  }
  const right = Object.values(byField).reduce((sum, field) => sum + field.right, 0);
  const total = Object.values(byField).reduce((sum, field) => sum + field.total, 0);
  return { set, cases: cases.length, publishers: new Set(cases.map((c) => c.publisher)).size, byField, right, total, byKind, misses };
}

const percent = (right: number, total: number): string => (total ? `${((100 * right) / total).toFixed(1)}%` : '—');

function printSet(result: SetResult, quiet: boolean): void {
  const { set, cases, publishers, byField, byKind } = result;
  console.log(`\n== ${set}: ${cases} cases, ${publishers} publishers`);
  if (!cases) {
    console.log('   (no cases)');
    return;
  }
  for (const field of FIELDS) console.log(`   ${field.padEnd(16)} ${percent(byField[field].right, byField[field].total).padStart(6)}  (${byField[field].right}/${byField[field].total})`);
  console.log(`   ${'all fields'.padEnd(16)} ${percent(result.right, result.total).padStart(6)}  (${result.right}/${result.total})`);
  console.log(`   pasted text      ${percent(byKind.txt.right, byKind.txt.total).padStart(6)}  (${byKind.txt.right}/${byKind.txt.total})`);
  console.log(`   saved pages      ${percent(byKind.html.right, byKind.html.total).padStart(6)}  (${byKind.html.right}/${byKind.html.total})`);
  if (quiet) return;
  console.log(`   misses:`);
  for (const miss of result.misses) console.log(`   - ${miss.name} ${miss.field}\n       expected: ${JSON.stringify(miss.expected)}\n       got:      ${JSON.stringify(miss.got)}`);
}

if (process.argv[1]?.endsWith('evalIntake.ts')) {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } } });
  const results = SETS.map(evaluateSet);
  if (values.json) console.log(JSON.stringify(results, null, 2));
  else for (const result of results) printSet(result, values.quiet);
}
