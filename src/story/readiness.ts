/**
 * Is a story ready for the wire? Pure rules over the story and a content profile (issue 5).
 * Errors block export; warnings are shown and do not. Every threshold is a profile field so
 * a desk can tune it in Settings; the profile is stored in the library.
 */
import { z } from 'zod';
import { AGENCY_NAMES, agenciesIn, agencyNamed } from '../wire/houseStyles';
import { isAssetId } from '../editor/figure/imageFile';
import { bodyText, figuresOf, PHOTO_MISSING } from './body';
import { countCharacters } from './counts';
import { SLUG_CASES } from './slug';
import { isHttpUrl, LIMITS, type Story } from './story';

export const readinessProfileSchema = z.strictObject({
  /** Longest headline the wire accepts, in characters. Default 80. */
  headlineMax: z.number().int().positive().default(80),
  /** Headlines longer than this get a warning. Default 65. */
  headlineWarn: z.number().int().positive().default(65),
  /** Longest slug, in characters. Default 24 (ANPA's keyword field). */
  slugMax: z.number().int().positive().default(LIMITS.wireSlug),
  /** The case slugs are written in; the editor normalises a slug to it (src/story/slug.ts). Default upper. */
  slugCase: z.enum(SLUG_CASES).default('upper'),
  /** Dateline place and date must be set. Default true. */
  requireDateline: z.boolean().default(true),
  /**
   * How far in the future a dateline date may be before it is an error, in hours. Default 14:
   * a date-only dateline is written in the place's day, which runs up to UTC+14 ahead.
   */
  futureDateGraceHours: z.number().nonnegative().default(14),
  /**
   * Copy naming one of these agencies needs a credit line. A name in the house-style table
   * (src/wire/houseStyles.ts) is found the way that table writes it (its aliases too, "AP" only
   * as "(AP)" or "Associated Press"); any other name as a whole word, case as written.
   * Default: every agency of the house-style table.
   */
  agencies: z.array(z.string().min(1)).default([...AGENCY_NAMES]),
  /** Every figure needs a caption / an alt text / a credit. Default true each. */
  requireFigureCaption: z.boolean().default(true),
  requireFigureAlt: z.boolean().default(true),
  requireFigureCredit: z.boolean().default(true),
  /** Editor's placeholders that must not reach the wire. Words match whole; symbols match anywhere. */
  leftoverMarks: z.array(z.string().min(1)).default(['TK', 'XX', 'XXX', '[[', '???']),
  /** The reviewer must have signed off the current version. Default false. */
  requireSignOff: z.boolean().default(false),
});
export type ReadinessProfile = z.infer<typeof readinessProfileSchema>;

export const DEFAULT_PROFILE: ReadinessProfile = readinessProfileSchema.parse({});

/** A place in the body: the top-level block's index and a character offset into that block's plain text. */
export interface BodyPosition {
  block: number;
  offset: number;
}

export interface ReadinessProblem {
  /** Stable code, e.g. `headline-too-long`. */
  code: string;
  /** The story field concerned (`headline`, `dateline.date`, `related.2.url`, `body`, ...). */
  field: string;
  /** Where in the body, for body problems. */
  position?: BodyPosition;
  /** A sentence a desk editor understands. */
  message: string;
  /** `error` blocks export; `warning` does not. */
  severity: 'error' | 'warning';
}

type Rule = (story: Story, profile: ReadinessProfile, now: Date) => ReadinessProblem[];

const error = (code: string, field: string, message: string, position?: BodyPosition): ReadinessProblem => ({ code, field, message, severity: 'error', ...(position ? { position } : {}) });
const warning = (code: string, field: string, message: string): ReadinessProblem => ({ code, field, message, severity: 'warning' });

const headlineRule: Rule = (story, profile) => {
  const length = countCharacters(story.headline.trim());
  if (length === 0) return [error('headline-missing', 'headline', 'The story has no headline.')];
  if (length > profile.headlineMax) return [error('headline-too-long', 'headline', `The headline is ${length} characters; the wire takes at most ${profile.headlineMax}.`)];
  if (length > profile.headlineWarn) return [warning('headline-long', 'headline', `The headline is ${length} characters; over ${profile.headlineWarn} is cut on some screens.`)];
  return [];
};

const slugRule: Rule = (story, profile) => {
  const slug = story.slug;
  if (!slug.trim()) return [error('slug-missing', 'slug', 'The story has no slug.')];
  const problems: ReadinessProblem[] = [];
  if (slug.length > profile.slugMax) problems.push(error('slug-too-long', 'slug', `The slug is ${slug.length} characters; the wire takes at most ${profile.slugMax}.`));
  // The wires' keyword fields take letters, digits and hyphens only (ANPA-1312 separates fields with spaces).
  if (!/^[A-Za-z0-9-]+$/.test(slug)) problems.push(error('slug-characters', 'slug', 'The slug may contain only letters A-Z, digits and hyphens.'));
  return problems;
};

/** Start of a date-only value (midnight UTC), or the instant of a date-time. */
function instantOf(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}

