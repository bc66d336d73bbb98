// Import in every shell (the app's File › Import and drop, "New story from copy", the CLI's
// `galley import`): the shells only gather text; reading it into stories happens here, once.
import type { ParsedInput } from '../../src/api/contract';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_TOTAL_BYTES, type ImportCopyResult, type ImportedStorySummary } from '../../src/api/importExport';
import { GalleyError } from '../../src/api/result';
import { storyChangesSchema, type StoryChanges } from '../../src/story/story';
import { detectImportFormat, importDocument, importPastedCopy } from '../../src/wire/index';
import type { ImportFormat, ImportedStory } from '../../src/wire/types';
import type { StorePort } from '../store/storePort';
import { addAsset } from './assets';
import { cleanChanges } from './cleanChanges';
import { attachDeliveredPhotos, type DeliveredImage } from './importPhotos';
import type { ServiceHandlers } from './services';
import { importSavedPage } from './webPage/importSavedPage';
import { readArticleHtml } from './webPage/readArticleHtml';

interface ParsedStory {
  file: string;
  format: ImportFormat;
  changes: StoryChanges;
  warnings: string[];
}

/** A size as the import messages print it: `1024 MB`. */
export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The message of whatever an importer threw; a bug in one still names the file instead of escaping as "internal". */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * An imported story's fields as the library takes them: checked against the same schema as
 * a save, so a file whose fields do not fit is refused with the file's name rather than
 * failing half-way through the write.
 */
function changesOf(imported: ImportedStory): StoryChanges {
  const parsed = storyChangesSchema.safeParse(imported.fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`The story's ${issue.path.join('.') || 'fields'} cannot be stored (${issue.message}).`);
  }
  return cleanChanges(parsed.data);
}

/**
 * What the user is shown: the importer's doubts, then every block of pasted copy it moved out of
 * the body with the field it went to, so nothing leaves the story unlisted.
 */
function reportOf(imported: ImportedStory): string[] {
  const moved = (imported.moved ?? []).map(({ text, field }) => `Moved to ${field}: "${text.length > 80 ? `${text.slice(0, 79)}…` : text}"`);
  return [...new Set([...imported.warnings, ...moved])];
}

/** Reads one file into stories, or throws invalid-input naming the file and saying nothing was imported. */
function parseFile(name: string, text: string): ParsedStory[] {
  try {
    // UTF-8 takes at least one byte per UTF-16 unit, so this never refuses a file the page allowed.
    if (text.length > MAX_IMPORT_FILE_BYTES) throw new Error(`it is larger than ${megabytes(MAX_IMPORT_FILE_BYTES)}, the most Galley imports from one file.`);
    const result = detectImportFormat(text, name) === 'html' ? importSavedPage(text) : importDocument(text, name);
    return result.stories.map((story) => ({ file: name, format: result.format, changes: changesOf(story), warnings: reportOf(story) }));
  } catch (error) {
    throw new GalleyError('invalid-input', `${name}: ${reasonOf(error)} Nothing was imported.`);
  }
}

/** Pasted agency copy into one story's fields; a paste Galley cannot read is invalid-input with the importer's reason. */
function parseCopy(text: string, html: string | undefined): { changes: StoryChanges; warnings: string[] } {
  try {
    // The HTML a browser copies beside the text keeps what the text loses: figures, captions, times, links' addresses.
    const [imported] = html?.trim() ? [readArticleHtml(html, { clipboard: true })] : importPastedCopy(text).stories;
    return { changes: changesOf(imported), warnings: reportOf(imported) };
  } catch (error) {
    throw new GalleyError('invalid-input', reasonOf(error));
  }
}

type ImportFile = ParsedInput<'importFiles'>['files'][number];

export function createImportServices(store: StorePort, assetFolder: string): Pick<ServiceHandlers, 'importFiles' | 'importCopy'> {
  /**
   * Every file is parsed before anything is written, and the stories are one transaction: all
   * or none. Delivered photos are stored first (an unused stored image is harmless; a story
   * pointing at a missing one is not).
   */
  const importFiles = async ({ files }: ParsedInput<'importFiles'>): Promise<ImportedStorySummary[]> => {
    const size = (file: ImportFile) => ('text' in file ? file.text.length : Math.floor((file.dataBase64.length * 3) / 4));
    const total = files.reduce((sum, file) => sum + size(file), 0);
    if (total > MAX_IMPORT_TOTAL_BYTES) {
      throw new GalleyError('invalid-input', `These files are more than ${megabytes(MAX_IMPORT_TOTAL_BYTES)} together, the most one import takes. Import them in smaller groups. Nothing was imported.`);
    }
    const images: DeliveredImage[] = files.flatMap((file) => ('dataBase64' in file ? [{ name: file.name, bytes: Buffer.from(file.dataBase64, 'base64') }] : []));
    const parsed = files.flatMap((file) => ('text' in file ? parseFile(file.name, file.text) : []));
    if (!parsed.length) throw new GalleyError('invalid-input', 'The files hold no story. Nothing was imported.');
    const used = new Set<DeliveredImage>();
    const storeImage = (image: DeliveredImage) => {
      used.add(image);
      return addAsset(store, assetFolder, { name: image.name, bytes: image.bytes }).catch((error: unknown) => {
        throw new GalleyError(error instanceof GalleyError ? error.code : 'io', `${image.name}: ${reasonOf(error)} No story was imported.`);
      });
    };
    for (const story of parsed) story.changes = await attachDeliveredPhotos(story.changes, story.warnings, { images, store: storeImage });
    const unused = images.filter((image) => !used.has(image)).map((image) => `"${image.name}"`);
    if (unused.length) parsed[0].warnings.push(`${unused.join(', ')} came with the files but no figure names ${unused.length === 1 ? 'it' : 'them'}: not added.`);
    const stories = await store.importMany(parsed.map(({ changes }) => ({ fields: changes })));
    return stories.map((story, i) => ({ id: story.id, headline: story.headline, file: parsed[i].file, format: parsed[i].format, warnings: parsed[i].warnings }));
  };

  const importCopy = async ({ text, html }: ParsedInput<'importCopy'>): Promise<ImportCopyResult> => {
    const { changes, warnings } = parseCopy(text, html);
    // Pasted photos are only addresses: never fetched, each listed as missing.
    const story = await store.createStory(await attachDeliveredPhotos(changes, warnings), 'import');
    return { story, warnings };
  };

  return { importFiles, importCopy };
}
