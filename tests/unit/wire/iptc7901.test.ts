import { describe, expect, it } from 'vitest';
import { exportToIptc7901, priorityDigit } from '../../../src/wire/iptc7901';
import { EDNOTE, figure, link, makeStory, p, paragraph } from './wireStories';

const SOH = '\x01', STX = '\x02', ETX = '\x03', EOT = '\x04', CRLF = '\r\n';

/** The text between STX and ETX, split into lines. */
function textLines(text: string): string[] {
  return text.slice(text.indexOf(STX) + 1, text.indexOf(ETX)).split(CRLF).slice(0, -1);
}

describe('exportToIptc7901: framing', () => {
  it('writes the exact message for a complete story', () => {
    const result = exportToIptc7901(makeStory());
    expect(result.text).toBe(
      [
        `${SOH}gly0001 4 a 15  AFP 0001${CRLF}`,
        `GRAIN-DEAL/Ukraine/Grain/${CRLF}`,
        `${STX}Grain deal extended for 120 days =${CRLF}`,
        CRLF,
        `By Ana Ruiz${CRLF}`,
        CRLF,
        `Kyiv (AFP) - Ukraine and Russia agreed to extend the deal.${CRLF}`,
        CRLF,
        `Ships will sail on Monday.${CRLF}`,
        CRLF,
        `Compiled by Ana Ruiz from AFP reports${CRLF}`,
        `${ETX}061037 Nov 26${CRLF}`,
        EOT,
      ].join(''),
    );
    expect(result.bytes[0]).toBe(0x01);
    expect(result.bytes.at(-1)).toBe(0x04);
    expect(result.losses).toEqual([]);
    expect(result).toMatchObject({ format: 'iptc7901', extension: 'iptc', mediaType: 'text/plain; charset=iso-8859-1' });
  });

  const stories = {
    complete: makeStory(),
    minimal: makeStory({ slug: '', keywords: [], byline: '', standfirst: '', dateline: { place: '', date: '', source: '' }, credit: { line: '', source: '' }, body: { type: 'doc', content: [{ type: 'paragraph' }] } }),
    'control bytes in the text': makeStory({ headline: `Evil ${STX}headline${ETX}`, body: { type: 'doc', content: [p(`a${EOT}b${SOH}c`)] } }),
    'long and unicode': makeStory({ headline: 'Überschrift “quoted” — '.repeat(6), body: { type: 'doc', content: [p('日本語 ‘text’ … '.repeat(30)), p(`https://example.com/${'x'.repeat(100)}`)] } }),
  };

  it.each(Object.entries(stories))('%s: one SOH, STX, ETX, EOT in order, CRLF line ends, lines of at most 69', (_name, story) => {
    const { text, bytes } = exportToIptc7901(story);
    for (const control of [SOH, STX, ETX, EOT]) expect(text.split(control)).toHaveLength(2);
    expect(text.indexOf(SOH)).toBe(0);
    expect(text.indexOf(SOH) < text.indexOf(STX) && text.indexOf(STX) < text.indexOf(ETX) && text.indexOf(ETX) < text.indexOf(EOT)).toBe(true);
    expect(text.endsWith(EOT)).toBe(true);
    expect(text.replaceAll(CRLF, '')).not.toMatch(/[\r\n]/);
    for (const line of textLines(text)) expect(line.length).toBeLessThanOrEqual(69);
    expect(bytes).toEqual(Uint8Array.from(text, (c) => c.charCodeAt(0)));
    expect([...bytes].every((b) => b <= 0xff && (b >= 0x20 || [0x01, 0x02, 0x03, 0x04, 0x0d, 0x0a].includes(b)))).toBe(true);
  });

  it.each(Object.entries(stories))('%s: never carries the ednote', (_name, story) => {
    expect(exportToIptc7901(story).text).not.toContain(EDNOTE);
  });

  it('gives the same bytes for the same story and options', () => {
    const options = { sequence: 42, sentAt: '2026-11-06T23:59:00Z' };
    expect(exportToIptc7901(makeStory(), options).bytes).toEqual(exportToIptc7901(structuredClone(makeStory()), options).bytes);
  });

  it('takes the sequence and the transmission time from the options', () => {
    const { text } = exportToIptc7901(makeStory(), { sequence: 12345, sentAt: '2026-01-02T03:04:00Z', service: 'bdt', category: 'pl' });
    expect(text.startsWith(`${SOH}bdt2345 4 pl 15  AFP 2345${CRLF}`)).toBe(true);
    expect(text.endsWith(`${ETX}020304 Jan 26${CRLF}${EOT}`)).toBe(true);
  });

  it('refuses header codes that would break the heading line', () => {
    expect(() => exportToIptc7901(makeStory(), { service: 'gly 1' })).toThrow(RangeError);
    expect(() => exportToIptc7901(makeStory(), { category: 'abcd' })).toThrow(RangeError);
  });

  it.each([
    [1, 1], [2, 2], [3, 3], [4, 4], [5, 4], [6, 5], [7, 5], [8, 6], [9, 6],
  ])('urgency %i is priority %i', (urgency, priority) => {
    expect(priorityDigit(urgency)).toBe(priority);
    expect(exportToIptc7901(makeStory({ urgency })).text.split(' ')[1]).toBe(String(priority));
  });
});

