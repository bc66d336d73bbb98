// Photos delivered with imported stories: a saved page's `NAME_files` folder, the pictures an
// agency sends beside its NITF, NewsML-G2 or ninjs file. Importers leave each figure without a
// photo and with the image's name or address in `sourceNote`; here a figure whose note names
// one of the delivered images gets that image (stored as an asset) as its photo.
import type { BodyDoc, BodyNode } from '../../src/story/body';
import type { StoryChanges } from '../../src/story/story';
import type { AssetInfo } from '../../src/api/types';

/** An image sent with the files, named by its path relative to them (`page_files/photo.jpg`). */
export interface DeliveredImage {
  name: string;
  bytes: Uint8Array;
}

export type StoreImage = (image: DeliveredImage) => Promise<AssetInfo>;

const isAddress = (note: string) => /^[a-z][a-z0-9+.-]*:/i.test(note);

/** A path compared the way a page's reference and a folder listing both spell it. */
function pathKey(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray % is part of the name.
  }
  return decoded.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '').replace(/[?#].*$/, '').toLowerCase();
}

const fileNameOf = (path: string) => pathKey(path).split('/').at(-1) ?? '';

/** The delivered image a reference names: the same relative path, else the only one with its file name. */
export function findDeliveredImage(note: string, images: readonly DeliveredImage[]): DeliveredImage | undefined {
  if (!note || isAddress(note)) return undefined;
  const exact = images.find((image) => pathKey(image.name) === pathKey(note));
  if (exact) return exact;
  const sameName = images.filter((image) => fileNameOf(image.name) === fileNameOf(note));
  return sameName.length === 1 ? sameName[0] : undefined;
}

function figureMessage(index: number, note: string): string {
  if (!note) return `Photo ${index}: photo missing: add it or remove the figure.`;
  const what = isAddress(note) ? `is on the web (${note}); Galley never fetches it, the address is kept in the figure's note` : `"${note}" was not delivered with the file`;
  return `Photo ${index} ${what}: photo missing: add it or remove the figure.`;
}

/** The images delivered with the files, and how to store one as an asset. */
export interface Delivery {
  images: readonly DeliveredImage[];
  store: StoreImage;
}

/**
 * Gives each figure its delivered photo (stored as an asset); what is still missing is listed
 * in the warnings. Without a delivery (a paste), every figure's photo is listed as missing.
 */
export async function attachDeliveredPhotos(changes: StoryChanges, warnings: string[], delivery?: Delivery): Promise<StoryChanges> {
  if (!changes.body) return changes;
  const stored = new Map<DeliveredImage, Promise<AssetInfo>>();
  let index = 0;
  const visit = async (node: BodyNode): Promise<BodyNode> => {
    if (node.type !== 'figure') return node.content ? { ...node, content: await Promise.all(node.content.map(visit)) } : node;
    index++;
    const attrs = node.attrs ?? {};
    if (attrs.src) return node;
    const note = String(attrs.sourceNote ?? '');
    const image = delivery && findDeliveredImage(note, delivery.images);
    if (!delivery || !image) {
      warnings.push(figureMessage(index, note));
      return node;
    }
    if (!stored.has(image)) stored.set(image, delivery.store(image));
    const { sourceNote: _delivered, ...rest } = attrs;
    return { ...node, attrs: { ...rest, src: (await stored.get(image)!).id } };
  };
  const body = (await visit(changes.body)) as BodyDoc;
  return { ...changes, body };
}
