/**
 * Search snippets built in TypeScript from the indexed text. FTS5's snippet() re-tokenises each
 * hit's whole text and weighs every fragment, which costs about a millisecond per long story:
 * ten hits were most of a search's time. This finds the first matching word and shows the words
 * around it, marking matches with [[ ]] as snippet() does.
 */

interface QueryTerm {
  /** Folded (lower case, no accents) as the unicode61 tokenizer folds. */
  text: string;
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}_]+/gu;
const FTS_OPERATORS = new Set(['AND', 'OR', 'NOT', 'NEAR']);
const WORDS_BEFORE = 6;
const WORDS_AFTER = 10;

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

/** Words around the first match in `text`, matches in [[ ]]; null when no word matches. */
export function snippetOf(text: string, terms: readonly QueryTerm[]): string | null {
  const words = [...text.matchAll(WORD)];
  const first = words.findIndex((word) => matches(word[0], terms));
  if (first < 0) return null;
  const from = Math.max(0, first - WORDS_BEFORE);
  const to = Math.min(words.length - 1, first + WORDS_AFTER);
  let out = from > 0 ? '…' : '';
  let cursor = words[from].index;
  for (let i = from; i <= to; i++) {
    const word = words[i];
    out += text.slice(cursor, word.index);
    out += matches(word[0], terms) ? `[[${word[0]}]]` : word[0];
    cursor = word.index + word[0].length;
  }
  return (out + (to < words.length - 1 ? '…' : text.slice(cursor))).replace(/\s+/g, ' ');
}
