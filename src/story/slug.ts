import { transliterate } from '../wire/transliterate';

/** How the desk writes slugs (the readiness profile's `slugCase`). */
export const SLUG_CASES = ['upper', 'lower', 'as-typed'] as const;
export type SlugCase = (typeof SLUG_CASES)[number];

const CASED: Record<SlugCase, (slug: string) => string> = {
  upper: (slug) => slug.toUpperCase(),
  lower: (slug) => slug.toLowerCase(),
  'as-typed': (slug) => slug,
};

/**
 * A slug as the wire takes it (letters A-Z, digits, hyphens: the readiness rule) in the desk's
 * case: accents spelled out as on the wire ("Côte" -> "Cote"), every run of anything else one
 * hyphen, none at either end. Never shortened: a slug too long is the desk's call, flagged by
 * the readiness check.
 */
export function normaliseSlug(typed: string, slugCase: SlugCase): string {
  const ascii = transliterate(typed, 'ascii').text;
  return CASED[slugCase](ascii.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, ''));
}
