import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** A match of the find bar's query, in document positions. */
export interface Match {
  from: number;
  to: number;
}

/**
 * Every occurrence of `query` in the document's text, ignoring case, in document order. Matches
 * never span two blocks (a newsroom searches for words and phrases, not paragraph breaks); a hard
 * break or other inline leaf counts as one character so offsets stay document positions. With
 * `within`, only the text blocks that range touches are searched, whole.
 */
export function findMatches(doc: ProseMirrorNode, query: string, within?: Match): Match[] {
  if (!query) return [];
  const needle = query.toLocaleLowerCase();
  const matches: Match[] = [];
  doc.nodesBetween(within?.from ?? 0, within?.to ?? doc.content.size, (node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textBetween(0, node.content.size, undefined, '\ufffc').toLocaleLowerCase();
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      matches.push({ from: pos + 1 + at, to: pos + 1 + at + needle.length });
    }
    return false;
  });
  return matches;
}
