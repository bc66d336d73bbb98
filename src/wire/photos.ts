// Photos as the wire formats see them: each figure's photo goes as its own file beside the
// story's (ExportOptions.photos names them), and every photo that does not go is a loss the desk
// reads in the preview, one line per photo.
import { figuresOf, type BodyDoc, type Figure } from '../story/body';
import type { ExportOptions, Loss, PhotoFile } from './types';

/** The file a figure's photo goes out as, or undefined when it does not go with this file. */
export function photoFileOf(options: ExportOptions, src: unknown): PhotoFile | undefined {
  const photos = options.photos;
  return photos && typeof src === 'string' && Object.hasOwn(photos, src) ? photos[src] : undefined;
}

/** Long enough for most captions whole; a longer one is cut at a word. */
const LABEL_LENGTH = 60;

/** `photo 2 (“Keepers in 1950”)`: a figure's photo as the desk recognises it, its caption cut at a word. */
export function photoLabel(figure: Figure, number: number): string {
  const words = (figure.caption.trim() || figure.alt.trim()).replace(/\s+/g, ' ');
  if (!words) return `photo ${number}`;
  if (words.length <= LABEL_LENGTH) return `photo ${number} (“${words}”)`;
  const cut = words.slice(0, LABEL_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return `photo ${number} (“${(space > 0 ? cut.slice(0, space) : words.slice(0, LABEL_LENGTH)).replace(/[\s,;:.]+$/, '')}…”)`;
}

/** A format with no place for pictures: every photo is a loss, saying `why`. */
export function photosNotCarried(body: BodyDoc, why: string): Loss[] {
  return figuresOf(body).map((figure, i) => ({ code: 'photo-not-sent', field: 'figures', message: `${photoLabel(figure, i + 1)} is not sent: ${why}` }));
}

/**
 * A format that references pictures, written without the photo files (a single file saved on
 * its own): each photo it names but that does not go with it is a loss.
 */
export function photosLeftBehind(body: BodyDoc, options: ExportOptions, formatLabel: string): Loss[] {
  return figuresOf(body).flatMap((figure, i) =>
    photoFileOf(options, figure.src)
      ? []
      : [{ code: 'photo-not-sent', field: 'figures', message: `${photoLabel(figure, i + 1)} is not sent: this ${formatLabel} file goes on its own and names the photo by its Galley asset id; a send writes the photo beside it` }],
  );
}
