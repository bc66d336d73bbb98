import { cleanPastedDocument, type PasteDocument } from '../../src/editor/pasteHtml';

/**
 * ProseMirror's transformPastedHTML: the clipboard's HTML parsed in an inert document (scripts
 * never run there), cleaned to structure (src/editor/pasteHtml.ts), handed back to the schema.
 */
export function transformPastedHtml(html: string): string {
  return cleanPastedDocument(new DOMParser().parseFromString(html, 'text/html') as unknown as PasteDocument);
}
