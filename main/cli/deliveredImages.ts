import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** File types an agency or a browser's "Save page as" writes photos in. */
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp)$/i;

function imagesIn(folder: string, prefix: string): { name: string; path: string }[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((entry) => IMAGE_EXTENSION.test(entry) && statSync(join(folder, entry)).isFile())
    .map((entry) => ({ name: `${prefix}${entry}`, path: join(folder, entry) }));
}

/**
 * The photos delivered with a story file: images beside it (an agency's package folder) or in
 * a saved page's `NAME_files` folder, that the file names. Named relative to the file, as
 * its references spell them.
 */
export function imagesDeliveredWith(file: string, text: string): { name: string; dataBase64: string }[] {
  const folder = dirname(file);
  const stem = basename(file, extname(file));
  const candidates = [...imagesIn(folder, ''), ...imagesIn(join(folder, `${stem}_files`), `${stem}_files/`)];
  return candidates
    .filter(({ name }) => {
      const entry = basename(name);
      return text.includes(entry) || text.includes(encodeURIComponent(entry)) || text.includes(encodeURI(entry));
    })
    .map(({ name, path }) => ({ name, dataBase64: readFileSync(path).toString('base64') }));
}
