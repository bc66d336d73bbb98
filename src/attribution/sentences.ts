import type { Span } from './types';

/**
 * Paragraphs are lines: agency copy and pasted text separate paragraphs by one or two
 * newlines, and a caption line followed by a quote line (common in pasted web copy) is two
 * paragraphs either way. Blank lines are dropped; spans exclude surrounding whitespace.
 */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== '\n' && text[i] !== '\r') continue;
    let start = lineStart;
    let end = i;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) paragraphs.push({ start, end });
    lineStart = i + 1;
  }
  return paragraphs;
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 10 || code === 13;
}

/** Abbreviations whose full stop does not end a sentence ("Mr. Haddox", "Nov. 6", "U.S. officials"). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt capt sgt adm gov sen rep rev st jr sr inc corp ltd co no vs etc ' +
    'jan feb mar apr aug sep sept oct nov dec mt ft approx dept est fig sr sra dña av'
  ).split(' '),
);

/** Characters that may close a sentence after its full stop: quote marks and brackets. */
const TRAILING_CLOSERS = new Set(['"', '”', '’', "'", '»', '“', ')', ']']);

/**
 * Sentences of one paragraph. A full stop inside a quotation does not end the sentence that
 * carries the quote ("We are ready. We will win," she said.), so boundaries strictly inside a
 * protected span (the quotations) are skipped.
 */
export function splitSentences(text: string, paragraph: Span, protectedSpans: readonly Span[]): Span[] {
  const sentences: Span[] = [];
  let start = paragraph.start;
  let protectedIndex = 0;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let boundary = i + 1;
    while (boundary < paragraph.end && TRAILING_CLOSERS.has(text[boundary])) boundary++;
    if (boundary >= paragraph.end || !isSpace(text.charCodeAt(boundary))) continue;
    let next = boundary;
    while (next < paragraph.end && isSpace(text.charCodeAt(next))) next++;
    if (next >= paragraph.end || !startsSentence(text.charCodeAt(next), text[next])) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    while (protectedIndex < protectedSpans.length && protectedSpans[protectedIndex].end <= boundary) protectedIndex++;
    const inside = protectedIndex < protectedSpans.length && protectedSpans[protectedIndex].start < boundary;
    if (inside) continue;
    sentences.push({ start, end: boundary });
    start = next;
    i = next - 1;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
  return sentences;
}

function startsSentence(code: number, ch: string): boolean {
  if (code >= 48 && code <= 57) return true;
  if ('"“„«‘\'(¿¡'.includes(ch)) return true;
  return ch !== ch.toLowerCase();
}

/** True for "Mr." and single initials ("J. Smith", "U.S."), which do not end sentences. */
function isAbbreviation(text: string, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && /[\p{L}]/u.test(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 1 && word !== word.toLowerCase()) return true;
  if (wordStart > 0 && text[wordStart - 1] === '.' && word.length === 1) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * A wire dateline opening a paragraph: "KYIV, Nov. 6 (AFP) — ", "Berlin (dpa) - ",
 * "VALENCIA (España), 12 nov (EFE).- ", "CAMBRIDGE, Mass., Sept. 9, 2024 /PRNewswire/ -- ".
 * It is either upper case or carries an agency in brackets, and ends in a dash.
 */
const DATELINE = /^[\p{Lu}][\p{L}\p{N} .,'’()/-]{0,80}?\s*(?:—|–|--|-|\.-)\s+/u;

/** The paragraph without its dateline, so that "Berlin" is not read as the first sentence's subject. */
export function withoutDateline(text: string, paragraph: Span): Span {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 100));
  const match = DATELINE.exec(head);
  if (!match) return paragraph;
  const place = /^[\p{L} .,'’-]+/u.exec(match[0])?.[0].split(',')[0].trim() ?? '';
  const upperPlace = place.length >= 3 && place === place.toUpperCase();
  const agency = /\([^)]*\)|\/[^/]+\//u.test(match[0]);
  if (!upperPlace && !agency) return paragraph;
  return { start: paragraph.start + match[0].length, end: paragraph.end };
}
