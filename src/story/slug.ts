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

/** Words a slug leaves out: they carry no subject ("UKRAINE-GRAIN-DEAL", not "THE-GRAIN-DEAL-IS"). */
const STOP_WORDS = new Set(
  'a an the of to in on for and or at by with as is are was were be from after over into says say said will would new its it this that than de la el los las en y del por para con un una al se lo que su sus'.split(' '),
);

/**
 * A slug suggested from a headline: its first subject words, normalised as `normaliseSlug` does
 * and no longer than `maxLength` (the readiness profile's `slugMax`). "" for a headline with no letters.
 */
export function suggestSlug(headline: string, slugCase: SlugCase, maxLength: number): string {
  const words = normaliseSlug(headline, slugCase)
    .split('-')
    .filter((word) => word && !STOP_WORDS.has(word.toLowerCase()));
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, maxLength);
}
