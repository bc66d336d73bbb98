import type { ImportResult } from '../../../src/wire/types';
import { readArticleHtml } from './readArticleHtml';

/**
 * A saved web page (what a browser's "Save page as" writes) as one story. Pure: it reads
 * nothing from disk and fetches nothing; the photos in the page's `_files` folder are matched
 * to its figures afterwards, by the import service (figures keep the image's address in
 * `sourceNote`).
 */
export function importSavedPage(html: string): ImportResult {
  return { format: 'html', stories: [readArticleHtml(html)] };
}
