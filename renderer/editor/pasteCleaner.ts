import { cleanPastedHtml, type PasteElement } from '../../src/editor/pasteHtml';

/**
 * ProseMirror's transformPastedHTML: the clipboard's HTML parsed in an inert document (scripts
 * never run there), cleaned to structure (src/editor/pasteHtml.ts), handed back to the schema.
 */
export function transformPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  cleanPastedHtml(doc.body as unknown as PasteElement);
  return doc.body.innerHTML;
}
