// The wire exporters with arbitrary valid stories: NITF and NewsML-G2 output validates against the
// official XSDs (libxml2), ninjs against its JSON Schema, and no exporter throws for any format.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAssetId } from '../../src/editor/figure/imageFile';
import { figuresOf, type BodyNode } from '../../src/story/body';
import { storySchema, type Story } from '../../src/story/story';
import { exportStory } from '../../src/wire/index';
import { WIRE_FORMATS } from '../../src/wire/types';
import { loadXsd, SCHEMAS, STANDARDS_DIR, type XsdCheck } from '../support/xsd';
import { RUNS, timeoutFor } from './fuzzKit';

/** Text as people and agencies type it, with the characters formats trip over. */
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom('AT&T <b> ]]> "q" \'a\'', '東京 مرحبا 🇺🇦 e\u0301', 'NUL\u0000 bell\u0007 \uD800 \uFFFE', '  spaced  ', 'line\nbreak\r\ntab\t'),
  );
const url = fc.oneof(fc.webUrl(), fc.constantFrom('https://example.com/?a=1&b=<2>', 'http://xn--bcher-kva.example/ü'));

/** Addresses a file or a script may put where a photo goes: none may ever reach the wire. */
const OUTSIDE = ['file:///etc/passwd', 'https://tracker.example/pixel.gif?u=1', '../../library.galley', '//evil.example/x.jpg', 'data:image/png;base64,iVBORw0K'];
/** A figure's src: a stored photo (an asset id), none yet, or an outside address from an old or crafted library. */
const PHOTO_FORMATS = new Set<string>(['nitf', 'newsml', 'ninjs', 'html']);
const photo = fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), fc.constant(''), fc.constantFrom(...OUTSIDE));

const inline = fc.array(
  fc.oneof(
    text(30).filter((t) => t.length > 0).map((t): BodyNode => ({ type: 'text', text: t })),
    fc.tuple(text(20).filter((t) => t.length > 0), fc.subarray(['bold', 'italic'] as const), fc.option(url, { nil: undefined })).map(([t, marks, href]): BodyNode => ({
      type: 'text',
      text: t,
      marks: [...marks.map((type) => ({ type })), ...(href ? [{ type: 'link', attrs: { href } }] : [])],
    })),
    fc.constant<BodyNode>({ type: 'hardBreak' }),
  ),
  { maxLength: 4 },
);
const paragraph = inline.map((content): BodyNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' }));
const block: fc.Arbitrary<BodyNode> = fc.oneof(
  paragraph,
  fc.tuple(fc.constantFrom(2, 3), inline).map(([level, content]): BodyNode => ({ type: 'heading', attrs: { level }, content })),
  fc.tuple(fc.constantFrom('bulletList', 'orderedList'), fc.array(paragraph, { minLength: 1, maxLength: 3 })).map(([type, items]): BodyNode => ({ type, content: items.map((p) => ({ type: 'listItem', content: [p] })) })),
  fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((content): BodyNode => ({ type: 'blockquote', content })),
  fc.tuple(text(20), inline).map(([attribution, content]): BodyNode => ({ type: 'pullQuote', attrs: { attribution }, content })),
  fc.tuple(photo, text(20), text(20), inline).map(([src, alt, credit, content]): BodyNode => ({ type: 'figure', attrs: { src, alt, credit }, content })),
  fc.constant<BodyNode>({ type: 'horizontalRule' }),
);
const isoDate = fc.constantFrom('2026-11-06', '2026-11-06T14:30:00Z', '2026-03-01T08:05:00+05:30', '2026-12-31T23:59:59.123-03:00', '2026-07-04T09:00Z');

const story: fc.Arbitrary<Story> = fc
  .record({
    id: fc.constantFrom('01JFUZZ0000000000000000000', '01JFUZZ0000000000000000001'),
    slug: text(64).map((s) => s.slice(0, 64)),
    headline: text(200),
    standfirst: text(200),
    byline: text(60),
    dateline: fc.record({ place: text(30), date: fc.oneof(fc.constant(''), isoDate), source: text(20) }),
    body: fc.array(block, { minLength: 1, maxLength: 8 }).map((content) => ({ type: 'doc' as const, content })),
    credit: fc.record({ line: text(60), source: text(20) }),
    related: fc.array(fc.record({ title: text(40), url }), { maxLength: 3 }),
    keywords: fc.array(text(30).filter((k) => k.length > 0), { maxLength: 5 }),
    urgency: fc.integer({ min: 1, max: 9 }),
    language: fc.constantFrom('en', 'en-GB', 'fr', 'ar', 'ja', 'zh-Hans'),
    status: fc.constantFrom('draft', 'edited', 'ready', 'sent', 'killed' as const),
    review: fc.constant({ state: 'none' as const }),
    embargo: fc.oneof(fc.constant(null), isoDate),
    ednote: text(40),
    version: fc.integer({ min: 1, max: 1_000 }),
    createdAt: fc.constant('2026-11-05T10:00:00.000Z'),
    updatedAt: fc.constantFrom('2026-11-06T14:15:00.000Z', '2026-12-31T23:59:59.999Z'),
  })
  .filter((s) => storySchema.safeParse(s).success) as fc.Arbitrary<Story>;

let nitf: XsdCheck;
let newsml: XsdCheck;
let ninjs: ReturnType<Ajv2020['compile']>;

beforeAll(() => {
  nitf = loadXsd(SCHEMAS.nitf);
  newsml = loadXsd(SCHEMAS.newsmlWithNitf);
  const read = (name: string) => JSON.parse(readFileSync(path.join(STANDARDS_DIR, 'ninjs', name), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema(read('GeoJSON-schema.json'));
  ninjs = ajv.compile(read('ninjs-schema_3.1.json'));
}, 60_000);
afterAll(() => {
  nitf?.dispose();
  newsml?.dispose();
});

describe('wire exporters', () => {
  it(`write valid NITF, NewsML-G2 and ninjs for ${RUNS} arbitrary stories`, () => {
    fc.assert(
      fc.property(story, (s) => {
        expect(nitf.validate(exportStory(s, 'nitf').text)).toEqual([]);
        expect(newsml.validate(exportStory(s, 'newsml').text)).toEqual([]);
        const json = JSON.parse(exportStory(s, 'ninjs').text);
        expect(ninjs(json), JSON.stringify(ninjs.errors)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, timeoutFor(100));

  it(`export ${RUNS} arbitrary stories in every format without throwing`, () => {
    fc.assert(
      fc.property(story, fc.constantFrom(...WIRE_FORMATS), (s, format) => {
        const result = exportStory(s, format);
        expect(result.bytes.length).toBeGreaterThan(0);
        if (format === 'json') return; // Galley's own backup keeps the story as stored.
        for (const address of OUTSIDE) expect(result.text, `${format} carries ${address}`).not.toContain(address);
        // A stored photo does go out, by its id, in the formats that carry pictures.
        if (PHOTO_FORMATS.has(format)) for (const figure of figuresOf(s.body)) if (isAssetId(figure.src)) expect(result.text).toContain(figure.src);
      }),
      { numRuns: RUNS },
    );
  }, timeoutFor(20));
});
