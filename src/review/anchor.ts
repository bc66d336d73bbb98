/**
 * Anchors for reviewer marks: the quote's own words plus a little context on each side. A mark
 * is stored by content, not by offset, so it survives edits elsewhere in the story and is found
 * again after them (the same idea as the W3C Web Annotation TextQuoteSelector).
 */
import { z } from 'zod';
import type { Span } from '../attribution/types';

/** Characters of context kept on each side of the quote. Enough to tell two identical quotes apart. */
export const ANCHOR_CONTEXT = 32;

export const anchorSchema = z.strictObject({
  quote: z.string().min(1, 'the anchored quote is empty').max(20_000),
  before: z.string().max(ANCHOR_CONTEXT),
  after: z.string().max(ANCHOR_CONTEXT),
});
export type Anchor = z.infer<typeof anchorSchema>;

/** The anchor of `span` in `text`. */
export function anchorOf(text: string, span: Span): Anchor {
  return {
    quote: text.slice(span.start, span.end),
    before: text.slice(Math.max(0, span.start - ANCHOR_CONTEXT), span.start),
    after: text.slice(span.end, span.end + ANCHOR_CONTEXT),
  };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** How many characters of the anchor's stored context agree with the text around `span`, both sides added up. */
export function contextAgreement(text: string, span: Span, anchor: Anchor): number {
  return commonSuffix(text.slice(Math.max(0, span.start - ANCHOR_CONTEXT), span.start), anchor.before) + commonPrefix(text.slice(span.end, span.end + ANCHOR_CONTEXT), anchor.after);
}

/**
 * Where the anchor's quote is in `text` now: of every occurrence, the one whose surroundings
 * agree most with the stored context (the first on a tie). Null when the quote's words are gone.
 */
export function locateAnchor(text: string, anchor: Anchor): Span | null {
  let best: Span | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    const span = { start: at, end: at + anchor.quote.length };
    const score = contextAgreement(text, span, anchor);
    if (score > bestScore) {
      best = span;
      bestScore = score;
    }
  }
  return best;
}
