import { isSpace } from './sentences';
import type { Span } from './types';

/** A top-level quotation: from its opening mark to just after its closing mark. */
export interface Quotation extends Span {
  /** False when the paragraph (or text) ended before a closing mark. */
  closed: boolean;
  /** Index of the paragraph it opens in and the one it closes in (equal unless it runs on). */
  firstParagraph: number;
  lastParagraph: number;
}

/** For each opening mark, the marks that close it. „ closes with “ (German) or ” (Polish, Czech). */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '„': '“”',
  '«': '»',
};

interface OpenMark {
  mark: string;
  at: number;
}

/**
 * Every top-level quotation, paired with a stack so that nested quotes (‘...’ inside “...”,
 * “...” inside «...») stay inside their outer quote. Single quotes are never paired: at top
 * level they are apostrophes far more often than quotes, and nested they need no pairing.
 *
 * A quotation left open at the end of a paragraph runs on when the next paragraph opens with
 * a mark (the newsroom convention for multi-paragraph quotes); otherwise it ends with its
 * paragraph, marked unclosed.
 */
export function findQuotations(text: string, paragraphs: readonly Span[]): Quotation[] {
  const quotations: Quotation[] = [];
  const stack: OpenMark[] = [];
  let openedIn = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    let i = start;
    if (stack.length > 0) {
      // A run-on quote: the reopening mark belongs to the quote already open.
      if (CLOSERS[text[start]] !== undefined) {
        i = start + 1;
        stack.length = 1;
      } else {
        const outer = stack[0];
        quotations.push({ start: outer.at, end: paragraphs[p - 1].end, closed: false, firstParagraph: openedIn, lastParagraph: p - 1 });
        stack.length = 0;
      }
    }
    for (; i < end; i++) {
      const ch = text[i];
      if (!isQuoteMark(ch)) continue;
      const top = stack[stack.length - 1];
      if (top && CLOSERS[top.mark].includes(ch) && !(ch === '"' && looksLikeOpener(text, i, start, end))) {
        stack.pop();
        if (stack.length === 0) {
          quotations.push({ start: top.at, end: i + 1, closed: true, firstParagraph: openedIn, lastParagraph: p });
        }
        continue;
      }
      if (CLOSERS[ch] === undefined) continue;
      if (ch === '"' && !looksLikeOpener(text, i, start, end)) continue;
      if (stack.length === 0) openedIn = p;
      stack.push({ mark: ch, at: i });
    }
    if (stack.length > 0 && p === paragraphs.length - 1) {
      quotations.push({ start: stack[0].at, end, closed: false, firstParagraph: openedIn, lastParagraph: p });
      stack.length = 0;
    }
  }
  return quotations;
}

function isQuoteMark(ch: string): boolean {
  return ch === '"' || ch === '“' || ch === '”' || ch === '„' || ch === '«' || ch === '»';
}

/** A straight quote opens after a space, a bracket or a dash, and is followed by a non-space. */
function looksLikeOpener(text: string, at: number, paragraphStart: number, paragraphEnd: number): boolean {
  if (at + 1 >= paragraphEnd || isSpace(text.charCodeAt(at + 1))) return false;
  if (at === paragraphStart) return true;
  const before = text[at - 1];
  return isSpace(text.charCodeAt(at - 1)) || '([{—–-/:'.includes(before);
}

/** The words inside the marks (without the marks themselves). */
export function innerSpan(quotation: Quotation): Span {
  return { start: quotation.start + 1, end: quotation.closed ? quotation.end - 1 : quotation.end };
}
