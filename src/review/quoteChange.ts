/** What changed in a marked quote since it was marked, in words a reviewer reads at a glance. */
import { diffWords } from 'diff';
import { shortenQuote } from './shortenQuote';

/** The words taken out and put in, e.g. `“hold” is now “keep”`; empty when only spacing or punctuation moved. */
export function describeQuoteChange(was: string, now: string): string {
  const parts = diffWords(was, now);
  const removed = shortenQuote(parts.filter((part) => part.removed).map((part) => part.value.trim()).join(' … '), 60);
  const added = shortenQuote(parts.filter((part) => part.added).map((part) => part.value.trim()).join(' … '), 60);
  if (removed && added) return `“${removed}” is now “${added}”`;
  if (removed) return `“${removed}” taken out`;
  if (added) return `“${added}” put in`;
  return '';
}
