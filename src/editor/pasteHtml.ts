import { isAssetId } from './figure/imageFile';
import { isSafeHref } from './sanitizeBody';

/**
 * The few DOM features the paste cleaner uses. Declared here because src/ compiles without the
 * DOM library; the renderer passes a real parsed document (DOMParser), tests pass happy-dom's.
 */
export interface PasteNode {
  readonly nodeType: number;
  readonly childNodes: ArrayLike<PasteNode>;
  textContent: string | null;
  remove(): void;
}
export interface PasteElement extends PasteNode {
  readonly tagName: string;
  readonly innerHTML: string;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  readonly children: ArrayLike<PasteElement>;
  readonly parentElement: PasteElement | null;
  readonly nextElementSibling: PasteElement | null;
  readonly ownerDocument: { createElement(tag: string): PasteElement };
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<PasteElement>;
  replaceWith(...nodes: PasteNode[]): void;
  append(...nodes: PasteNode[]): void;
  before(...nodes: PasteNode[]): void;
}
/** A parsed paste. `body` is null for some broken markup (happy-dom makes none of `<template><</template><p><table><body></table></p>`). */
export interface PasteDocument {
  readonly body: PasteElement | null;
}

/** Elements whose whole subtree is dropped: code, styling, embedded objects, forms, document metadata. */
const DROP = 'script, style, noscript, template, iframe, frame, object, embed, applet, svg, math, canvas, video, audio, form, input, button, select, textarea, meta, link, title, head, base, xml';

/** Attributes the editor's schema reads after cleaning; everything else (event handlers, classes, ids) goes. */
const KEEP_ATTRIBUTES = new Set(['href', 'style', 'start', 'alt', 'data-asset-id', 'data-credit', 'class']);

/** Classes the schema's parse rules look for. */
const KEEP_CLASSES = new Set(['pull-quote']);

/**
 * The inline styles Google Docs and Word use for bold and italic (`font-weight:700`,
 * `font-style:italic`); TipTap's bold and italic marks parse those. All other styling is dropped.
 */
const KEEP_STYLE = /^\s*(font-weight|font-style)\s*:/i;

function unwrap(element: PasteElement): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function isBlank(element: PasteElement): boolean {
  return !(element.textContent ?? '').replace(/[\s\u00a0]/g, '') && element.querySelectorAll('img, br, hr').length === 0;
}

function cleanAttributes(element: PasteElement): void {
  for (const { name, value } of Array.from(element.attributes)) {
    if (!KEEP_ATTRIBUTES.has(name.toLowerCase())) element.removeAttribute(name);
    else if (name === 'style') {
      const kept = value.split(';').filter((rule) => KEEP_STYLE.test(rule)).join(';');
      if (kept) element.setAttribute('style', kept);
      else element.removeAttribute('style');
    } else if (name === 'class') {
      const kept = value.split(/\s+/).filter((c) => KEEP_CLASSES.has(c)).join(' ');
      if (kept) element.setAttribute('class', kept);
      else element.removeAttribute('class');
    }
  }
}

/**
 * Word marks list items as paragraphs with `mso-list:l<N> level<M>` in their style and a typed
 * bullet or number; N names the list. Returns N, or null for any other element.
 */
function wordListId(element: PasteElement): string | null {
  if (element.tagName !== 'P') return null;
  return /mso-list:\s*(l\d+)/i.exec(element.getAttribute('style') ?? '')?.[1] ?? null;
}

/**
 * Turns runs of Word's list paragraphs into real lists. The marker Word typed (`1.`, `a)`, `·`)
 * decides numbered or bulleted; nesting levels are flattened, as a story's lists are one level.
 */
function rebuildWordLists(root: PasteElement): void {
  for (const first of Array.from(root.querySelectorAll('p'))) {
    const listId = wordListId(first);
    if (!first.parentElement || !listId) continue;
    const run: PasteElement[] = [first];
    for (let next = first.nextElementSibling; next && wordListId(next) === listId; next = next.nextElementSibling) run.push(next);
    const markers = run.map((item) => {
      const ignore = item.querySelectorAll('span[style*="mso-list:Ignore"], span[style*="mso-list: Ignore"]');
      const marker = ignore.length ? (ignore[0].textContent ?? '') : '';
      Array.from(ignore).forEach((span) => span.remove());
      return marker.replace(/[\s\u00a0]/g, '');
    });
    const numbered = /^[0-9a-zA-Z]{1,3}[.)]$/.test(markers[0]);
    const list = first.ownerDocument.createElement(numbered ? 'ol' : 'ul');
    first.before(list);
    for (const item of run) {
      const li = first.ownerDocument.createElement('li');
      const paragraph = first.ownerDocument.createElement('p');
      paragraph.append(...Array.from(item.childNodes));
      li.append(paragraph);
      list.append(li);
      item.remove();
    }
  }
}

/**
 * Cleans pasted HTML in place so that only structure remains: paragraphs, H2/H3 headings, lists,
 * quotes, links to the web or email, bold and italic. Scripts, styles, event handlers,
 * `javascript:` and `data:` URLs and remote images (tracking pixels included) are removed.
 * The editor's schema is the second line: it keeps only the node and mark types it knows.
 */
export function cleanPastedHtml(root: PasteElement): void {
  for (const element of Array.from(root.querySelectorAll(DROP))) element.remove();
  // Google Docs wraps the whole clipboard in <b style="font-weight:normal" id="docs-internal-guid-…">.
  for (const wrapper of Array.from(root.querySelectorAll('b[id^="docs-internal-guid"]'))) unwrap(wrapper);
  rebuildWordLists(root);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (tag === 'img') {
      // Images come in as files (paste or drop of an image), never as URLs: a remote image is
      // a tracking pixel or a hotlink; only a figure copied inside Galley names an asset.
      // A kept one loses its address and handlers like any element: only the id is a photo.
      if (!isAssetId(element.getAttribute('data-asset-id'))) element.remove();
      else cleanAttributes(element);
      continue;
    }
    cleanAttributes(element);
    // Any element, not only <a>: an unsafe href left on a <div> is one schema change from a link
    // (found by tests/fuzz/sanitizers.test.ts).
    const href = element.getAttribute('href');
    if (href !== null && !isSafeHref(href)) element.removeAttribute('href');
    // Word's <o:p>, <w:…> and similar namespaced tags carry nothing a story needs but their text.
    if (tag.includes(':')) unwrap(element);
  }
  // A story has one headline (a field): a pasted H1 becomes a section heading, H4-H6 the smaller one.
  for (const heading of Array.from(root.querySelectorAll('h1, h4, h5, h6'))) {
    const level = heading.tagName === 'H1' ? 'h2' : 'h3';
    const replacement = heading.ownerDocument.createElement(level);
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
  // Word separates paragraphs with empty ones (<p><o:p>&nbsp;</o:p></p>); the story needs none.
  for (const paragraph of Array.from(root.querySelectorAll('p'))) if (isBlank(paragraph)) paragraph.remove();
}

/**
 * The paste's HTML cleaned to structure (cleanPastedHtml), for the editor's schema. Total: a
 * document the parser gave no body is an empty paste, never an error in the middle of typing.
 */
export function cleanPastedDocument(doc: PasteDocument): string {
  if (!doc.body) return '';
  cleanPastedHtml(doc.body);
  return doc.body.innerHTML;
}
