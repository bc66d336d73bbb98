/** The attribution report of a story: what `checkStory`, `galley check` and the review pane show. */
import { checkCredits, findAttributions, type CreditFinding, type Finding } from '../attribution/index';
import { bodyText } from '../story/body';
import type { ReadinessProblem } from '../story/readiness';
import type { Story } from '../story/story';

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

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The report as readiness problems. All are warnings: the desk's rules already block on a missing
 * credit line or photo credit, and a quote without a speaker is the reviewer's call, not the wire's.
 */
export function attributionProblems(story: Pick<Story, 'body'>, report: AttributionReport): ReadinessProblem[] {
  const text = bodyText(story.body);
  const unattributed = report.attributions
    .filter((finding) => finding.kind === 'unattributed')
    .map<ReadinessProblem>((finding) => ({
      code: 'quote-unattributed',
      field: 'body',
      message: `Nobody is named as saying “${shorten(text.slice(finding.content.start, finding.content.end).replace(/^["“”«»„']+|["“”«»„']+$/g, ''))}”.`,
      severity: 'warning',
    }));
  const credits = report.credits
    .filter((finding) => !COVERED_BY_READINESS.has(finding.code))
    .map<ReadinessProblem>((finding) => ({ code: finding.code, field: finding.field, message: finding.message, severity: 'warning' }));
  return [...unattributed, ...credits];
}
