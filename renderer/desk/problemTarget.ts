import type { ReadinessProblem } from '../../src/story/readiness';

/** Story field paths (as readiness reports them) to the `name` of the form control that edits them. */
const FIELD_CONTROLS: Record<string, string> = {
  slug: 'slug',
  headline: 'headline',
  standfirst: 'standfirst',
  byline: 'byline',
  'dateline.place': 'dateline-place',
  'dateline.date': 'dateline-date',
  'dateline.source': 'dateline-source',
  'credit.line': 'credit-line',
  'credit.source': 'credit-source',
  embargo: 'embargo',
};

/** A CSS selector for the form control a problem concerns, or null for body problems and fields without one control. */
export function controlSelectorFor(problem: ReadinessProblem): string | null {
  if (problem.field === 'body') return null;
  const related = /^related\.(\d+)\.(url|title)$/.exec(problem.field);
  if (related) return `[aria-label="Related link ${Number(related[1]) + 1} ${related[2] === 'url' ? 'URL' : 'title'}"]`;
  const name = FIELD_CONTROLS[problem.field];
  return name ? `[name="${name}"]` : null;
}
