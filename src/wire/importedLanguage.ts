import { languageTagSchema } from '../story/story';

/**
 * The language an imported file names, when it is a tag a story can carry. A malformed one
 * (`baselang="{de-CH"`) is dropped with a warning, so the rest of the file still imports and
 * the library's default language applies.
 */
export function importedLanguage(tag: string | undefined, warnings: string[]): string | undefined {
  if (tag === undefined || tag === '') return undefined;
  if (languageTagSchema.safeParse(tag).success) return tag;
  warnings.push(`The language "${tag.slice(0, 40)}" is not a language tag such as en or en-GB; the library's default language was used.`);
  return undefined;
}
