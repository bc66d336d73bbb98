import { bodyText, figuresOf, type Figure } from '../story/body';
import type { Story } from '../story/story';
import { agenciesIn, agencyNamed, CAPTION_WITH_CREDIT, PHOTO_CREDIT_LINE } from '../wire/houseStyles';

/** A problem with a story's credits, for the review pane and readiness. */
export interface CreditFinding {
  code: 'credit-line-missing' | 'credit-source-missing' | 'credit-source-mismatch' | 'credit-line-mismatch' | 'photo-credit-missing';
  /** The field to fix: "credit.line", "credit.source", "dateline.source", "body.content[2]" (the figure node). */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export type CreditedStory = Pick<Story, 'body' | 'dateline' | 'credit'>;

/** Every credit problem of a story: the agency credit, then each figure's photo credit. */
export function checkCredits(story: CreditedStory): CreditFinding[] {
  return [...checkAgencyCredit(story), ...checkPhotoCredits(story)];
}

/**
 * Agencies a piece of copy names, in the house-style table's order. A field that is only a name
 * ("AP" in dateline.source) is that agency; in running text a short ambiguous name counts only
 * in its dateline form "(AP)" (src/wire/houseStyles.ts).
 */
export function agenciesNamedIn(text: string): string[] {
  const named = agencyNamed(text);
  return named ? [named.name] : agenciesIn(text).map((agency) => agency.name);
}

/**
 * When the dateline or the text names a wire agency, the story must carry a credit line and
 * a credit source, and they must name that agency: agency copy sent without its credit breaks
 * the wire contract.
 */
export function checkAgencyCredit(story: CreditedStory): CreditFinding[] {
  // Photo credits in captions ("AP Photo/...") credit the picture, not the story.
  const text = bodyText({ type: 'doc', content: story.body.content.filter((node) => node.type !== 'figure') });
  const fromDateline = agenciesNamedIn(story.dateline.source);
  const named = [...new Set([...fromDateline, ...agenciesNamedIn(text)])];
  if (named.length === 0) return [];
  const findings: CreditFinding[] = [];
  const { line, source } = story.credit;
  const list = named.join(', ');
  if (!line.trim()) {
    findings.push({ code: 'credit-line-missing', field: 'credit.line', message: `The story names ${list} but has no credit line.`, severity: 'error' });
  }
  if (!source.trim()) {
    findings.push({ code: 'credit-source-missing', field: 'credit.source', message: `The story names ${list} but has no credit source.`, severity: 'error' });
    return findings;
  }
  const credited = agenciesNamedIn(source);
  const datelineDisagrees = fromDateline.length > 0 && !fromDateline.some((agency) => credited.includes(agency));
  if (datelineDisagrees) {
    findings.push({
      code: 'credit-source-mismatch',
      field: 'dateline.source',
      message: `The dateline credits ${fromDateline.join(', ')} but the credit source is "${source.trim()}".`,
      severity: 'error',
    });
  } else if (!named.some((agency) => credited.includes(agency))) {
    findings.push({
      code: 'credit-source-mismatch',
      field: 'credit.source',
      message: `The story names ${list} but the credit source is "${source.trim()}".`,
      severity: 'warning',
    });
  }
  if (line.trim() && credited.length > 0 && !credited.some((agency) => agenciesNamedIn(line).includes(agency))) {
    findings.push({
      code: 'credit-line-mismatch',
      field: 'credit.line',
      message: `The credit line "${line.trim()}" does not name the credit source ${credited.join(', ')}.`,
      severity: 'error',
    });
  }
  return findings;
}

/** True when a caption ends in a photo credit ("... (AP Photo/Evan Vucci)", "... Photo: Ana Ruiz") or is one. */
export function captionHasCredit(caption: string): boolean {
  const text = caption.trim();
  return CAPTION_WITH_CREDIT.test(text) || PHOTO_CREDIT_LINE.test(text);
}

/** Every figure needs a photo credit: its credit field, or one at the end of its caption. */
export function checkPhotoCredits(story: Pick<Story, 'body'>): CreditFinding[] {
  return figuresOf(story.body)
    .filter((figure: Figure) => !figure.credit.trim() && !captionHasCredit(figure.caption))
    .map((figure) => ({
      code: 'photo-credit-missing' as const,
      field: `body.content[${figure.index}]`,
      message: figure.caption.trim()
        ? `The figure "${shorten(figure.caption)}" has no photo credit: fill in its credit or end the caption with one ("Photo: Name").`
        : 'A figure has no caption and no photo credit.',
      severity: 'error' as const,
    }));
}

function shorten(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57)}...` : trimmed;
}
