import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../../src/story/story';
import { exportToNitf, importNitf, NITF_NAMESPACE } from '../../../src/wire/nitf';
import { ImportError } from '../../../src/wire/types';
import { EDGES } from '../../fixtures/storyCorpus';
import { loadXsd, SCHEMAS, type XsdCheck } from '../../support/xsd';
import { corpus, standardsFiles } from './wireTestKit';

let xsd: XsdCheck;
beforeAll(() => {
  xsd = loadXsd(SCHEMAS.nitf);
});
afterAll(() => xsd.dispose());

const sample: Story = {
  ...corpus[20],
  slug: 'UKRAINE-GRAIN-DEAL',
  headline: 'Grain deal & ships',
  standfirst: 'Ships sail again.',
  byline: 'By Ana Ruiz',
  dateline: { place: 'KYIV', date: '2026-11-06', source: 'AFP' },
  credit: { line: 'Compiled by Ana Ruiz from AFP reports', source: 'AFP' },
  related: [{ title: 'Earlier: talks stall', url: 'https://example.com/talks' }],
  keywords: ['grain', 'Ukraine'],
  urgency: 3,
  language: 'en-GB',
  embargo: '2026-11-07T06:00:00Z',
  body: {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Ships ' }, { type: 'text', text: 'sailed', marks: [{ type: 'bold' }] }] },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Ports' }] },
      { type: 'figure', attrs: { src: 'abc'.padEnd(64, '0'), alt: 'A ship', credit: 'AP Photo/Jane Doe', sourceNote: '' }, content: [{ type: 'text', text: 'The ship leaves.' }] },
    ],
  },
};

describe('exportToNitf', () => {
  it('validates against the NITF 3.6 schema for every corpus story', () => {
    const invalid = corpus.map((story) => ({ id: story.id, errors: xsd.validate(exportToNitf(story).text) })).filter((r) => r.errors.length);
    expect(invalid).toEqual([]);
  });

  it('is namespaced NITF 3.6', () => {
    expect(exportToNitf(sample).text).toContain(`<nitf xmlns="${NITF_NAMESPACE}" version="-//IPTC//DTD NITF 3.6//EN" baselang="en-GB">`);
  });

  it.each([
    ['embargo status', '<docdata management-status="embargoed">'],
    ['embargo time as date.release (not date.expire)', '<date.release norm="20261107T060000Z"/>'],
    ['urgency', '<urgency ed-urg="3"/>'],
    ['slug as du-key', '<du-key key="UKRAINE-GRAIN-DEAL" version="'],
    ['copyright holder', '<doc.copyright holder="AFP"/>'],
    ['headline', '<hl1>Grain deal &amp; ships</hl1>'],
    ['dateline', '<dateline><location>KYIV</location>, <story.date norm="20261106">2026-11-06</story.date> (AFP) —</dateline>'],
    ['standfirst as abstract', '<abstract>\n        <p>Ships sail again.</p>'],
    ['distributor', '<distributor>AFP</distributor>'],
    ['bold', '<em class="bold">sailed</em>'],
    ['h3', '<hl2 class="h3">Ports</hl2>'],
    ['figure', '<media-reference source="abc0000000000000000000000000000000000000000000000000000000000000" alternate-text="A ship"/>\n        <media-caption>The ship leaves.</media-caption>\n        <media-producer>AP Photo/Jane Doe</media-producer>'],
    ['related link', '<a href="https://example.com/talks">Earlier: talks stall</a>'],
    ['credit line', '<tagline>Compiled by Ana Ruiz from AFP reports</tagline>'],
  ])('writes the %s', (_field, fragment) => {
    expect(exportToNitf(sample).text).toContain(fragment);
  });

  it('keeps key-list under docdata', () => {
    expect(exportToNitf(sample).text).toMatch(/<docdata[^>]*>[\s\S]*<key-list>[\s\S]*<\/key-list>\s*<\/docdata>/);
  });

  it('replaces characters XML cannot carry and reports them', () => {
    const result = exportToNitf(corpus[EDGES.illegalCharacters]);
    expect(result.text).not.toMatch(/[\u0000\u0007\u001B]/);
    expect(result.losses.map((loss) => [loss.code, loss.field])).toEqual([
      ['illegal-characters-replaced', 'headline'],
      ['illegal-characters-replaced', 'body'],
    ]);
  });

  it('reports formatting it cannot carry instead of dropping it silently', () => {
    const story: Story = { ...sample, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'underline' }, { type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] } };
    const result = exportToNitf(story);
    expect(result.text).not.toContain('javascript:');
    expect(result.losses).toContainEqual(expect.objectContaining({ code: 'formatting-dropped', message: expect.stringContaining('underline, unsafe link') }));
  });
});

describe('importNitf', () => {
  it('maps every field the export writes back', () => {
    const { stories } = importNitf(exportToNitf(sample).text);
    expect(stories[0].fields).toEqual({
      headline: sample.headline,
      slug: sample.slug,
      standfirst: sample.standfirst,
      byline: sample.byline,
      dateline: sample.dateline,
      body: sample.body,
      credit: sample.credit,
      related: sample.related,
      keywords: sample.keywords,
      urgency: sample.urgency,
      language: sample.language,
      embargo: sample.embargo,
    });
    expect(stories[0].warnings).toEqual([]);
  });

  it.each(standardsFiles('nitf', '.nitf-only.xml'))('imports the official example $name', ({ text }) => {
    const { stories } = importNitf(text);
    expect(stories[0].fields.headline).toMatch(/^Arizona Diamondbacks \(29-23\) at Philadelphia Phillies \(26-24\), 7:05p\.m\.$/);
    expect(stories[0].fields.byline).toBe('Sports Network');
    expect(stories[0].fields.body?.content[0].content?.[0].text).toMatch(/^\(Sports Network\) - /);
  });

  it('refuses a file that is not NITF', () => {
    expect(() => importNitf('<html><body/></html>')).toThrow(ImportError);
  });
});
