import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, figuresOf } from '../../../src/story';
import { parseDateLine } from '../../../src/wire/copyDates';
import { importPastedCopy } from '../../../src/wire/pasteCopy';
import { ImportError } from '../../../src/wire/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/copy');

/** The fields a fixture asserts; anything not named is not checked. */
interface Expected {
  fields: Record<string, unknown>;
  /** Body paragraphs as plain text, in order. */
  paragraphs: string[];
  /** Top-level body node types, when the fixture cares about structure (Markdown). */
  blockTypes?: string[];
  ednoteContains?: string[];
  /** Figures made from captions (no photo in pasted copy): caption and credit, in order. */
  figures?: { caption: string; credit: string }[];
  /** Case-insensitive fragments that some warning must contain. */
  warningsContain?: string[];
}

const fixtures = readdirSync(FIXTURES)
  .filter((name) => /\.(txt|md)$/.test(name))
  .map((file) => ({
    file,
    text: readFileSync(join(FIXTURES, file), 'utf8'),
    expected: JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.(txt|md)$/, '.json')), 'utf8')) as Expected,
  }));

describe('importPastedCopy: agency and outlet fixtures', () => {
  it('has at least 20 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures)('$file', ({ file, text, expected }) => {
    const result = importPastedCopy(text, { markdown: file.endsWith('.md') });
    expect(result.format).toBe('text');
    expect(result.stories).toHaveLength(1);
    const [{ fields, warnings }] = result.stories;

    for (const [name, value] of Object.entries(expected.fields)) {
      expect({ [name]: fields[name as keyof typeof fields] }).toEqual({ [name]: value });
    }
    const storyText = fields.body!.content.filter((node) => node.type !== 'figure');
    expect(bodyParagraphs({ type: 'doc', content: storyText })).toEqual(expected.paragraphs);
    const figures = figuresOf(fields.body!);
    expect(figures.map(({ caption, credit }) => ({ caption, credit }))).toEqual(expected.figures ?? []);
    // No photo comes with pasted copy: every figure waits for one.
    expect(figures.every((figure) => figure.src === '')).toBe(true);
    if (expected.blockTypes) expect([...new Set(fields.body!.content.map((node) => node.type))]).toEqual(expected.blockTypes);
    for (const fragment of expected.ednoteContains ?? []) expect(fields.ednote).toContain(fragment);
    for (const fragment of expected.warningsContain ?? []) {
      expect(warnings.some((warning) => warning.toLowerCase().includes(fragment.toLowerCase())), `a warning containing "${fragment}" in ${JSON.stringify(warnings)}`).toBe(true);
    }
  });
});

describe('importPastedCopy: nothing is lost', () => {
  it.each(fixtures)('$file: every word of the copy is in some field', ({ file, text }) => {
    const [{ fields, warnings, moved = [] }] = importPastedCopy(text, { markdown: file.endsWith('.md') }).stories;
    const kept = [
      // Page furniture and kickers are dropped, but listed in the report with where they went.
      ...moved.map((block) => block.text),
      fields.headline, fields.standfirst, fields.byline, fields.dateline?.place, fields.dateline?.source,
      bodyParagraphs(fields.body!).join(' '), fields.credit?.line, fields.ednote, ...figuresOf(fields.body!).map((figure) => figure.credit),
      ...(fields.related ?? []).flatMap((link) => [link.title, link.url]), ...warnings,
    ].join(' ');
    // Related-section intros ("See also:") and URLs are structure, not story words.
    const words = text.replace(/^(?:see also|more on this story|related|mehr zum thema|más información)\s*:|https?:\/\/\S+|\[|\]\([^)]*\)/gimu, ' ').match(/\p{L}{4,}/gu) ?? [];
    const dateWords = /^(?:january|february|march|april|june|july|august|september|october|november|december|noviembre|jueves|published|updated|posted|embargoed|until|uhr)$/i;
    const missing = words.filter((word) => !dateWords.test(word) && !kept.includes(word));
    expect(missing).toEqual([]);
  });
});

