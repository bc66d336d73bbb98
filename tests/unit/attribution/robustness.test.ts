import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAttributions, type Finding } from '../../../src/attribution';

function expectOffsetsInside(text: string, findings: Finding[]): void {
  const inside = (span: { start: number; end: number } | null) =>
    span === null || (Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length);
  for (const f of findings) {
    expect(inside(f.content)).toBe(true);
    expect(inside(f.cue)).toBe(true);
    expect(inside(f.source)).toBe(true);
    if (f.source) expect(f.source.text).toBe(text.slice(f.source.start, f.source.end));
    expect(f.confidence).toBeGreaterThanOrEqual(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
}

const ODD_INPUTS: { name: string; text: string }[] = [
  { name: 'empty', text: '' },
  { name: 'only whitespace', text: ' \n\n\t ' },
  { name: 'only quote marks', text: '""""“”„«»"' },
  { name: 'an unclosed quote', text: '"We will never stop, she said' },
  { name: 'a stray closing mark', text: 'He said» that ” was “ odd.' },
  { name: 'an unclosed quote followed by plain paragraphs', text: '"Opening words\n\nA plain paragraph.\n\nAnother said.' },
  { name: 'NUL characters', text: 'The minister\u0000 said\u0000 "no\u0000 way," she said.' },
  { name: 'lone surrogates', text: '"\ud800 We \udc00 won," said \ud83d Ruiz.' },
  { name: 'cue words only', text: 'said said told according to reportedly is said to be' },
  { name: 'a colon at the very end', text: 'The ministry said:' },
  { name: 'punctuation soup', text: ',,, : ; "" , said , : "' },
];

describe('findAttributions on odd input', () => {
  it.each(ODD_INPUTS)('$name: no throw, offsets inside the text', ({ text }) => {
    const findings = findAttributions(text);
    expectOffsetsInside(text, findings);
  });

  it('reports an unclosed quote as ending with its paragraph', () => {
    const text = '"We will never stop," she said. "And we will not\n\nThe vote is on Friday.';
    const findings = findAttributions(text);
    expectOffsetsInside(text, findings);
    expect(findings.every((f) => f.content.end <= text.indexOf('\n\n'))).toBe(true);
  });

  it('reads a 1 MB text to the end, finding every repeated quote', () => {
    // No stopwatch here (tests must not depend on timing): a quadratic scan of 1 MB would run
    // into the test timeout; the speed figure itself comes from `npm run eval:attribution`.
    const paragraph = '"We will rebuild," Mayor Ana Ruiz said. Officials said the road was closed, according to police. ';
    const repeats = Math.ceil(1_000_000 / paragraph.length);
    const text = paragraph.repeat(repeats);
    const findings = findAttributions(text);
    expectOffsetsInside(text, findings);
    expect(findings.filter((f) => f.kind === 'direct')).toHaveLength(repeats);
  });

  it('never throws and keeps offsets inside the text for arbitrary strings', () => {
    const alphabet = fc.constantFrom('"', '“', '”', '„', '«', '»', "'", '’', ',', '.', ':', ' ', '\n', '\n\n', 'said', 'he', 'Smith', 'according to', 'that', 'The', 'ministry', '\u0000', '\ud800', 'según', 'reportedly');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expectOffsetsInside(text, findAttributions(text));
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectOffsetsInside(text, findAttributions(text));
      }),
      { numRuns: 300 },
    );
  });
});
