// How much structure one imported file may have. The byte limit (MAX_IMPORT_FILE_BYTES) is not
// enough on its own: 10 MB of `<p>a</p>` is a million paragraphs, and reading them into a tree
// and then a story body took 16 s and 1.8 GB before the body was refused as too large. A count
// on the raw text costs one pass and refuses such a file before any parser sees it.
import { ImportError } from './types';

/** A file past a limit: refused whole, never read another way (a ninjs HTML body does not fall back to its text). */
export class ImportLimitError extends ImportError {}

/**
 * Most elements one markup document (a NITF, NewsML-G2 or saved page, a ninjs HTML body) may
 * have. A long feature with inline markup has a few thousand; this is ten times a very long one.
 */
export const MAX_IMPORT_ELEMENTS = 50_000;

/**
 * Most lines one plain-text document (a .txt or .md file, a paste, a ninjs plain body) may have.
 * Each can become a paragraph: 200,000 of them took 6 s and a gigabyte to read.
 */
export const MAX_IMPORT_LINES = 50_000;

/** Elements started in markup text: every `<` followed by a name (not `</`, `<!--`, `<?`). */
export function countElements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    const next = text.charCodeAt(at + 1);
    // A-Z, a-z, `_` and `:` start an XML name; anything past ASCII too (XML 1.0 §2.3).
    if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 95 || next === 58 || next > 127) count++;
  }
  return count;
}

/** Refuses text with more lines than Galley reads, naming the count found and the limit; `what` as in "The pasted copy". */
export function checkLineCount(text: string, what: string): void {
  let count = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  if (count > MAX_IMPORT_LINES) {
    throw new ImportLimitError(
      `${what} has ${count.toLocaleString('en')} lines; Galley reads at most ${MAX_IMPORT_LINES.toLocaleString('en')} for one story (a long story has a few hundred). Split it into several stories.`,
    );
  }
}

/** Refuses markup with more elements than Galley reads, naming the count found and the limit; `what` as in "The NITF file". */
export function checkElementCount(text: string, what: string): void {
  const count = countElements(text);
  if (count > MAX_IMPORT_ELEMENTS) {
    throw new ImportLimitError(
      `${what} has ${count.toLocaleString('en')} elements; Galley reads at most ${MAX_IMPORT_ELEMENTS.toLocaleString('en')} for one story (a long story has a few thousand). Split it into several files.`,
    );
  }
}
