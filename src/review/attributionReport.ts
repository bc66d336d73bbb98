/** The attribution report of a story: what `checkStory`, `galley check` and the review pane show. */
import { checkCredits, findAttributions, type CreditFinding, type Finding } from '../attribution/index';
import { bodyText } from '../story/body';
import type { ReadinessProblem } from '../story/readiness';
import type { Story } from '../story/story';
import { matchMarks } from './matchMarks';
import type { ReviewMark } from './reviewMarks';
import { shortenQuote } from './shortenQuote';

export interface AttributionReport {
  /** Findings with offsets into `bodyText(story.body)` (paragraphs joined by a blank line). */
  attributions: Finding[];
  credits: CreditFinding[];
}

export function attributionReport(story: Pick<Story, 'body' | 'dateline' | 'credit'>): AttributionReport {
  return { attributions: findAttributions(bodyText(story.body)), credits: checkCredits(story) };
}

/** Credit findings the desk's own readiness rules already report (credit-missing, figure-credit-missing). */
const COVERED_BY_READINESS = new Set<CreditFinding['code']>(['credit-line-missing', 'photo-credit-missing']);

/** Marks by which the reviewer settled an unattributed quote: not speech at all, or checked and accepted as it stands. */
const SETTLED = new Set<ReviewMark['verdict']>(['not-a-quote', 'verified']);

/** A mark settles its quote only while the words it was given for are still the quote's words. */
const settles = (mark: ReviewMark | undefined, changed: boolean) => mark !== undefined && SETTLED.has(mark.verdict) && !changed;

const bare = (quote: string) => shortenQuote(quote.trim().replace(/^["“”«»„']+|["“”«»„']+$/g, ''), 60);

/**
 * The report and the reviewer's work as readiness problems. All are warnings: the desk's rules
 * already block on a missing credit line or photo credit (and on a missing sign-off when the
 * profile asks for one), and a quote without a speaker is the reviewer's call, not the wire's.
 * The reviewer's marks count: a quote marked "not a quote" or "verified" is no longer reported
 * as unattributed (until its words are edited), and each "needs check" is passed on to the desk
 * with its note, as is a story returned to its editor.
 */
export function attributionProblems(story: Pick<Story, 'body' | 'review'>, report: AttributionReport, marks: readonly ReviewMark[] = []): ReadinessProblem[] {
  const text = bodyText(story.body);
  const { byFinding, changed } = matchMarks(text, report.attributions, marks);
  const unattributed = report.attributions
    .filter((finding, index) => finding.kind === 'unattributed' && !settles(byFinding.get(index), changed.has(index)))
    .map<ReadinessProblem>((finding) => ({
      code: 'quote-unattributed',
      field: 'body',
      message: `Nobody is named as saying “${bare(text.slice(finding.content.start, finding.content.end))}”.`,
      severity: 'warning',
    }));
  const toCheck = marks
    .filter((mark) => mark.verdict === 'needs-check')
    .map<ReadinessProblem>((mark) => ({ code: 'quote-needs-check', field: 'body', message: `${mark.by} asks to check “${bare(mark.anchor.quote)}”: ${mark.note}`, severity: 'warning' }));
  const returned: ReadinessProblem[] =
    story.review.state === 'returned'
      ? [{ code: 'review-returned', field: 'review', message: `Returned to the editor${story.review.by ? ` by ${story.review.by}` : ''}: ${story.review.note ?? ''}`, severity: 'warning' }]
      : [];
  const credits = report.credits
    .filter((finding) => !COVERED_BY_READINESS.has(finding.code))
    .map<ReadinessProblem>((finding) => ({ code: finding.code, field: finding.field, message: finding.message, severity: 'warning' }));
  return [...returned, ...unattributed, ...toCheck, ...credits];
}
