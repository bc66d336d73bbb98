/** Quotes shortened for a list or a message: cut between words, never inside a word or a name. */

const ELLIPSIS = ' … ';

/**
 * `text` with its whitespace folded and, when longer than `max` characters, cut in the middle
 * between words: the words from the start and from the end that fit, so both ends show
 * ("said Lee … in Kyiv."). A single word too long for `max` (a web address) is the one case cut
 * inside, at a character, never between the halves of a surrogate pair.
 */
export function shortenQuote(text: string, max = 90): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const words = flat.split(' ');
  const budget = max - ELLIPSIS.length;
  const head: string[] = [];
  let used = 0;
  for (const word of words) {
    if (used + word.length + (head.length ? 1 : 0) > budget / 2) break;
    used += word.length + (head.length ? 1 : 0);
    head.push(word);
  }
  const tail: string[] = [];
  for (let i = words.length - 1; i >= head.length; i--) {
    const word = words[i];
    if (used + word.length + 1 > budget) break;
    used += word.length + 1;
    tail.unshift(word);
  }
  if (head.length === 0 && tail.length === 0) return `${Array.from(flat).slice(0, max - 1).join('')}…`;
  return `${head.join(' ')}${ELLIPSIS}${tail.join(' ')}`.trim();
}
