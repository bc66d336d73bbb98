/** Which finding each stored mark belongs to, in the text as it is now. */
import type { Finding } from '../attribution/types';
import { ANCHOR_CONTEXT, contextAgreement, locateAnchor } from './anchor';
import type { ReviewMark } from './reviewMarks';

export interface MatchedMarks {
  /** The mark of each finding that has one, by the finding's index. */
  byFinding: Map<number, ReviewMark>;
  /**
   * The findings whose mark was found by its place, not its words: the quote was edited after
   * it was marked, so the verdict is about words that are no longer there. By the finding's
   * index, the quote as it was marked.
   */
  changed: Map<number, string>;
  /** Marks whose quote is no longer in the text, or no longer found as a quote. */
  orphans: ReviewMark[];
}

/** Characters of stored context that must agree for a finding to be taken as an edited marked quote. */
const CONTEXT_NEEDED = ANCHOR_CONTEXT / 2;
/** Share of a marked quote's words that, still there, make a finding the same quote edited. */
const WORDS_NEEDED = 0.5;

/** The finding whose content overlaps `start..end` most, or -1. */
function bestOverlap(findings: readonly Finding[], start: number, end: number, taken: ReadonlySet<number>): number {
  let best = -1;
  let bestOverlap = 0;
  findings.forEach((finding, index) => {
    if (taken.has(index)) return;
    const overlap = Math.min(end, finding.content.end) - Math.max(start, finding.content.start);
    if (overlap > bestOverlap) {
      best = index;
      bestOverlap = overlap;
    }
  });
  return best;
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The share of the words of `a` and `b` (the longer's count) that both hold. */
function sharedWords(a: string, b: string): number {
  const left = wordsOf(a);
  const right = wordsOf(b);
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.max(left.size, right.size, 1);
}

/** For a mark whose words are gone: the free finding at its place (its context agrees) or with most of its words, or -1. */
function editedQuote(text: string, findings: readonly Finding[], mark: ReviewMark, taken: ReadonlySet<number>): number {
  let best = -1;
  let bestScore = 0;
  findings.forEach((finding, index) => {
    if (taken.has(index)) return;
    const context = contextAgreement(text, finding.content, mark.anchor);
    const words = sharedWords(mark.anchor.quote, text.slice(finding.content.start, finding.content.end));
    if (context < CONTEXT_NEEDED && words < WORDS_NEEDED) return;
    const score = context + words * ANCHOR_CONTEXT * 2;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Re-finds every mark by its anchor and attaches it to the finding over those words; the newest
 * mark wins a finding. A mark whose words were edited is attached to the quote at its place,
 * flagged as changed, so the card says so instead of showing the quote as never reviewed.
 */
export function matchMarks(text: string, findings: readonly Finding[], marks: readonly ReviewMark[]): MatchedMarks {
  const byFinding = new Map<number, ReviewMark>();
  const changed = new Map<number, string>();
  const lost: ReviewMark[] = [];
  const newestFirst = [...marks].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);
  for (const mark of newestFirst) {
    const span = locateAnchor(text, mark.anchor);
    const index = span ? bestOverlap(findings, span.start, span.end, new Set(byFinding.keys())) : -1;
    if (index === -1) lost.push(mark);
    else byFinding.set(index, mark);
  }
  // Only once every mark still found by its words has its finding: an edited quote never takes another's.
  const orphans: ReviewMark[] = [];
  for (const mark of lost) {
    const index = editedQuote(text, findings, mark, new Set(byFinding.keys()));
    if (index === -1) {
      orphans.push(mark);
    } else {
      byFinding.set(index, mark);
      changed.set(index, mark.anchor.quote);
    }
  }
  return { byFinding, changed, orphans };
}
