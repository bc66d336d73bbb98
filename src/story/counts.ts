/** Words as a desk counts them: runs of letters or digits, with inner apostrophes and hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Characters as a reader sees them (grapheme clusters), not UTF-16 code units.
 *
 * Intl.Segmenter is exact but slow (it was most of a ninjs export, which counts every body), so
 * it only sees the stretches that need it. Below U+0300 no character extends, prepends to or
 * joins another (UAX #29: the first Extend is U+0300, ZWJ is U+200D, no SpacingMark or Prepend
 * sits that low), so between two such characters there is always a boundary, except CR LF
 * (GB3). The text is cut at those sure boundaries; one-character pieces count 1 each, longer
 * pieces (accents, emoji, CJK, CR LF) go to the segmenter. No rule looks back across a
 * character below U+0300 (the GB11 and GB12 chains are made of characters above it), so the
 * pieces segment exactly as the whole text does.
 */
export function countCharacters(text: string): number {
  let count = 0;
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && !sureBoundary(text.charCodeAt(i - 1), text.charCodeAt(i))) continue;
    count += i - start === 1 ? 1 : countGraphemes(text.slice(start, i));
    start = i;
  }
  return count;
}

const FIRST_JOINING = 0x300;
const CR = 0x0d;
const LF = 0x0a;

function sureBoundary(before: number, after: number): boolean {
  return before < FIRST_JOINING && after < FIRST_JOINING && !(before === CR && after === LF);
}

function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
