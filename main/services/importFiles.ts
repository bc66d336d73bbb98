// Import in every shell (the app's File › Import and drop, "New story from copy", the CLI's
// `galley import`): the shells only gather text; reading it into stories happens once, in
// parseImport.ts (on a wire worker), and writing them here.
import type { ParsedInput } from '../../src/api/contract';
import { MAX_IMPORT_TOTAL_BYTES, megabytes, type ImportCopyResult, type ImportedStorySummary, type ReadCopyResult } from '../../src/api/importExport';
import { GalleyError } from '../../src/api/result';
import { summariseWarnings } from '../../src/wire/summariseWarnings';
import type { StorePort } from '../store/storePort';
import { addAsset } from './assets';
import type { WireRenderer } from './desk/wirePool';
import { attachDeliveredPhotos, type DeliveredImage } from './importPhotos';
import { reasonOf, type ImportText } from './parseImport';
import type { ServiceHandlers } from './services';

type ImportFile = ParsedInput<'importFiles'>['files'][number];

/**
 * `renderer` parses the files: the wire workers in the app, the CLI and the test host, so a
 * large or hostile file never holds the main process (and the window) while it is read.
 */
export function createImportServices(store: StorePort, assetFolder: string, renderer: WireRenderer): Pick<ServiceHandlers, 'importFiles' | 'importCopy' | 'readCopy'> {
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
    const outcomes = await renderer.parseImports(files.filter((file): file is ImportText => 'text' in file));
    const refused = outcomes.find((outcome) => !outcome.ok);
    if (refused) throw new GalleyError('invalid-input', refused.message);
    const parsed = outcomes.flatMap((outcome) => (outcome.ok ? outcome.stories : []));
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
    return stories.map((story, i) => ({ id: story.id, headline: story.headline, file: parsed[i].file, format: parsed[i].format, warnings: summariseWarnings(parsed[i].warnings) }));
  };

  const readCopy = async ({ text, html }: ParsedInput<'readCopy'>): Promise<ReadCopyResult> => {
    const outcome = await renderer.parseImports([{ paste: { text, html } }]).then(([parsed]) => parsed);
    if (!outcome.ok) throw new GalleyError('invalid-input', outcome.message);
    const [{ changes, warnings }] = outcome.stories;
    // Pasted photos are only addresses: never fetched, each listed as missing.
    return { changes: await attachDeliveredPhotos(changes, warnings), warnings: summariseWarnings(warnings) };
  };

  const importCopy = async (paste: ParsedInput<'importCopy'>): Promise<ImportCopyResult> => {
    const { changes, warnings } = await readCopy(paste);
    return { story: await store.createStory(changes, 'import'), warnings };
  };

  return { importFiles, importCopy, readCopy };
}