describe('exportToIptc7901: content', () => {
  it('opens the first paragraph with the dateline, and the standfirst is that paragraph', () => {
    const lines = textLines(exportToIptc7901(makeStory({ standfirst: 'The deal runs to March.' })).text);
    expect(lines).toContain('Kyiv (AFP) - The deal runs to March.');
    expect(lines).toContain('Ships will sail on Monday.');
  });

  it('wraps paragraphs at 69 columns on word boundaries', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const lines = textLines(exportToIptc7901(makeStory({ dateline: { place: '', date: '', source: '' }, byline: '', credit: { line: '', source: '' }, body: { type: 'doc', content: [p(words)] } })).text);
    const body = lines.slice(2);
    expect(body.join(' ')).toBe(words);
    expect(body.every((line) => line.length <= 69 && line.length > 55)).toBe(true);
  });

  it('keeps a link address in the text', () => {
    const text = exportToIptc7901(makeStory({ body: { type: 'doc', content: [paragraph({ type: 'text', text: 'Read ' }, link('the report', 'https://example.com/r'), { type: 'text', text: '.' })] } })).text;
    expect(text).toContain('Read the report (https://example.com/r).');
  });

  it('splits keywords over lines of at most 69 characters, each ending in /', () => {
    const keywords = Array.from({ length: 12 }, (_, i) => `Keyword${i}`);
    const text = exportToIptc7901(makeStory({ keywords })).text;
    const lines = text.slice(text.indexOf(CRLF) + 2, text.indexOf(STX)).split(CRLF).slice(0, -1);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(69);
      expect(line.endsWith('/')).toBe(true);
    }
    expect(lines.join('')).toBe(`GRAIN-DEAL/${keywords.join('/')}/`);
  });

  it('carries the embargo in the heading line and as a notice under the headline', () => {
    const text = exportToIptc7901(makeStory({ embargo: '2026-11-07T06:00:00Z' })).text;
    expect(text).toContain(`AFP 0001  EMBARGO 070600 Nov 26${CRLF}`);
    expect(textLines(text)[2]).toBe('EMBARGOED until 070600 Nov 26 UTC');
  });

  it('carries a correction note', () => {
    expect(textLines(exportToIptc7901(makeStory(), { correction: { note: 'Corrects the number of days.' } }).text)).toContain('CORRECTION: Corrects the number of days.');
  });
});

describe('exportToIptc7901: ISO 8859-1 and losses', () => {
  it('writes Latin-1 letters as single bytes, with no loss', () => {
    const result = exportToIptc7901(makeStory({ headline: 'Grüne Café' }));
    expect(result.text).toContain('Grüne Café =');
    expect([...result.bytes]).toContain(0xfc);
    expect([...result.bytes]).toContain(0xe9);
    expect(result.losses).toEqual([]);
  });

  it('transliterates what Latin-1 lacks and reports each change', () => {
    const result = exportToIptc7901(makeStory({ headline: '“Deal” — 5 € Зеленський' }));
    expect(result.text).toContain('"Deal" -- 5 EUR Zelens\'kiy =');
    expect(result.losses).toEqual([
      { code: 'transliterated', field: 'headline', message: 'ISO 8859-1: “ → ", 1 place; ” → ", 1 place; — → --, 1 place; € → EUR, 1 place; Зеленський → Zelens\'kiy, 1 place' },
    ]);
  });

  it('replaces control bytes in the story text and reports them', () => {
    const result = exportToIptc7901(makeStory({ headline: `A${STX}B` }));
    expect(result.text).toContain('A?B =');
    expect(result.losses).toEqual([{ code: 'unrepresentable', field: 'headline', message: 'ISO 8859-1 cannot carry U+0002 (1 place): written as ?' }]);
  });

  it('reports figures and related links it cannot carry', () => {
    const result = exportToIptc7901(makeStory({ body: { type: 'doc', content: [p('Text.'), figure('Ships wait.', { credit: 'AFP' })] }, related: [{ title: 'More', url: 'https://example.com' }] }));
    expect(result.text).not.toContain('Ships wait.');
    expect(result.losses.map((loss) => loss.code)).toEqual(['photo-not-sent', 'related-not-carried']);
    expect(result.losses[0].message).toBe('photo 1 (“Ships wait.”) is not sent: IPTC 7901 carries no pictures, nor their captions and credits');
  });

  it('reports a keyword with a slash and a keyword too long for the line', () => {
    const result = exportToIptc7901(makeStory({ keywords: ['EU/UK', 'k'.repeat(80)] }));
    expect(result.text).toContain('EU-UK/');
    expect(result.losses.map((loss) => loss.code)).toEqual(['keyword-changed', 'truncated']);
  });
});
