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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Tokens of text[span], left to right. Linear: one sticky regex pass. */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = span.start;
  for (let match = TOKEN.exec(text); match && match.index < span.end; match = TOKEN.exec(text)) {
    // A word running past the span is cut at its end, as if the text stopped there.
    const word = match.index + match[0].length > span.end ? match[0].slice(0, span.end - match.index) : match[0];
    const first = word[0];
    // Punctuation tokens are one character; any longer token is a word.
    const isWord = word.length > 1 || LETTER_OR_DIGIT.test(first);
    tokens.push({
      start: match.index,
      end: match.index + word.length,
      text: word,
      lower: word.toLowerCase(),
      isWord,
      capitalized: isWord && first !== first.toLowerCase(),
    });
  }
  return tokens;
}
