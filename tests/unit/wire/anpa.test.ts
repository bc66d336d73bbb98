import { describe, expect, it } from 'vitest';
import { exportToAnpa, priorityLetter } from '../../../src/wire/anpa';
import { EDNOTE, figure, makeStory, p } from './wireStories';

const SYN = '\x16', SOH = '\x01', STX = '\x02', ETX = '\x03', EOT = '\x04', DC1 = '\x11', DC3 = '\x13', CRLF = '\r\n';

function textLines(text: string): string[] {
  return text.slice(text.indexOf(STX) + 1, text.indexOf(ETX)).split(CRLF).slice(0, -1);
}

describe('exportToAnpa: framing', () => {
  it('writes the exact message for a complete story', () => {
    const result = exportToAnpa(makeStory());
    expect(result.text).toBe(
      [
        `${SYN}${SYN}${SOH}a0001${CRLF}`,
        `r a${DC3}${DC1} GRAIN-DEAL v3 NEW 11-06 0017${CRLF}`,
        `${STX}Grain deal extended for 120 days${CRLF}`,
        `By Ana Ruiz${CRLF}`,
        `   KYIV, Nov. 6 (AFP) -- Ukraine and Russia agreed to extend the deal.${CRLF}`,
        `   Ships will sail on Monday.${CRLF}`,
        `Compiled by Ana Ruiz from AFP reports${CRLF}`,
        `AFP${CRLF}`,
        `${ETX}11-06-26 1037GMT${EOT}`,
      ].join(''),
    );
    expect(result.losses).toEqual([]);
    expect(result).toMatchObject({ format: 'anpa', extension: 'anpa', mediaType: 'text/plain; charset=us-ascii' });
  });

  const stories = {
    complete: makeStory(),
    minimal: makeStory({ slug: '', byline: '', dateline: { place: '', date: '', source: '' }, credit: { line: '', source: '' }, body: { type: 'doc', content: [{ type: 'paragraph' }] } }),
    'control bytes in the text': makeStory({ headline: `Evil ${STX}headline${ETX}`, body: { type: 'doc', content: [p(`a${EOT}b${SYN}c`)] } }),
    unicode: makeStory({ headline: 'Überschrift “quoted” — 日本', body: { type: 'doc', content: [p('Ça coûte 5 € … 👍🏽')] } }),
  };

  it.each(Object.entries(stories))('%s: SYN SYN SOH, one STX and ETX in order, EOT last, 7-bit ASCII', (_name, story) => {
    const { text, bytes } = exportToAnpa(story);
    expect(text.startsWith(`${SYN}${SYN}${SOH}`)).toBe(true);
    for (const control of [SOH, STX, ETX, EOT, DC1, DC3]) expect(text.split(control)).toHaveLength(2);
    expect(text.indexOf(SOH) < text.indexOf(STX) && text.indexOf(STX) < text.indexOf(ETX) && text.indexOf(ETX) < text.indexOf(EOT)).toBe(true);
    expect(text.endsWith(EOT)).toBe(true);
    expect([...bytes].every((b) => b < 0x80)).toBe(true);
    expect(bytes).toEqual(Uint8Array.from(text, (c) => c.charCodeAt(0)));
    expect(text).not.toContain(EDNOTE);
  });

  it('gives the same bytes for the same story and options', () => {
    const options = { sequence: 7, sentAt: '2026-12-31T23:59:00Z' };
    expect(exportToAnpa(makeStory(), options).bytes).toEqual(exportToAnpa(structuredClone(makeStory()), options).bytes);
  });

  it('takes sequence, service level, category and time from the options', () => {
    const { text } = exportToAnpa(makeStory(), { sequence: 10_042, sentAt: '2027-01-02T03:04:00Z', service: 'b', category: 'i' });
    expect(text.startsWith(`${SYN}${SYN}${SOH}b0042${CRLF}r i${DC3}${DC1} GRAIN-DEAL v3 NEW 01-02 0017${CRLF}`)).toBe(true);
    expect(text.endsWith(`${ETX}01-02-27 0304GMT${EOT}`)).toBe(true);
  });

  it('marks a correction in the reference field and the text', () => {
    const { text } = exportToAnpa(makeStory(), { correction: { note: 'Fixes the date.' } });
    expect(text).toContain(' GRAIN-DEAL v3 CORR 11-06 ');
    expect(textLines(text)).toContain('   CORRECTION: Fixes the date.');
  });

  it.each([[1, 'f'], [2, 'b'], [3, 'u'], [4, 'r'], [5, 'r'], [9, 'r']] as const)('urgency %i is priority %s', (urgency, letter) => {
    expect(priorityLetter(urgency)).toBe(letter);
    expect(exportToAnpa(makeStory({ urgency })).text.split(CRLF)[1][0]).toBe(letter);
  });
});

