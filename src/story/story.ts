import { z } from 'zod';
import { bodyDocSchema, emptyBody } from './body';

/**
 * Story statuses, in the order a story usually moves through them. Who may set which is in
 * statusRules.ts: the last three only follow a real send, correction or kill.
 */
export const STORY_STATUSES = ['draft', 'edited', 'ready', 'sent', 'corrected', 'killed'] as const;
export const storyStatusSchema = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof storyStatusSchema>;

export const REVIEW_STATES = ['none', 'requested', 'signed-off', 'returned'] as const;

/** Field limits: generous for people, bounded so a hostile payload cannot bloat the library. */
export const LIMITS = {
  slug: 64,
  /** The wire takes at most 24 characters; longer slugs are a readiness problem, not invalid input. */
  wireSlug: 24,
  headline: 1_000,
  shortText: 2_000,
  longText: 20_000,
  keywords: 100,
  related: 100,
  /** A serialised body larger than this is refused: about 3 million words of text. */
  bodyBytes: 20_000_000,
} as const;

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** ISO 8601 date or date-time, as the dateline and embargo take them. */
/** True when the calendar date exists: Date.parse would roll 2026-02-30 over to March 2. */
function isRealCalendarDate(iso: string): boolean {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDateSchema = z
  .string()
  .regex(isoDate, 'must be an ISO 8601 date (2026-11-06) or date-time (2026-11-06T14:30:00Z)')
  .refine((s) => isRealCalendarDate(s) && !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)), 'is not a real date');

export const datelineSchema = z.strictObject({
  place: z.string().max(LIMITS.shortText),
  /** ISO date or date-time; empty while the reporter has not set it. */
  date: z.union([z.literal(''), isoDateSchema]),
  source: z.string().max(LIMITS.shortText),
});
export type Dateline = z.infer<typeof datelineSchema>;

export const creditSchema = z.strictObject({
  line: z.string().max(LIMITS.shortText),
  source: z.string().max(LIMITS.shortText),
});
export type Credit = z.infer<typeof creditSchema>;

/** True for absolute http: and https: URLs, the only links a story may carry. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * A related story. `url` is "" while the address is not known yet (pasted copy lists related
 * titles without addresses): readiness flags it and the exporters leave it out. Anything else
 * must be an http(s) address.
 */
export const relatedLinkSchema = z.strictObject({
  title: z.string().max(LIMITS.shortText),
  url: z.string().max(LIMITS.shortText).refine((url) => url === '' || isHttpUrl(url), 'must be an http:// or https:// address'),
});
export type RelatedLink = z.infer<typeof relatedLinkSchema>;

/** The related links a format can carry: those with an address. */
export function addressedLinks(related: readonly RelatedLink[]): RelatedLink[] {
  return related.filter((link) => isHttpUrl(link.url));
}

export const reviewSchema = z.strictObject({
  state: z.enum(REVIEW_STATES),
  by: z.string().max(LIMITS.shortText).optional(),
  at: z.string().max(64).optional(),
  note: z.string().max(LIMITS.longText).optional(),
  /** The story version the review applies to; an edit after sign-off makes it stale. */
  version: z.number().int().nonnegative().optional(),
});
export type Review = z.infer<typeof reviewSchema>;

/** The fields a user edits. Everything else on a Story is managed by Galley. */
/** A BCP 47 language tag, in the shape a story and every wire format can carry. */
export const languageTagSchema = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag such as en or en-GB');

export const storyFieldsSchema = z.strictObject({
  slug: z.string().max(LIMITS.slug),
  headline: z.string().max(LIMITS.headline),
  standfirst: z.string().max(LIMITS.longText),
  byline: z.string().max(LIMITS.shortText),
  dateline: datelineSchema,
  body: bodyDocSchema,
  credit: creditSchema,
  related: z.array(relatedLinkSchema).max(LIMITS.related),
  keywords: z.array(z.string().min(1).max(200)).max(LIMITS.keywords),
  /** IPTC urgency: 1 most urgent, 9 least. */
  urgency: z.number().int().min(1).max(9),
  language: languageTagSchema,
  embargo: z.union([isoDateSchema, z.null()]),
  ednote: z.string().max(LIMITS.longText),
});
export type StoryFields = z.infer<typeof storyFieldsSchema>;

/** A partial edit: any subset of the editable fields. */
export const storyChangesSchema = storyFieldsSchema.partial();
export type StoryChanges = z.infer<typeof storyChangesSchema>;

export const storySchema = storyFieldsSchema.extend({
  id: z.string(),
  status: storyStatusSchema,
  review: reviewSchema,
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Story = z.infer<typeof storySchema>;

/** The fields of a new, empty story. */
export function blankStoryFields(): StoryFields {
  return {
    slug: '',
    headline: '',
    standfirst: '',
    byline: '',
    dateline: { place: '', date: '', source: '' },
    body: emptyBody(),
    credit: { line: '', source: '' },
    related: [],
    keywords: [],
    urgency: 5,
    language: 'en',
    embargo: null,
    ednote: '',
  };
}
