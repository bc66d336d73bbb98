/** Which finding each stored mark belongs to, in the text as it is now. */
import type { Finding } from '../attribution/types';
import { locateAnchor } from './anchor';
import type { ReviewMark } from './reviewMarks';

export interface MatchedMarks {
  /** The mark of each finding that has one, by the finding's index. */
  byFinding: Map<number, ReviewMark>;
  /** Marks whose quote is no longer in the text, or no longer found as a quote. */
  orphans: ReviewMark[];
}

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

/** Re-finds every mark by its anchor and attaches it to the finding over those words; the newest mark wins a finding. */
export function matchMarks(text: string, findings: readonly Finding[], marks: readonly ReviewMark[]): MatchedMarks {
  const byFinding = new Map<number, ReviewMark>();
  const orphans: ReviewMark[] = [];
  const newestFirst = [...marks].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);
  for (const mark of newestFirst) {
    const span = locateAnchor(text, mark.anchor);
    const index = span ? bestOverlap(findings, span.start, span.end, new Set(byFinding.keys())) : -1;
    if (index === -1) orphans.push(mark);
    else byFinding.set(index, mark);
  }
  return { byFinding, orphans };
}
