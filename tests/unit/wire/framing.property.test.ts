import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportToAnpa } from '../../../src/wire/anpa';
import { exportToIptc7901 } from '../../../src/wire/iptc7901';
import { EDNOTE, makeStory, p } from './wireStories';

const anyText = fc.string({ unit: 'binary', maxLength: 300 });

/** Stories with arbitrary Unicode (controls, emoji, CJK, RTL, lone marks) in every text field. */
const anyStory = fc.record({ headline: anyText, byline: anyText, standfirst: anyText, slug: anyText, place: anyText, source: anyText, body: fc.array(anyText, { maxLength: 5 }), keywords: fc.array(anyText, { maxLength: 5 }) }).map((f) =>
  makeStory({ headline: f.headline, byline: f.byline, standfirst: f.standfirst, slug: f.slug, dateline: { place: f.place, date: '2026-11-06', source: f.source }, body: { type: 'doc', content: f.body.map(p) }, keywords: f.keywords }),
);

function framingHolds(text: string, bytes: Uint8Array, maxByte: number, controls: readonly string[]): void {
  for (const control of ['\x01', '\x02', '\x03', '\x04']) expect(text.split(control)).toHaveLength(2);
  const [soh, stx, etx, eot] = ['\x01', '\x02', '\x03', '\x04'].map((c) => text.indexOf(c));
  expect(soh < stx && stx < etx && etx < eot && eot === text.length - 1).toBe(true);
  expect([...bytes].every((b) => b <= maxByte && (b >= 0x20 || controls.includes(String.fromCharCode(b))))).toBe(true);
  expect(text).not.toContain(EDNOTE);
}

describe('framing holds for any text (property)', () => {
  it('IPTC 7901: one of each control byte, in order, Latin-1 only, lines of at most 69', () => {
    fc.assert(
      fc.property(anyStory, (story) => {
        const { text, bytes } = exportToIptc7901(story);
        framingHolds(text, bytes, 0xff, ['\x01', '\x02', '\x03', '\x04', '\r', '\n']);
        const lines = text.slice(text.indexOf('\x02') + 1, text.indexOf('\x03')).split('\r\n');
        expect(lines.every((line) => line.length <= 69)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('ANPA-1312: one of each control byte, in order, 7-bit ASCII only', () => {
    fc.assert(
      fc.property(anyStory, (story) => {
        const { text, bytes } = exportToAnpa(story);
        framingHolds(text, bytes, 0x7e, ['\x16', '\x01', '\x02', '\x03', '\x04', '\x11', '\x13', '\r', '\n']);
        expect(text.split('\x11')).toHaveLength(2);
        expect(text.split('\x13')).toHaveLength(2);
      }),
      { numRuns: 300 },
    );
  });
});
