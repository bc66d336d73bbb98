// The attribution checker with random and news-like text: it never throws, and every span it
// reports lies inside the text it was given (start <= end, within 0..length).
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { findAttributions, type Span } from '../../src/attribution/index';
import { RUNS, timeoutFor, withinTimeBound } from './fuzzKit';

const WORDS = ['said', 'told', 'according to', 'says', 'added', 'the minister', 'he', 'she', 'they', 'Zelensky', 'a source', 'officials', 'reportedly', ':', ',', '.', '\n\n', '“', '”', '"', "'", '‘', '’', '«', '»', '„', '—', 'Mr.', 'U.S.', 'Dr', '(AFP)', '😀', '\u0301', '\uD800'];
const newsLike = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 120 }).map((parts) => parts.join(' '));
const text = fc.oneof(newsLike, fc.string({ unit: 'binary', maxLength: 500 }), fc.string({ unit: 'grapheme', maxLength: 300 }));

function inside(span: Span | null, length: number): void {
  if (!span) return;
  expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeGreaterThanOrEqual(span.start);
  expect(span.end).toBeLessThanOrEqual(length);
}

it(`never throws and keeps every offset inside the text for ${RUNS * 2} texts`, () => {
  fc.assert(
    fc.property(text, (input) => {
      const findings = withinTimeBound(() => findAttributions(input));
      for (const finding of findings) {
        inside(finding.content, input.length);
        inside(finding.cue, input.length);
        inside(finding.source, input.length);
        expect(finding.confidence).toBeGreaterThanOrEqual(0);
        expect(finding.confidence).toBeLessThanOrEqual(1);
      }
    }),
    { numRuns: RUNS * 2 },
  );
}, timeoutFor(20));
