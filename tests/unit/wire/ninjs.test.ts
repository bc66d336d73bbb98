import { describe, expect, it } from 'vitest';
import { bodyText } from '../../../src/story/body';
import { countWords } from '../../../src/story/counts';
import { exportToNinjs, importNinjs } from '../../../src/wire/ninjs';
import { ImportError } from '../../../src/wire/types';
import { EDGES } from '../../fixtures/storyCorpus';
import { corpus, ninjsValidator, standardsFiles } from './wireTestKit';

const validate = ninjsValidator();

describe('exportToNinjs', () => {
  it('validates against ninjs 3.1 for every corpus story', () => {
    const invalid = corpus
      .map((story) => ({ id: story.id, valid: validate(JSON.parse(exportToNinjs(story).text)), errors: validate.errors }))
      .filter((r) => !r.valid);
    expect(invalid).toEqual([]);
  });

  it('maps the story fields', () => {
    const story = corpus[EDGES.embargoedWithOffset];
    const doc = JSON.parse(exportToNinjs(story).text);
    expect(doc).toMatchObject({
      type: 'text',
      version: String(story.version),
      urgency: 1,
      embargoedUntil: '2026-11-07T06:00:00+02:00',
      language: story.language,
      slugline: story.slug,
      headlines: [{ role: 'main', value: story.headline }],
      by: story.byline,
      located: story.dateline.place,
      subjects: story.keywords.map((name) => ({ name })),
    });
    expect(doc).not.toHaveProperty('keywords');
    expect(doc).not.toHaveProperty('priority');
  });

  it('gives HTML and plain-text bodies with word counts that leave out captions', () => {
    const story = corpus[EDGES.thirtyFigures];
    const [html, plain] = JSON.parse(exportToNinjs(story).text).bodies;
    expect(html).toMatchObject({ contentType: 'text/html' });
    expect(html.value).toMatch(/<figure><img src="[0-9a-f]{64}"/);
    expect(plain.contentType).toBe('text/plain');
    expect(plain.value).not.toContain('Caption');
    expect(plain.wordCount).toBe(countWords(plain.value));
    expect(plain.wordCount).toBeLessThan(countWords(bodyText(story.body)));
  });

  it('lists figures and related links as associations', () => {
    const story = { ...corpus[EDGES.markupCharacters] };
    const associations = JSON.parse(exportToNinjs(story).text).associations;
    expect(associations).toEqual([
      { name: 'figure-1', rel: 'figure', uri: `urn:galley:asset:${'f'.repeat(64)}`, type: 'picture', by: 'AP & <Reuters>', descriptions: [{ role: 'caption', value: ']]>' }, { role: 'alt', value: '"alt" & <alt>' }] },
      { name: 'related-1', rel: 'seeAlso', uri: 'https://example.com/?a=1&b=%3C2%3E', type: 'text', headlines: [{ value: 'A & B < C ]]>' }] },
    ]);
  });
});

describe('importNinjs', () => {
  const examples = ['examples-1.6', 'examples-2.2', 'examples-3.1'].flatMap((dir) => standardsFiles(`ninjs/${dir}`, '.json').map((f) => ({ ...f, name: `${dir}/${f.name}` })));

  it.each(examples)('imports the official example $name', ({ text }) => {
    const { stories } = importNinjs(text);
    expect(stories[0].fields.headline).not.toBe('');
    expect(stories[0].fields.body?.content.length).toBeGreaterThan(0);
  });

  it('reads ninjs 1.x flat properties', () => {
    const { fields } = importNinjs(examples.find((e) => e.name === 'examples-1.6/005_complex_text_article.json')!.text).stories[0];
    expect(fields).toMatchObject({ headline: 'Captain of wrecked cruise ship on trial in Italy', byline: "Paulo Santalucia and Frances d'Emilio", language: 'en' });
    expect(fields.dateline?.place).toBe('Grossetto, Italy');
  });

  it('brings associated pictures in as figures with no photo yet, their file or address kept as a note', () => {
    const { fields } = importNinjs(examples.find((e) => e.name === 'examples-3.1/007_multimedia.json')!.text).stories[0];
    const figures = fields.body!.content.filter((node) => node.type === 'figure');
    expect(figures.map((figure) => figure.attrs)).toEqual([
      { src: '', sourceNote: 'http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904edbb3a-big.jpg', alt: '', credit: 'Paulo Santalucia' },
      { src: '', sourceNote: 'http://hosted.ap.org/photos/2/2643c588-dc8d-4923-bebd-e3b904xyz000-big.jpg', alt: '', credit: 'Paulo Santalucia' },
    ]);
    expect(figures[0].content?.[0].text).toMatch(/^The Costa Concordia cruise ship lies on its side/);
    expect(figures[1].content?.[0].text).toMatch(/^Francesco Schettino the captain/);
  });

  it.each([
    ['not JSON', '{'],
    ['no uri', '{"type":"text"}'],
    ['not an object', '[]'],
  ])('refuses %s', (_case, text) => {
    expect(() => importNinjs(text)).toThrow(ImportError);
  });
});
