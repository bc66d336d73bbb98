import type { BodyNode } from '../story/body';
import { inlineTree, type InlineSpan } from './inline';

/**
 * The story body as clean HTML: only the elements below, every text and attribute escaped,
 * links only to http(s) and mailto. Shared by ninjs (its `text/html` body) and the HTML page
 * exporter; its output is a contract, so change it only on purpose.
 *
 *   paragraph -> <p>            heading -> <h2> / <h3>        bold/italic/link -> <strong>/<em>/<a href>
 *   lists -> <ul>/<ol><li>      blockquote -> <blockquote>    hardBreak -> <br />   horizontalRule -> <hr />
 *   pullQuote -> <blockquote class="pull-quote"><p>quote</p><footer>attribution</footer></blockquote>
 *   figure -> <figure><img src alt /><figcaption>caption <small class="credit">credit</small></figcaption></figure>
 *
 * Void elements are written `<br />` so the output is also well-formed XML, which lets Galley
 * read its own ninjs bodies back without an HTML parser (`src/` has no DOM).
 */
export interface BodyHtmlOptions {
  /** Turns a figure's asset id into the `img` URL. Default: the asset id itself. */
  assetUrl?: (assetId: string) => string;
}

/** Block nodes one per line; the body's top level is never indented. */
export function bodyToHtml(doc: BodyNode, options: BodyHtmlOptions = {}): string {
  return blocksToHtml(doc.content ?? [], options);
}

function blocksToHtml(nodes: readonly BodyNode[], options: BodyHtmlOptions): string {
  return nodes
    .map((node) => blockToHtml(node, options))
    .filter((html) => html !== '')
    .join('\n');
}

function blockToHtml(node: BodyNode, options: BodyHtmlOptions): string {
  switch (node.type) {
    case 'paragraph':
      return `<p>${inlineToHtml(node.content)}</p>`;
    case 'heading': {
      const tag = node.attrs?.level === 3 ? 'h3' : 'h2';
      return `<${tag}>${inlineToHtml(node.content)}</${tag}>`;
    }
    case 'bulletList':
    case 'orderedList': {
      const tag = node.type === 'bulletList' ? 'ul' : 'ol';
      const start = node.type === 'orderedList' && typeof node.attrs?.start === 'number' && node.attrs.start !== 1 ? ` start="${node.attrs.start}"` : '';
      const items = (node.content ?? []).map((item) => `<li>${blocksToHtml(item.content ?? [], options)}</li>`);
      return `<${tag}${start}>\n${items.join('\n')}\n</${tag}>`;
    }
    case 'blockquote':
      return `<blockquote>\n${blocksToHtml(node.content ?? [], options)}\n</blockquote>`;
    case 'pullQuote': {
      const attribution = String(node.attrs?.attribution ?? '');
      const footer = attribution ? `<footer>${escapeHtml(attribution)}</footer>` : '';
      return `<blockquote class="pull-quote"><p>${inlineToHtml(node.content)}</p>${footer}</blockquote>`;
    }
    case 'horizontalRule':
      return '<hr />';
    case 'figure':
      return figureToHtml(node, options);
    default:
      // A block the editor schema may add later: keep its text rather than lose it.
      return node.content?.length ? blocksOrInline(node, options) : '';
  }
}

function blocksOrInline(node: BodyNode, options: BodyHtmlOptions): string {
  const inline = node.content?.every((child) => child.type === 'text' || child.type === 'hardBreak');
  return inline ? `<p>${inlineToHtml(node.content)}</p>` : blocksToHtml(node.content ?? [], options);
}

function figureToHtml(node: BodyNode, options: BodyHtmlOptions): string {
  const src = String(node.attrs?.src ?? '');
  const alt = String(node.attrs?.alt ?? '');
  const credit = String(node.attrs?.credit ?? '');
  const url = options.assetUrl ? options.assetUrl(src) : src;
  const caption = inlineToHtml(node.content);
  const creditHtml = credit ? `<small class="credit">${escapeHtml(credit)}</small>` : '';
  const separator = caption && creditHtml ? ' ' : '';
  const figcaption = caption || creditHtml ? `<figcaption>${caption}${separator}${creditHtml}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}" />${figcaption}</figure>`;
}

/** Inline content (text with marks and breaks) as HTML. */
export function inlineToHtml(nodes: readonly BodyNode[] | undefined): string {
  return spansToHtml(inlineTree(nodes));
}

function spansToHtml(spans: readonly InlineSpan[]): string {
  return spans.map(spanToHtml).join('');
}

function spanToHtml(span: InlineSpan): string {
  switch (span.kind) {
    case 'text':
      return escapeHtml(span.text);
    case 'break':
      return '<br />';
    case 'link':
      return `<a href="${escapeHtml(span.href)}">${spansToHtml(span.children)}</a>`;
    case 'bold':
      return `<strong>${spansToHtml(span.children)}</strong>`;
    case 'italic':
      return `<em>${spansToHtml(span.children)}</em>`;
  }
}

/**
 * Escapes text for HTML element content and double-quoted attribute values alike. Line breaks
 * inside text become references: a literal one is only layout between blocks (see xml.ts).
 */
export function escapeHtml(text: string): string {
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (c) => HTML_ESCAPES[c]) : text;
}
// A `test` first: most text needs no escape, and `replace` with a callback costs even then.
const HTML_SPECIAL = /[&<>"\r\n]/;
const HTML_SPECIALS = /[&<>"\r\n]/g;
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\n': '&#10;' };
