// One problem repeated thousands of times is a count, not thousands of lines (issue 19 item 9).
import { describe, expect, it } from 'vitest';
import { summariseWarnings } from '../../../src/wire/summariseWarnings';

const video = (i: number) => `The associated video "Clip ${i}" (urn:video:${i}) was not imported: Galley figures are photos.`;

describe('summariseWarnings', () => {
  it('lists the first five of a repeated warning and counts the rest, keeping the other warnings whole and in order', () => {
    const warnings = ['The HTML body is not well-formed; the plain text body was imported instead.', ...Array.from({ length: 150_000 }, (_, i) => video(i + 1)), 'Language "xx" is not a language tag: English assumed.'];
    expect(summariseWarnings(warnings)).toEqual([
      'The HTML body is not well-formed; the plain text body was imported instead.',
      video(1),
      video(2),
      video(3),
      video(4),
      video(5),
      '…and 149,995 more like these.',
      'Language "xx" is not a language tag: English assumed.',
    ]);
  });

  it('lists up to ten of a kind whole', () => {
    const ten = Array.from({ length: 10 }, (_, i) => video(i));
    expect(summariseWarnings(ten)).toEqual(ten);
  });
});
