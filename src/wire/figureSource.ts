import { isAssetId } from '../editor/figure/imageFile';

/**
 * A figure's photo as an imported file names it. One of the library's own images (an asset
 * id, as Galley's exports write) is the photo; anything else (`photo.jpg` beside the file, a
 * web address) is only where the photo is: kept as an inert note, never loaded, and matched
 * to a file delivered with the story by the import service.
 */
export function figureSource(reference: string): { src: string; sourceNote?: string } {
  const trimmed = reference.trim();
  if (isAssetId(trimmed)) return { src: trimmed };
  return trimmed ? { src: '', sourceNote: trimmed } : { src: '' };
}
