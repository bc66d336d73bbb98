/**
 * Words as a desk counts them: runs of letters or digits, with inner apostrophes and hyphens
 * (`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`). Counted by a scan, not that regex: a match array
 * of every word of every body was a large share of a ninjs export. Each run of letters and
 * digits starts a word, unless one apostrophe or hyphen joins it to the run before.
 */
export function countWords(text: string): number {
  let words = 0;
  let previous = NONE;
  let beforePrevious = NONE;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    const kind = isWordCharacter(code) ? WORD : isJoiner(code) ? JOINER : NONE;
    if (kind === WORD && previous !== WORD && !(previous === JOINER && beforePrevious === WORD)) words++;
    beforePrevious = previous;
    previous = kind;
  }
  return words;
}

const NONE = 0;
const WORD = 1;
const JOINER = 2;

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per BMP code unit: 0 not yet known, 1 letter or digit, 2 neither. Filled as characters are met. */
const bmpKinds = new Uint8Array(0x10000);

function isWordCharacter(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
  if (bmpKinds[code] === 0) bmpKinds[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return bmpKinds[code] === 1;
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
 * pieces segment exactly as the whole text does. The longer pieces are segmented in one call,
 * joined by NUL: a control always has a boundary on both sides (GB4, GB5).
 */
export function countCharacters(text: string): number {
  let count = 0;
  let start = 0;
  const pieces: string[] = [];
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && !sureBoundary(text.charCodeAt(i - 1), text.charCodeAt(i))) continue;
    if (i - start === 1) count++;
    else pieces.push(text.slice(start, i));
    start = i;
  }
  return pieces.length ? count + countGraphemes(pieces.join('\0')) - (pieces.length - 1) : count;
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
