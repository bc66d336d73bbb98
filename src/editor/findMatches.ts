import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A match of the find bar's query, in document positions. */
export interface Match {
  from: number;
  to: number;
}

/** What the find bar looks for: its text and the two options every word processor offers. */
export interface FindQuery {
  text: string;
  /** Only text in the same case matches. Default false. */
  matchCase?: boolean;
  /** Only matches with no letter or digit on either side: "the" then skips "them" and "another". Default false. */
  wholeWords?: boolean;
}

/** A letter, digit or combining mark: what a word is made of, in any script. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Every occurrence of the query in the document's text, in document order. Matches never span
 * two blocks (a newsroom searches for words and phrases, not paragraph breaks); a hard break or
 * other inline leaf counts as one character so offsets stay document positions. With `within`,
 * only the text blocks that range touches are searched, whole.
 */
export function findMatches(doc: ProseMirrorNode, query: FindQuery, within?: Match): Match[] {
  if (!query.text) return [];
  const fold = (text: string) => (query.matchCase ? text : text.toLocaleLowerCase());
  const needle = fold(query.text);
  const matches: Match[] = [];
  doc.nodesBetween(within?.from ?? 0, within?.to ?? doc.content.size, (node, pos) => {
    if (!node.isTextblock) return true;
    const text = fold(node.textBetween(0, node.content.size, undefined, '\ufffc'));
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (query.wholeWords && (WORD_CHARACTER.test(text.charAt(at - 1)) || WORD_CHARACTER.test(text.charAt(end)))) continue;
      matches.push({ from: pos + 1 + at, to: pos + 1 + end });
      at = end - 1;
    }
    return false;
  });
  return matches;
}
