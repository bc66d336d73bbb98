// Import in every shell (the app's File › Import and drop, "New story from copy", the CLI's
// `galley import`): the shells only gather text; reading it into stories happens here, once.
import type { ParsedInput } from '../../src/api/contract';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_TOTAL_BYTES, type ImportCopyResult, type ImportedStorySummary } from '../../src/api/importExport';
import { GalleyError } from '../../src/api/result';
import { storyChangesSchema, type StoryChanges } from '../../src/story/story';
import { importDocument, importPastedCopy } from '../../src/wire/index';
import type { ImportFormat, ImportedStory } from '../../src/wire/types';
import type { StorePort } from '../store/storePort';
import type { ServiceHandlers } from './services';
import { cleanChanges } from './cleanChanges';

interface ParsedStory {
  file: string;
  format: ImportFormat;
  changes: StoryChanges;
  warnings: string[];
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

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

/** Reads one file into stories, or throws invalid-input naming the file and saying nothing was imported. */
function parseFile(name: string, text: string): ParsedStory[] {
  try {
    // UTF-8 takes at least one byte per UTF-16 unit, so this never refuses a file the page allowed.
    if (text.length > MAX_IMPORT_FILE_BYTES) throw new Error(`it is larger than ${megabytes(MAX_IMPORT_FILE_BYTES)}, the most Galley imports from one file.`);
    const result = importDocument(text, name);
    return result.stories.map((story) => ({ file: name, format: result.format, changes: changesOf(story), warnings: story.warnings }));
  } catch (error) {
    throw new GalleyError('invalid-input', `${name}: ${reasonOf(error)} Nothing was imported.`);
  }
}

/** Pasted agency copy into one story's fields; a paste Galley cannot read is invalid-input with the importer's reason. */
function parseCopy(text: string): { changes: StoryChanges; warnings: string[] } {
  try {
    const [imported] = importPastedCopy(text).stories;
    return { changes: changesOf(imported), warnings: imported.warnings };
  } catch (error) {
    throw new GalleyError('invalid-input', reasonOf(error));
  }
}

export function createImportServices(store: StorePort): Pick<ServiceHandlers, 'importFiles' | 'importCopy'> {
  /** Every file is parsed before anything is written, and the write is one transaction: all the stories or none. */
  const importFiles = async ({ files }: ParsedInput<'importFiles'>): Promise<ImportedStorySummary[]> => {
    const total = files.reduce((sum, file) => sum + file.text.length, 0);
    if (total > MAX_IMPORT_TOTAL_BYTES) {
      throw new GalleyError('invalid-input', `These files are more than ${megabytes(MAX_IMPORT_TOTAL_BYTES)} together, the most one import takes. Import them in smaller groups. Nothing was imported.`);
    }
    const parsed = files.flatMap((file) => parseFile(file.name, file.text));
    if (!parsed.length) throw new GalleyError('invalid-input', 'The files hold no story. Nothing was imported.');
    const stories = await store.importMany(parsed.map(({ changes }) => ({ fields: changes })));
    return stories.map((story, i) => ({ id: story.id, headline: story.headline, file: parsed[i].file, format: parsed[i].format, warnings: parsed[i].warnings }));
  };

  const importCopy = async ({ text }: ParsedInput<'importCopy'>): Promise<ImportCopyResult> => {
    const { changes, warnings } = parseCopy(text);
    return { story: await store.createStory(changes, 'import'), warnings };
  };

  return { importFiles, importCopy };
}
