import type { Span } from './types';

/** A word or a single punctuation character, with its offsets. */
export interface Token extends Span {
  text: string;
  lower: string;
  isWord: boolean;
  /** First letter is upper case ("Smith", "AFP", "Él"). */
  capitalized: boolean;
}

/** Words keep inner apostrophes, hyphens and dots ("Li's", "ill-founded", "U.S"); anything else is one character. */
const TOKEN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of text[span], left to right. Linear: one sticky regex pass. */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(slice); match; match = TOKEN.exec(slice)) {
    const word = match[0];
    const first = word[0];
    const isWord = /[\p{L}\p{N}]/u.test(first);
    tokens.push({
      start: span.start + match.index,
      end: span.start + match.index + word.length,
      text: word,
      lower: word.toLowerCase(),
      isWord,
      capitalized: isWord && first !== first.toLowerCase(),
    });
  }
  return tokens;
}

/** Number of words in text[span]; used to tell a quoted sentence from a quoted term. */
export function countWordsIn(text: string, span: Span): number {
  return tokenize(text, span).filter((token) => token.isWord).length;
}
