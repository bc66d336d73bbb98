import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToNewsml, importNewsml } from '../../../src/wire/newsml';
import { NITF_NAMESPACE } from '../../../src/wire/nitf';
import { ImportError } from '../../../src/wire/types';
import { EDGES } from '../../fixtures/storyCorpus';
import { loadXsd, SCHEMAS, type XsdCheck } from '../../support/xsd';
import { corpus, standardsFiles } from './wireTestKit';

let xsd: XsdCheck;
beforeAll(() => {
  xsd = loadXsd(SCHEMAS.newsmlWithNitf);
});
afterAll(() => xsd.dispose());

describe('exportToNewsml', () => {
  it('validates against G2 2.35 with the NITF inside checked strictly, for every corpus story', () => {
    const invalid = corpus.map((story) => ({ id: story.id, errors: xsd.validate(exportToNewsml(story).text) })).filter((r) => r.errors.length);
    expect(invalid).toEqual([]);
  });

  it('carries the NITF namespace on the inline NITF (the wrapper schema skips it otherwise)', () => {
    for (const story of corpus.slice(0, 20)) {
      expect(exportToNewsml(story).text).toContain(`<inlineXML contenttype="application/nitf+xml">\n      <nitf xmlns="${NITF_NAMESPACE}"`);
    }
  });

  it('puts embargoed after firstCreated and before pubStatus', () => {
    const text = exportToNewsml(corpus[EDGES.embargoedWithOffset]).text;
    expect(text).toMatch(/<firstCreated>[^<]*<\/firstCreated>\s*<embargoed>2026-11-07T06:00:00\+02:00<\/embargoed>\s*<pubStatus qcode="stat:usable"\/>/);
  });

  it('writes related links as irel:seeAlso links', () => {
    const story = { ...corpus[30], related: [{ title: 'Background', url: 'https://example.com/a b' }] };
    expect(exportToNewsml(story).text).toContain('<link rel="irel:seeAlso" href="https://example.com/a%20b">\n      <title>Background</title>');
  });

  it('turns line breaks in one-line G2 fields into spaces and says so', () => {
    const result = exportToNewsml({ ...corpus[31], slug: 'A\nB', keywords: ['x\ty'] });
    expect(xsd.validate(result.text)).toEqual([]);
    expect(result.losses.filter((loss) => loss.code === 'line-breaks-replaced').map((loss) => loss.field)).toEqual(['slug', 'keywords']);
  });

  it('is a newsItem with located, creator, infoSource and a summary', () => {
    const story = { ...corpus[32], byline: 'By Lee Park', dateline: { place: 'KYIV', date: '2026-11-06', source: 'AFP' }, credit: { line: 'Compiled', source: 'AFP' }, standfirst: 'Deck' };
    const text = exportToNewsml(story).text;
    for (const fragment of ['<located>\n      <name>KYIV</name>', '<creator>\n      <name>By Lee Park</name>', '<infoSource>\n      <name>AFP</name>', '<dateline>KYIV, Nov. 6 (AFP) —</dateline>', '<description role="drol:summary">Deck</description>']) {
      expect(text).toContain(fragment);
    }
  });
});

describe('importNewsml', () => {
  it.each(standardsFiles('newsml-g2', '.xml'))('imports the official example $name', ({ text }) => {
    const { stories } = importNewsml(text);
    expect(stories.length).toBeGreaterThan(0);
    expect(stories[0].fields.headline?.trim()).not.toBe('');
  });

  it('reads the NITF body of an official G2 item and its G2 metadata', () => {
    const file = standardsFiles('newsml-g2', '.xml').find((f) => f.name.startsWith('LISTING_2_'))!;
    const { fields } = importNewsml(file.text).stories[0];
    expect(fields.slug).toBe('US-Finance-Fed');
    expect(fields.byline).toBe('By Meredith Jameson, Staff Reporter');
    expect(fields.dateline?.place).toBe('New York, NY');
    expect(fields.credit?.source).toBe('Associated Press');
    expect(fields.body?.content).toHaveLength(2);
  });

  it('imports a package as a list of its items, with a warning', () => {
    const file = standardsFiles('newsml-g2', '.xml').find((f) => f.name.startsWith('LISTING_6_'))!;
    const { stories } = importNewsml(file.text);
    expect(stories[0].fields.body?.content).toHaveLength(2);
    expect(stories[0].warnings[0]).toMatch(/package of 2 items/);
  });

  it('refuses a file with no item', () => {
    expect(() => importNewsml('<catalog/>')).toThrow(ImportError);
  });
});