const datelineRule: Rule = (story, profile, now) => {
  const problems: ReadinessProblem[] = [];
  const { place, date } = story.dateline;
  if (profile.requireDateline && !place.trim()) problems.push(error('dateline-place-missing', 'dateline.place', 'The dateline has no place.'));
  if (profile.requireDateline && !date) problems.push(error('dateline-date-missing', 'dateline.date', 'The dateline has no date.'));
  if (date && !story.embargo && instantOf(date) > now.getTime() + profile.futureDateGraceHours * 3_600_000) {
    problems.push(error('dateline-date-future', 'dateline.date', `The dateline date ${date} is in the future and the story is not embargoed.`));
  }
  return problems;
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word match for words ("AP", "TK"), anywhere for symbols ("[[", "???"). */
function markPattern(mark: string): RegExp {
  const escaped = escapeRegExp(mark);
  return /^[\p{L}\p{N}]+$/u.test(mark) ? new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u') : new RegExp(escaped, 'u');
}

const creditRule: Rule = (story, profile) => {
  if (story.credit.line.trim()) return [];
  const text = [story.dateline.source, story.byline, story.standfirst, bodyText(story.body)].join('\n');
  // The dateline's source field holds a bare name ("AP"), which loose text would not count.
  const housed = new Set([agencyNamed(story.dateline.source), ...agenciesIn(text)].map((agency) => agency?.name));
  const named = profile.agencies.find((name) => {
    const agency = agencyNamed(name);
    return agency ? housed.has(agency.name) : markPattern(name).test(text);
  });
  return named ? [error('credit-missing', 'credit.line', `The copy names ${named}: add a credit line (e.g. "Compiled by ... from ${named} reports").`)] : [];
};

const figureRule: Rule = (story, profile) =>
  figuresOf(story.body).flatMap((figure, n) => {
    const at: BodyPosition = { block: figure.index, offset: 0 };
    const which = `Photo ${n + 1}`;
    const caption = figure.caption.trim();
    const alt = figure.alt.trim();
    const problems: ReadinessProblem[] = [];
    // Alt text describes a photo: there is none to describe until it is added.
    if (!isAssetId(figure.src)) problems.push(error('figure-photo-missing', 'body', `${which}: ${PHOTO_MISSING}.`, at));
    if (profile.requireFigureCaption && !caption) problems.push(error('figure-caption-missing', 'body', `${which} has no caption.`, at));
    if (profile.requireFigureAlt && isAssetId(figure.src) && !alt) problems.push(error('figure-alt-missing', 'body', `${which} has no alt text for readers who cannot see it.`, at));
    if (profile.requireFigureCredit && !figure.credit.trim()) problems.push(error('figure-credit-missing', 'body', `${which} has no photo credit.`, at));
    // Alt text describes the image for a screen reader; a copy of the caption tells that reader nothing new.
    if (alt && caption && alt.toLowerCase() === caption.toLowerCase()) problems.push(error('figure-alt-is-caption', 'body', `${which}: the alt text repeats the caption; describe what the photo shows.`, at));
    return problems;
  });

const relatedRule: Rule = (story) =>
  story.related.flatMap((link, i) => {
    const problems: ReadinessProblem[] = [];
    if (!link.url) problems.push(error('related-url-missing', `related.${i}.url`, `Related link ${i + 1} ("${link.title.trim()}") has no address: add the address or remove it.`));
    else if (!isHttpUrl(link.url)) problems.push(error('related-url-invalid', `related.${i}.url`, `Related link ${i + 1} ("${link.url}") is not an http:// or https:// address.`));
    if (!link.title.trim()) problems.push(error('related-title-missing', `related.${i}.title`, `Related link ${i + 1} has no title.`));
    return problems;
  });

const bodyRule: Rule = (story) => (bodyText(story.body).trim() ? [] : [error('body-empty', 'body', 'The story has no text.')]);

const leftoverMarksRule: Rule = (story, profile) => {
  const patterns = profile.leftoverMarks.map((mark) => ({ mark, pattern: markPattern(mark) }));
  const problems: ReadinessProblem[] = [];
  const scan = (field: string, text: string, block?: number): void => {
    for (const { mark, pattern } of patterns) {
      const found = pattern.exec(text);
      if (!found) continue;
      const where = block === undefined ? `the ${field}` : `paragraph ${block + 1}`;
      problems.push(error('leftover-mark', field, `"${mark}" is still in ${where}: replace the placeholder.`, block === undefined ? undefined : { block, offset: found.index }));
    }
  };
  scan('headline', story.headline);
  scan('standfirst', story.standfirst);
  scan('byline', story.byline);
  // Offsets count in the block's plain text as bodyText renders it (paragraphs of a list or quote joined by a blank line).
  story.body.content.forEach((node, block) => scan('body', bodyText(node), block));
  return problems;
};

const embargoRule: Rule = (story, _profile, now) =>
  story.embargo && instantOf(story.embargo) < now.getTime()
    ? [error('embargo-past', 'embargo', `The embargo (${story.embargo}) has passed: remove it or set a new time.`)]
    : [];

const signOffRule: Rule = (story, profile) => {
  if (!profile.requireSignOff) return [];
  if (story.review.state !== 'signed-off') return [error('sign-off-missing', 'review', 'The reviewer has not signed off this story.')];
  if (story.review.version !== undefined && story.review.version !== story.version) {
    return [error('sign-off-stale', 'review', `The sign-off is for version ${story.review.version}; the story has changed since (version ${story.version}).`)];
  }
  return [];
};

const RULES: readonly Rule[] = [headlineRule, slugRule, datelineRule, creditRule, bodyRule, leftoverMarksRule, figureRule, relatedRule, embargoRule, signOffRule];

/** Every readiness problem of the story, in the order the editor's fields appear. `now` is a parameter so the rules stay pure. */
export function checkReadiness(story: Story, profile: ReadinessProfile, now: Date): ReadinessProblem[] {
  return RULES.flatMap((rule) => rule(story, profile, now));
}

/** Ready means no errors; warnings do not block. */
export function isReady(problems: readonly ReadinessProblem[]): boolean {
  return problems.every((problem) => problem.severity !== 'error');
}
