/**
 * Search snippets built in TypeScript from the indexed text. FTS5's snippet() re-tokenises each
 * hit's whole text and weighs every fragment, which costs about a millisecond per long story:
 * ten hits were most of a search's time. This finds the first matching word and shows the words
 * around it, marking matches with [[ ]] as snippet() does.
 *
 * Finding that first word is one native regex search over the folded text, not a word-by-word
 * walk: splitting and folding every word of 20 long bodies cost 5-10 ms, most of a search.
 */

interface QueryTerm {
  /** Folded (lower case, no accents) as the unicode61 tokenizer folds. */
  text: string;
  prefix: boolean;
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';
const WORD = /[\p{L}\p{N}_]+/gu;
const FIRST_WORD = /[\p{L}\p{N}_]+/u;
const FTS_OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
const WORDS_BEFORE = 6;
const WORDS_AFTER = 10;
/** How far back from the match the words before it are looked for: six words, with room to spare. */
const LOOK_BACK_CHARS = 400;

function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words a query looks for: bare words, prefixes (`grain*`) and the words of phrases. */
export function queryTerms(query: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (const match of query.matchAll(/"([^"]*)"|([\p{L}\p{N}_]+)(\*?)(:?)/gu)) {
    if (match[1] !== undefined) {
      for (const word of match[1].match(WORD) ?? []) terms.push({ text: fold(word), prefix: false });
    } else if (!match[4] && !FTS_OPERATORS.has(match[2])) {
      terms.push({ text: fold(match[2]), prefix: match[3] === '*' });
    }
  }
  return terms;
}

function matches(word: string, terms: readonly QueryTerm[]): boolean {
  const folded = fold(word);
  return terms.some((term) => (term.prefix ? folded.startsWith(term.text) : folded === term.text));
}

const foldedChars = new Map<string, string>();

/** One character folded to one character (so offsets stay put), or left as it is. */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const candidate = fold(char);
    folded = candidate.length === 1 ? candidate : char;
    foldedChars.set(char, folded);
  }
  return folded;
}

/** `text` folded character for character, or null when folding would change its length. */
function foldText(text: string): string | null {
  const folded = text.replace(/[^\x00-\x7f]/g, foldChar).toLowerCase();
  return folded.length === text.length ? folded : null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termPattern(terms: readonly QueryTerm[], flags: string): RegExp {
  const alternatives = terms.map((term) => `${escapeRegExp(term.text)}${term.prefix ? `${WORD_CHAR}*` : ''}`);
  return new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, flags);
}

/**
 * A character outside ASCII that may be a letter, and so fold into an ASCII term (ö -> o).
 * Punctuation (curly quotes, dashes, no-break spaces) is let through: copy is full of it, and a
 * plain character class is many times faster than \p{L}.
 */
const MAY_FOLD = /[^\x00-\x7f\u00a0-\u00bf\u2000-\u206f]/;

/** Where the first whole word matching a term starts in `text`, or -1. */
function firstMatch(text: string, terms: readonly QueryTerm[]): number {
  // Fast path: a case-insensitive search of the text as it is. It is exact unless a letter
  // outside ASCII comes before the hit (an accented spelling of the term could be earlier).
  const plain = text.search(termPattern(terms, 'iu'));
  const end = plain < 0 ? text.length : plain;
  if (!MAY_FOLD.test(text.slice(0, end)) && (plain < 0 || matches(text.slice(plain).match(FIRST_WORD)![0], terms))) return plain;
  const folded = foldText(text);
  if (folded !== null) return folded.search(termPattern(terms, 'u'));
  // Rare (a character whose lower case is longer): the word-by-word walk.
  for (const word of text.matchAll(WORD)) if (matches(word[0], terms)) return word.index;
  return -1;
}

/** Words around the first match in `text`, matches in [[ ]]; null when no word matches. */
export function snippetOf(text: string, terms: readonly QueryTerm[]): string | null {
  if (terms.length === 0) return null;
  const at = firstMatch(text, terms);
  if (at < 0) return null;
  // The words before the match, from a bounded stretch of text rather than the whole body.
  let start = Math.max(0, at - LOOK_BACK_CHARS);
  if (start > 0) while (start < at && /[\p{L}\p{N}_]/u.test(text[start])) start++;
  const before = [...text.slice(start, at).matchAll(WORD)];
  const kept = before.slice(-WORDS_BEFORE).map((word) => ({ text: word[0], index: start + word.index }));
  const earlier = before.length > WORDS_BEFORE || (start > 0 && /[\p{L}\p{N}_]/u.test(text.slice(0, start)));
  // The match and the words after it, read lazily up to one past the window.
  const after = new RegExp(WORD.source, 'gu');
  after.lastIndex = at;
  const window = [...kept];
  let later = false;
  for (let word = after.exec(text); word; word = after.exec(text)) {
    if (window.length - kept.length > WORDS_AFTER) {
      later = true;
      break;
    }
    window.push({ text: word[0], index: word.index });
  }
  let out = earlier ? '…' : '';
  let cursor = window[0].index;
  for (const word of window) {
    out += text.slice(cursor, word.index);
    out += matches(word.text, terms) ? `[[${word.text}]]` : word.text;
    cursor = word.index + word.text.length;
  }
  return (out + (later ? '…' : text.slice(cursor))).replace(/\s+/g, ' ');
}
