// Reading one import file, or one paste, into stories, without the store: the same function runs
// in the wire worker (wireWorker.ts), so a large or hostile file is parsed off the Electron main
// process, and in-process where no worker is built (tests on the sources).
import { MAX_IMPORT_FILE_BYTES, megabytes } from '../../src/api/importExport';
import type { StoryChanges } from '../../src/story/story';
import { fitImportedFields } from '../../src/wire/fitImportedFields';
import { detectImportFormat, importDocument, importPastedCopy } from '../../src/wire/index';
import type { ImportFormat, ImportedStory } from '../../src/wire/types';
import { cleanChanges } from './cleanChanges';
import { importSavedPage } from './webPage/importSavedPage';
import { readArticleHtml } from './webPage/readArticleHtml';

/** One story file of an import, as the shells gathered it. */
export interface ImportText {
  name: string;
  text: string;
}

/** "New story from copy": the pasted text, and the HTML a browser copies beside it. */
export interface PastedCopy {
  paste: { text: string; html?: string };
}

/** What one import reads into stories: a file, or a paste. */
export type ImportSource = ImportText | PastedCopy;

export interface ParsedStory {
  file: string;
  format: ImportFormat;
  changes: StoryChanges;
  warnings: string[];
}

/** A file's stories, or why it was refused: a value, so it crosses the worker boundary as data. */
export type ParsedImport = { ok: true; stories: ParsedStory[] } | { ok: false; message: string };

/** The message of whatever an importer threw; a bug in one still names the file instead of escaping as "internal". */
export const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What the user is shown: the importer's doubts, then every block of pasted copy it moved out of
 * the body with the field it went to, so nothing leaves the story unlisted.
 */
function reportOf(imported: ImportedStory): string[] {
  const moved = (imported.moved ?? []).map(({ text, field }) => `Moved to ${field}: "${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`);
  return [...new Set([...imported.warnings, ...moved])];
}

/**
 * A story as the import writes it: fields over a limit are cut to it with a warning (fitted
 * first, so the cuts are among its warnings); anything else that does not fit refuses the file
 * with its name rather than failing half-way through the write.
 */
function storyOf(file: string, format: ImportFormat, imported: ImportedStory): ParsedStory {
  const changes = cleanChanges(fitImportedFields(imported.fields, imported.warnings));
  return { file, format, changes, warnings: reportOf(imported) };
}

/** The stories of one imported file or paste, or the reason it is refused (naming the file). */
export function parseImport(source: ImportSource): ParsedImport {
  return 'paste' in source ? parsePaste(source.paste) : parseImportFile(source);
}

function parseImportFile({ name, text }: ImportText): ParsedImport {
  try {
    // UTF-8 takes at least one byte per UTF-16 unit, so this never refuses a file the page allowed.
    if (text.length > MAX_IMPORT_FILE_BYTES) throw new Error(`it is larger than ${megabytes(MAX_IMPORT_FILE_BYTES)}, the most Galley imports from one file.`);
    const result = detectImportFormat(text, name) === 'html' ? importSavedPage(text) : importDocument(text, name);
    return { ok: true, stories: result.stories.map((story) => storyOf(name, result.format, story)) };
  } catch (error) {
    return { ok: false, message: `${name}: ${reasonOf(error)} Nothing was imported.` };
  }
}

/** Pasted agency copy into one story's fields; a paste Galley cannot read gets the importer's reason. */
function parsePaste({ text, html }: PastedCopy['paste']): ParsedImport {
  try {
    // The HTML a browser copies beside the text keeps what the text loses: figures, captions, times, links' addresses.
    const [imported] = html?.trim() ? [readArticleHtml(html, { clipboard: true })] : importPastedCopy(text).stories;
    return { ok: true, stories: [storyOf('', 'text', imported)] };
  } catch (error) {
    return { ok: false, message: reasonOf(error) };
  }
}
