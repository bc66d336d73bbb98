/**
 * Import entry point: decides a file's format from its content (the extension only says
 * whether plain text is Markdown) and hands it to that format's importer.
 */
import { binaryFileReason } from './decodeText';
import { importNewsml } from './newsml';
import { importNinjs } from './ninjs';
import { importNitf } from './nitf';
import { importPastedCopy } from './pasteCopy';
import { ImportError, type ImportFormat, type ImportResult } from './types';

/**
 * Longest text accepted, in UTF-16 code units (about 20 MB of text). The caller refuses
 * larger files before reading them; this guards text that arrives another way (a paste).
 */
export const MAX_IMPORT_CHARACTERS = 20_000_000;

const G2_ROOTS = new Set(['newsItem', 'newsMessage', 'packageItem']);
/** Properties only ninjs documents have together; `uri` is required by every ninjs version. */
const NINJS_PROPERTIES = ['headlines', 'headline', 'bodies', 'body_text', 'body_html', 'versioncreated', 'firstcreated', 'associations', 'slugline'];

const ELEMENT_NAME = /^<([A-Za-z_][\w.:-]*)/;

/** Where a construct that starts at `from` ends (just after `close`), or -1 when it never closes. */
function endOf(text: string, from: number, close: string): number {
  const at = text.indexOf(close, from);
  return at < 0 ? -1 : at + close.length;
}

/**
 * The first element's name after the XML declaration, processing instructions, comments and a
 * DOCTYPE (the importer refuses DTDs itself). A plain scan, not a regular expression: a
 * regex with a repeated group of lazy parts backtracks exponentially on hostile input (the
 * fuzzer found one that hung it).
 */
function xmlRoot(text: string): string | null {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at])) at++;
    if (text.startsWith('<?', at)) at = endOf(text, at + 2, '?>');
    else if (text.startsWith('<!--', at)) at = endOf(text, at + 4, '-->');
    else if (text.startsWith('<!DOCTYPE', at)) {
      const subset = text.indexOf('[', at);
      const close = text.indexOf('>', at);
      const subsetEnd = subset >= 0 && subset < close ? endOf(text, subset, ']') : at;
      at = subsetEnd < 0 ? -1 : endOf(text, subsetEnd, '>');
    } else {
      // The local name: a namespace prefix (`g2:newsItem`) does not change what the document is.
      const name = ELEMENT_NAME.exec(text.slice(at, at + 256))?.[1];
      return name ? name.slice(name.indexOf(':') + 1) : null;
    }
    if (at < 0) return null;
  }
}

function looksLikeNinjs(text: string): boolean {
  try {
    const doc: unknown = JSON.parse(text);
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
    return 'uri' in doc && NINJS_PROPERTIES.some((property) => property in doc);
  } catch {
    return false;
  }
}

/** Refuses what is not text at all, with a message a user can act on. */
function checkText(text: string, fileName: string | undefined): string {
  const what = fileName ? `"${fileName}"` : 'The text';
  if (text.length > MAX_IMPORT_CHARACTERS) throw new ImportError(`${what} is too large to import (over ${MAX_IMPORT_CHARACTERS / 1_000_000} million characters).`);
  // Text that arrives as text (the API's import) was decoded by its sender: a U+FFFD in it is a
  // character, and the bytes it came from are decodeImportFile's to judge.
  if (text.includes('\u0000')) throw new ImportError(binaryFileReason(what));
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new ImportError(`${what} is empty.`);
  return body;
}

/** The format of a document, judged by its content: an XML root, a ninjs JSON object, else plain text. */
export function detectImportFormat(text: string, fileName?: string): ImportFormat {
  const body = checkText(text, fileName).trimStart();
  if (body.startsWith('<')) {
    const root = xmlRoot(body);
    // A saved web page: read on the Node side (main/services/webPage), which has a DOM to read it with.
    if (root?.toLowerCase() === 'html' || /\.x?html?$/i.test(fileName ?? '')) return 'html';
    if (root === 'nitf') return 'nitf';
    if (root && G2_ROOTS.has(root)) return 'newsml';
    throw new ImportError(`${fileName ? `"${fileName}"` : 'This document'} is markup with root <${root ?? '?'}>, which is neither NITF (<nitf>), NewsML-G2 (<newsItem>, <newsMessage>) nor a web page (<html>).`);
  }
  if (body.startsWith('{') || body.startsWith('[')) {
    if (looksLikeNinjs(body)) return 'ninjs';
    throw new ImportError(`${fileName ? `"${fileName}"` : 'This document'} is JSON but not ninjs: a ninjs document is an object with "uri" and story properties such as "headlines" or "bodies".`);
  }
  return 'text';
}

/** Imports a file or pasted text in whichever format its content is. Throws ImportError, never half-imports. */
export function importDocument(text: string, fileName?: string): ImportResult {
  const format = detectImportFormat(text, fileName);
  const body = text.replace(/^\uFEFF/, '');
  switch (format) {
    case 'nitf':
      return importNitf(body);
    case 'newsml':
      return importNewsml(body);
    case 'ninjs':
      return importNinjs(body);
    case 'text':
      return importPastedCopy(body, fileName?.toLowerCase().endsWith('.md') ? { markdown: true } : {});
    case 'html':
      throw new ImportError(`${fileName ? `"${fileName}"` : 'This document'} is a web page: import it as a file (Import…, or galley import), which reads saved pages.`);
  }
}
