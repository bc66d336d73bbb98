import { diffWords } from 'diff';

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
 * (GB3). The same holds for the common letters, punctuation and ideographs in APART (Greek,
 * Cyrillic, Hebrew and Arabic letters, dashes and quotes, currency signs, kana, CJK): all are
 * Grapheme_Cluster_Break=Other and no Indic conjunct consonant. The text is cut at those sure
 * boundaries; one-character pieces count 1 each, longer pieces (accents, emoji, Indic scripts,
 * Hangul, CR LF) go to the segmenter. No rule looks back across such a character (the GB9c,
 * GB11 and GB12 chains are made of other characters), so the pieces segment exactly as the
 * whole text does. The longer pieces are segmented in one call, joined by NUL: a control
 * always has a boundary on both sides (GB4, GB5). tests/unit/story/counts.test.ts checks every
 * character of APART against Intl.Segmenter.
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

/** BMP ranges, inclusive, of characters that never join a neighbour into one grapheme, above U+0300. */
export const APART: readonly (readonly [number, number])[] = [
  [0x0370, 0x0482], // Greek and Coptic, Cyrillic up to its combining marks (U+0483-0489)
  [0x048a, 0x052f], // Cyrillic, Cyrillic Supplement
  [0x05d0, 0x05ea], // Hebrew letters (the points around them are marks)
  [0x0620, 0x064a], // Arabic letters (U+0600-0605 prepend; harakat from U+064B are marks)
  [0x0660, 0x066f], // Arabic-Indic digits and punctuation
  [0x0671, 0x06d3], // Arabic letters
  [0x2010, 0x2027], // dashes, quotation marks, bullets, ellipsis (not the zero-width and bidi controls around them)
  [0x2030, 0x205e], // per mille, primes, guillemets, other punctuation
  [0x20a0, 0x20c0], // currency signs
  [0x3000, 0x3029], // CJK punctuation (U+302A-302F are marks)
  [0x3041, 0x3096], // Hiragana (U+3099-309A are marks)
  [0x30a0, 0x30ff], // Katakana
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xff01, 0xff60], // fullwidth forms
];

/** Per BMP code unit: 1 when no grapheme rule joins it to a neighbour (CR LF aside). */
const apart = new Uint8Array(0x10000);
apart.fill(1, 0, FIRST_JOINING);
for (const [first, last] of APART) apart.fill(1, first, last + 1);

function sureBoundary(before: number, after: number): boolean {
  return apart[before] === 1 && apart[after] === 1 && !(before === CR && after === LF);
}

function countGraphemes(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * How many words changed from `before` to `after`, as an editor counts them: a word replaced
 * by another is one change, not one removed and one added, and the words around it are not
 * counted at all (a one-word correction to a paragraph is one word changed, not the paragraph).
 */
export function countChangedWords(before: string, after: string): number {
  let changed = 0;
  let removed = 0;
  let added = 0;
  for (const part of diffWords(before, after)) {
    if (part.removed) removed += countWords(part.value);
    else if (part.added) added += countWords(part.value);
    else if (countWords(part.value)) {
      changed += Math.max(removed, added);
      removed = added = 0;
    }
  }
  return changed + Math.max(removed, added);
}
