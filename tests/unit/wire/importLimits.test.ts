// Every importer refuses a file with more structure than one story has, before a parser builds
// it (issue 19 item 7): the count found and the limit are in the message, with the file's name.
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../main/services/parseImport';
import { exportStory } from '../../../src/wire/index';
import { MAX_IMPORT_ELEMENTS, MAX_IMPORT_LINES } from '../../../src/wire/importLimits';
import { makeStory, p } from './wireStories';

const MARK = 'PARAGRAPHS-GO-HERE';
/** A file in `format` whose one marked paragraph becomes `count` paragraphs. */
function withParagraphs(format: 'nitf' | 'newsml' | 'ninjs', count: number): string {
  const text = exportStory(makeStory({ body: { type: 'doc', content: [p(MARK)] } }), format).text;
  return text.replace(`<p>${MARK}</p>`, '<p>a</p>'.repeat(count));
}
const elementsOf = (text: string) => (text.match(/<[A-Za-z_:]/g) ?? []).length;
const ninjsPlain = (paragraphs: number) => JSON.stringify({ uri: 'urn:x', headlines: [{ role: 'main', value: 'Long' }], bodies: [{ role: 'text', contentType: 'text/plain', value: 'a\n\n'.repeat(paragraphs) }] });

describe('import limits', () => {
  it.each([
    ['NITF', 'long.xml', withParagraphs('nitf', MAX_IMPORT_ELEMENTS), /^long\.xml: The NITF file has ([\d,]+) elements; Galley reads at most 50,000 for one story/],
    ['NewsML-G2', 'long.xml', withParagraphs('newsml', MAX_IMPORT_ELEMENTS), /^long\.xml: The NewsML-G2 file has ([\d,]+) elements; Galley reads at most 50,000/],
    ['a ninjs HTML body', 'long.json', withParagraphs('ninjs', MAX_IMPORT_ELEMENTS), /^long\.json: The HTML body file has ([\d,]+) elements; Galley reads at most 50,000/],
    ['a ninjs plain-text body', 'long.json', ninjsPlain(MAX_IMPORT_LINES / 2), /^long\.json: The ninjs plain-text body has ([\d,]+) lines; Galley reads at most 50,000/],
    ['plain text', 'long.txt', `Long story\n\n${'a\n'.repeat(MAX_IMPORT_LINES)}`, /^long\.txt: The copy has ([\d,]+) lines; Galley reads at most 50,000/],
    ['a saved web page', 'long.html', `<html><body><article><h1>Long</h1>${'<p>a</p>'.repeat(MAX_IMPORT_ELEMENTS)}</article></body></html>`, /^long\.html: The web page has ([\d,]+) elements; Galley reads at most 50,000/],
  ])('refuses %s past the limit, saying how many it found', (_what, name, text, message) => {
    const outcome = parseImport({ name, text });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(message);
    expect(outcome.message).toMatch(/Nothing was imported\.$/);
    const found = Number(message.exec(outcome.message)![1].replace(/,/g, ''));
    expect(found).toBeGreaterThan(50_000);
    if (/elements/.test(outcome.message) && !name.endsWith('.json')) expect(found).toBe(elementsOf(text));
  });

  it('reads a file just under the limit', () => {
    const text = withParagraphs('nitf', 1);
    const padded = withParagraphs('nitf', MAX_IMPORT_ELEMENTS - elementsOf(text) + 1);
    expect(elementsOf(padded)).toBe(MAX_IMPORT_ELEMENTS);
    const outcome = parseImport({ name: 'long.xml', text: padded });
    expect(outcome).toMatchObject({ ok: true });
  });
});
