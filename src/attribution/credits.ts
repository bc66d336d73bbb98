import { bodyText, figuresOf, type Figure } from '../story/body';
import type { Story } from '../story/story';

/** A problem with a story's credits, for the review pane and readiness. */
export interface CreditFinding {
  code: 'credit-line-missing' | 'credit-source-missing' | 'credit-source-mismatch' | 'credit-line-mismatch' | 'photo-credit-missing';
  /** The field to fix: "credit.line", "credit.source", "dateline.source", "body.content[2]" (the figure node). */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export type CreditedStory = Pick<Story, 'body' | 'dateline' | 'credit'>;

interface Agency {
  name: string;
  /** How the agency is written in copy; "AP" alone is too common a pair of letters, so it needs brackets or its full name. */
  namedIn: RegExp;
}

const AGENCIES: readonly Agency[] = [
  { name: 'AFP', namedIn: /\bAFP\b|Agence France-Presse/u },
  { name: 'Reuters', namedIn: /\bReuters\b/u },
  { name: 'AP', namedIn: /\(AP\)|\bAssociated Press\b|\bAP\b(?! Photo)/u },
  { name: 'dpa', namedIn: /\bdpa\b|Deutsche Presse-Agentur/u },
  { name: 'EFE', namedIn: /\bEFE\b|Agencia EFE/u },
];

/** Every credit problem of a story: the agency credit, then each figure's photo credit. */
export function checkCredits(story: CreditedStory): CreditFinding[] {
  return [...checkAgencyCredit(story), ...checkPhotoCredits(story)];
}

/** Agencies a piece of copy names, in AGENCIES order. */
export function agenciesNamedIn(text: string): string[] {
  return AGENCIES.filter((agency) => agency.namedIn.test(text)).map((agency) => agency.name);
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

/**
 * How a caption ends when it carries its own photo credit: "Photo: Ana Ruiz", "AP Photo/Evan Vucci",
 * "Reuters/Gleb Garanich", "(Photo by X)", "© X", "Courtesy of X", "Foto: EFE", or a social handle.
 */
const CAPTION_CREDIT = [
  /\b(?:Photos?|Photograph|Picture|Image|Foto|Bild)\s*(?:by|credit)?\s*[:：]\s*\S[^.]*[.)]?\s*$/iu,
  /\((?:Photo|Picture|Image|Foto)s?\b[^)]*\)\s*$/iu,
  /\b(?:AP|AFP|Reuters|EPA(?:-EFE)?|EFE|dpa|Getty Images|Xinhua|ANP|Bloomberg)(?: Photo)?\s*\/\s*[\p{L}][^/]*$/u,
  /\b(?:Photo|Picture) by [\p{Lu}][^.]*[.)]?\s*$/u,
  /(?:©|\(c\))\s*\S[^.]*[.)]?\s*$/iu,
  /\bCourtesy(?: of)? [\p{Lu}][^.]*[.)]?\s*$/u,
  /(?:^|\s)@[A-Za-z0-9_]{1,30}[.)]?\s*$/u,
];

/** True when a caption ends in a photo credit. */
export function captionHasCredit(caption: string): boolean {
  const tail = caption.trim().slice(-160);
  return CAPTION_CREDIT.some((pattern) => pattern.test(tail));
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