describe('exportToAnpa: limits and losses', () => {
  it('cuts a slug over 24 characters and reports it', () => {
    const result = exportToAnpa(makeStory({ slug: 'UKRAINE-GRAIN-DEAL-EXTENDED-AGAIN' }));
    expect(result.text).toContain(' UKRAINE-GRAIN-DEAL-EXTEN v3 ');
    expect(result.losses).toEqual([{ code: 'truncated', field: 'slug', message: 'Slug cut at 24 characters: "UKRAINE-GRAIN-DEAL-EXTEN"' }]);
  });

  it('cuts a headline over 64 characters at a word and reports it', () => {
    const headline = 'Ukraine and Russia agree to extend the Black Sea grain deal for another 120 days';
    const result = exportToAnpa(makeStory({ headline }));
    const written = textLines(result.text)[0];
    expect(written).toBe('Ukraine and Russia agree to extend the Black Sea grain deal for');
    expect(written.length).toBeLessThanOrEqual(64);
    expect(result.losses.map((loss) => loss.code)).toEqual(['truncated']);
  });

  it('transliterates to ASCII and says what changed, per field', () => {
    const result = exportToAnpa(makeStory({ headline: 'Café “open” — again…', byline: 'By Søren Weiß' }));
    expect(textLines(result.text).slice(0, 2)).toEqual(['Cafe "open" -- again...', 'By Soren Weiss']);
    expect(result.losses).toEqual([
      { code: 'transliterated', field: 'headline', message: 'ASCII: é → e, 1 place; “ → ", 1 place; ” → ", 1 place; — → --, 1 place; … → ..., 1 place' },
      { code: 'transliterated', field: 'byline', message: 'ASCII: ø → o, 1 place; ß → ss, 1 place' },
    ]);
  });

  it('spells names in other scripts in Latin letters, writes ? only for what has no spelling, and reports both', () => {
    const result = exportToAnpa(makeStory({ body: { type: 'doc', content: [p('Tokyo 東京 👍🏽 Путин said Путин')] } }));
    expect(result.text).toContain('Tokyo Dongjing ? Putin said Putin');
    expect(result.losses).toEqual([
      { code: 'transliterated', field: 'body', message: 'ASCII: 東京 → Dongjing, 1 place; Путин → Putin, 2 places' },
      { code: 'unrepresentable', field: 'body', message: 'ASCII cannot carry 👍🏽 (1 place): written as ?' },
    ]);
  });

  it('indents every paragraph by three spaces and does not add the dateline dash as a change', () => {
    const lines = textLines(exportToAnpa(makeStory({ body: { type: 'doc', content: [p('One.'), p('Two.'), p('Three.')] } })).text);
    expect(lines.filter((line) => line.startsWith('   '))).toEqual(['   KYIV, Nov. 6 (AFP) -- One.', '   Two.', '   Three.']);
  });

  it('reports figures and related links it cannot carry, and a missing slug', () => {
    const result = exportToAnpa(makeStory({ slug: '', body: { type: 'doc', content: [p('Text.'), figure('Caption', { credit: 'AP' })] }, related: [{ title: 'More', url: 'https://example.com' }] }));
    expect(result.text).toContain(' UNSLUGGED v3 ');
    expect(result.losses.map((loss) => loss.code)).toEqual(['slug-missing', 'photo-not-sent', 'related-not-carried']);
    expect(result.losses[1].message).toBe('photo 1 (“Caption”) is not sent: ANPA-1312 carries no pictures, nor their captions and credits');
  });

  it('caps the word count at 9999 and says so', () => {
    const result = exportToAnpa(makeStory({ body: { type: 'doc', content: [p('word '.repeat(10_500))] } }));
    expect(result.text.split(CRLF)[1].endsWith(' 9999')).toBe(true);
    expect(result.losses.map((loss) => loss.code)).toEqual(['word-count-capped']);
  });
});