describe('importPastedCopy: Markdown', () => {
  it('turns **bold**, _italic_ and [links](url) into marks', () => {
    const [{ fields }] = importPastedCopy('# Title\n\nA **bold** and _quiet_ [link](https://example.com/a).', { markdown: true }).stories;
    expect(fields.body!.content[0].content).toEqual([
      { type: 'text', text: 'A ' },
      { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'text', text: 'quiet', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'https://example.com/a' } }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps the words of a javascript: link, drops the target and says so', () => {
    const [{ fields, warnings }] = importPastedCopy('# T\n\nClick [here](javascript:alert(1)) now.', { markdown: true }).stories;
    expect(JSON.stringify(fields.body)).not.toContain('javascript');
    expect(bodyParagraphs(fields.body!)[0]).toContain('here');
    expect(warnings.join(' ')).toContain('not a web or mail address');
  });
});

describe('importPastedCopy: refusals', () => {
  it.each(['', '   \n\n  \t'])('refuses empty copy %j', (text) => {
    expect(() => importPastedCopy(text)).toThrow(ImportError);
  });
});

describe('importPastedCopy: lines that only look like something', () => {
  it.each([
    ['an embargo headline', 'Embargo on Russian oil extended\n\nBRUSSELS (AP) — The EU extended it.', 'Embargo on Russian oil extended'],
    ['a headline with a dash after a capital word', 'UK — EU talks resume\n\nBRUSSELS (AP) — Talks resumed.', 'UK — EU talks resume'],
    ['a headline that names a poll', 'Support falls, AP/NORC poll finds\n\nWASHINGTON (AP) — Support fell.', 'Support falls, AP/NORC poll finds'],
  ])('%s stays the headline', (_name, text, headline) => {
    const [{ fields }] = importPastedCopy(text).stories;
    expect(fields.headline).toBe(headline);
    expect(fields.ednote).toBe('');
  });

  it('a sentence ending in an agency name is body text, not a caption', () => {
    const [{ fields }] = importPastedCopy('Poll\n\nWASHINGTON (AP) — Most voters agree, according to a new AP/NORC poll.').stories;
    expect(bodyParagraphs(fields.body!)).toEqual(['Most voters agree, according to a new AP/NORC poll.']);
  });
});

describe('parseDateLine', () => {
  it.each([
    ['2026-11-06', '2026-11-06'],
    ['2026-11-06T07:45:00Z', '2026-11-06T07:45:00+00:00'],
    ['Published: 06 Nov 2026 14:30 GMT', '2026-11-06T14:30:00+00:00'],
    ['Nov. 6, 2026 10:37 a.m. EST', '2026-11-06T10:37:00-05:00'],
    ['Updated 12:05 p.m. PDT, Thursday, November 6, 2026', '2026-11-06T12:05:00-07:00'],
    ['Thursday 6 November 2026 09:00 BST', '2026-11-06T09:00:00+01:00'],
    ['6 de noviembre de 2026', '2026-11-06'],
    ['Jueves, 6 de noviembre de 2026, 12:45 CET', '2026-11-06T12:45:00+01:00'],
    ['06.11.2026, 10:37 Uhr MEZ', '2026-11-06T10:37:00+01:00'],
    ['6. November 2026', '2026-11-06'],
    ['jeudi 6 novembre 2026', '2026-11-06'],
    ['11/26/2026', '2026-11-26'],
    ['14:30 GMT+2 6 Nov 2026', '2026-11-06T14:30:00+02:00'],
  ])('%s -> %s', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it.each([['Ships will sail on Monday.'], ['Nov. 31, 2026'], ['2026-02-30'], ['By Ana Ruiz'], ['120 days']])('%s is not a date line', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });

  it('keeps only the date of a time without a zone, and says so', () => {
    expect(parseDateLine('6 Nov 2026 14:30')).toEqual({ iso: '2026-11-06', warnings: ['"6 Nov 2026 14:30" gives a time without a time zone: kept the date only'] });
  });
});
