import { figurePhoto, type BodyDoc, type BodyMark, type BodyNode } from '../story/body';
import { withContent } from './inline';
import { ImportLimitError } from './importLimits';
import { inlineFromXml } from './inlineXml';
import { ImportError } from './types';
import { childElements, isElement, localName, parseXml, textContent, type XmlElement, type XmlNode } from './xml';

/**
 * Reads an HTML body back into a story body: the inverse of `bodyToHtml`, and lenient enough for
 * the XHTML other systems put in ninjs bodies and NewsML-G2 `inlineXML`. `src/` has no DOM, so
 * the HTML must be well-formed XML; when it is not, the caller falls back to the plain text.
 * Elements Galley has no node for keep their text, and the reader says so in `warnings`.
 */
export function htmlToBody(html: string, warnings: string[]): BodyDoc {
  const root = parseXml(`<body>${html}</body>`, { entities: 'html', label: 'HTML body' });
  const content = readBlocks(root.children, warnings);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

/** Like htmlToBody, but returns null instead of throwing when the HTML is not well-formed. */
export function tryHtmlToBody(html: string, warnings: string[]): BodyDoc | null {
  try {
    return htmlToBody(html, warnings);
  } catch (error) {
    if (error instanceof ImportError && !(error instanceof ImportLimitError)) return null;
    throw error;
  }
}

const INLINE_NAMES = new Set(['a', 'strong', 'b', 'em', 'i', 'br', 'span', 'small', 'sub', 'sup', 'u', 'abbr', 'cite', 'q', 'code', 'mark', 'time']);
const TRANSPARENT_BLOCKS = new Set(['div', 'section', 'article', 'main', 'header', 'aside', 'body', 'html']);

function readBlocks(nodes: readonly XmlNode[], warnings: string[]): BodyNode[] {
  const out: BodyNode[] = [];
  let loose: XmlNode[] = [];
  // Text and inline elements directly inside a block container form an implied paragraph.
  const flushLoose = (): void => {
    if (loose.some((node) => (isElement(node) ? true : node.trim() !== ''))) out.push(withContent({ type: 'paragraph' }, readInline(trimEdges(loose))));
    loose = [];
  };
  for (const node of nodes) {
    if (!isElement(node) || INLINE_NAMES.has(localName(node.name))) {
      loose.push(node);
      continue;
    }
    flushLoose();
    out.push(...readBlock(node, warnings));
  }
  flushLoose();
  return out;
}

function trimEdges(nodes: XmlNode[]): XmlNode[] {
  return nodes.map((node, i) => {
    if (isElement(node)) return node;
    let text = node;
    if (i === 0) text = text.trimStart();
    if (i === nodes.length - 1) text = text.trimEnd();
    return text;
  });
}

function readBlock(node: XmlElement, warnings: string[]): BodyNode[] {
  const name = localName(node.name);
  switch (name) {
    case 'p':
      return [withContent({ type: 'paragraph' }, readInline(node.children))];
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return [withContent({ type: 'heading', attrs: { level: name === 'h1' || name === 'h2' ? 2 : 3 } }, readInline(node.children))];
    case 'ul':
    case 'ol':
      return [readList(node, warnings)];
    case 'blockquote':
      return [readQuote(node, warnings)];
    case 'hr':
      return [{ type: 'horizontalRule' }];
    case 'figure':
      return [readFigure(node)];
    case 'img':
      return [{ type: 'figure', attrs: { ...figurePhoto(node.attrs.src), alt: node.attrs.alt ?? '', credit: '' } }];
    default:
      if (TRANSPARENT_BLOCKS.has(name)) return readBlocks(node.children, warnings);
      if (!textContent(node).trim()) return [];
      warnings.push(`The HTML element <${name}> has no Galley equivalent; its text was kept as a paragraph.`);
      return [withContent({ type: 'paragraph' }, readInline(node.children))];
  }
}

function readList(node: XmlElement, warnings: string[]): BodyNode {
  const type = localName(node.name) === 'ol' ? 'orderedList' : 'bulletList';
  const items = childElements(node, 'li').map((li) => {
    const blocks = readBlocks(li.children, warnings);
    return { type: 'listItem', content: blocks.length ? blocks : [{ type: 'paragraph' }] };
  });
  const start = Number(node.attrs.start);
  const attrs = type === 'orderedList' && Number.isInteger(start) && start !== 1 ? { start } : undefined;
  return attrs ? { type, attrs, content: items } : { type, content: items };
}

function readQuote(node: XmlElement, warnings: string[]): BodyNode {
  if (node.attrs.class === 'pull-quote') {
    const quote = childElements(node, 'p')[0];
    const footer = childElements(node, 'footer')[0];
    return withContent({ type: 'pullQuote', attrs: { attribution: footer ? textContent(footer) : '' } }, quote ? readInline(quote.children) : []);
  }
  const blocks = readBlocks(node.children, warnings);
  return { type: 'blockquote', content: blocks.length ? blocks : [{ type: 'paragraph' }] };
}

/** `<figure><img/><figcaption>caption <small class="credit">credit</small></figcaption></figure>`. */
function readFigure(node: XmlElement): BodyNode {
  const img = childElements(node, 'img')[0];
  const figcaption = childElements(node, 'figcaption')[0];
  const captionNodes = [...(figcaption?.children ?? [])];
  let credit = '';
  const last = captionNodes.at(-1);
  if (last && isElement(last) && localName(last.name) === 'small' && last.attrs.class === 'credit') {
    credit = textContent(last);
    captionNodes.pop();
    // bodyToHtml puts one space between caption and credit.
    const before = captionNodes.at(-1);
    if (typeof before === 'string' && before.endsWith(' ')) captionNodes[captionNodes.length - 1] = before.slice(0, -1);
  }
  const figure: BodyNode = { type: 'figure', attrs: { ...figurePhoto(img?.attrs.src), alt: img?.attrs.alt ?? '', credit } };
  return withContent(figure, readInline(captionNodes));
}

/** XHTML emphasis: <strong>/<b> bold, <em>/<i> italic. */
function htmlEmphasis(element: XmlElement): BodyMark | null {
  const name = localName(element.name);
  if (name === 'strong' || name === 'b') return { type: 'bold' };
  if (name === 'em' || name === 'i') return { type: 'italic' };
  return null;
}

function readInline(nodes: readonly XmlNode[]): BodyNode[] {
  return inlineFromXml(nodes, htmlEmphasis);
}
