import { TITLE_NOUNS } from './lexicon';
import { innerSpan, type Quotation } from './quotes';
import { tokenize } from './tokens';

/** Small words that stay lower case in a title ("The Art of the Deal"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'del', 'la', 'el', 'y', 'en']);

/** Ends like a spoken sentence or clause: "...," "...?" "...!" "...." */
const SPOKEN_ENDING = /[,.!?…—–]$/u;

/** The quoted words without trailing spaces and nested closing single quotes ("... 'Get out,'"). */
function closingText(text: string, quote: Quotation): string {
  const inner = innerSpan(quote);
  return text.slice(inner.start, inner.end).replace(/[\s'’]+$/u, '');
}

/**
 * True when the quoted words read as a spoken sentence rather than a term: four words or
 * more, or at least two ending in speech punctuation ("No way," he said).
 */
export function isSpeechLike(text: string, quote: Quotation): boolean {
  const inner = innerSpan(quote);
  const words = tokenize(text, inner).filter((t) => t.isWord);
  const ending = closingText(text, quote);
  return words.length >= 4 || (words.length >= 2 && SPOKEN_ENDING.test(ending));
}

/**
 * Quotation marks that are not speech: a title or name after "the film", "dubbed", "known as";
 * a nickname between a first and last name; a Title Case work title; a short scare-quoted term.
 */
export function isNonSpeechQuote(text: string, quote: Quotation): boolean {
  const inner = innerSpan(quote);
  const words = tokenize(text, inner).filter((t) => t.isWord);
  if (words.length === 0) return true;
  const ending = closingText(text, quote);
  const before = tokenize(text, { start: Math.max(0, quote.start - 40), end: quote.start }).filter((t) => t.isWord);
  const previousWord = before.at(-1)?.lower ?? '';
  const twoBack = before.length >= 2 ? `${before[before.length - 2].lower} ${previousWord}` : '';
  if (TITLE_NOUNS.has(previousWord) || twoBack === 'known as' || twoBack === 'referred to') return true;

  const after = tokenize(text, { start: quote.end, end: Math.min(text.length, quote.end + 30) });
  const nickname = words.length <= 3 && before.at(-1)?.capitalized === true && after[0]?.capitalized === true && text[quote.start - 1] === ' ';
  if (nickname) return true;

  // American style puts a comma inside the marks, so "The Long Field," is still a title.
  const titleCase = words.length >= 2 && words.length <= 8 && !/[.!?]$/u.test(ending) && words.every((w, i) => w.capitalized || (i > 0 && TITLE_SMALL_WORDS.has(w.lower)));
  if (titleCase) return true;
  return words.length < 4 && !SPOKEN_ENDING.test(ending);
}
