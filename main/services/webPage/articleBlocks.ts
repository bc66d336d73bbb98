import type { BodyMark, BodyNode } from '../../../src/story/body';
import { InlineBuilder, linkMark, withContent } from '../../../src/wire/inline';
import { absoluteUrl, isElement, tagOf, type PageElement, type PageNode } from './pageDom';

/** Elements whose content is never story text (figures are read apart, by pageFigures). */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'form', 'button', 'select', 'textarea', 'input', 'img', 'picture', 'figure', 'figcaption', 'nav', 'head', 'title', 'meta', 'link']);
const INLINE = new Set(['a', 'strong', 'b', 'em', 'i', 'br', 'span', 'small', 'sub', 'sup', 'u', 'abbr', 'cite', 'q', 'code', 'mark', 'time', 's', 'del', 'ins', 'font', 'label', 'bdi', 'bdo', 'data', 'var', 'kbd', 'wbr']);
const MARKS: Record<string, BodyMark> = { strong: { type: 'bold' }, b: { type: 'bold' }, em: { type: 'italic' }, i: { type: 'italic' } };

/** Reads inline markup into text nodes with Galley's marks; white space collapses as a browser shows it. */
function readInline(nodes: readonly PageNode[], base: string, builder: InlineBuilder, marks: readonly BodyMark[]): void {
  for (const node of nodes) {
    if (!isElement(node)) {
      if (node.nodeType === 3) builder.text((node.textContent ?? '').replace(/[\s\u00a0]+/g, ' '), marks);
      continue;
    }
    const tag = tagOf(node);
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      builder.hardBreak();
      continue;
    }
    let inner = marks;
    if (MARKS[tag]) inner = [...marks, MARKS[tag]];
    if (tag === 'a') inner = [...marks, ...linkMark(absoluteUrl(node.getAttribute('href'), base) ?? '')];
    readInline(Array.from(node.childNodes), base, builder, inner);
  }
}

/** Inline content with the paragraph's outer spaces and breaks trimmed. */
function inlineOf(nodes: readonly PageNode[], base: string): BodyNode[] {
  const builder = new InlineBuilder();
  readInline(nodes, base, builder, []);
  const out = builder.nodes;
  while (out.length && (out[0].type === 'hardBreak' || (out[0].type === 'text' && !out[0].text!.trim()))) out.shift();
  while (out.length && (out.at(-1)!.type === 'hardBreak' || (out.at(-1)!.type === 'text' && !out.at(-1)!.text!.trim()))) out.pop();
  if (out[0]?.type === 'text') out[0] = { ...out[0], text: out[0].text!.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, text: last.text!.trimEnd() };
  return out.filter((node) => node.type !== 'text' || node.text);
}

function paragraph(nodes: readonly PageNode[], base: string): BodyNode[] {
  const content = inlineOf(nodes, base);
  return content.length ? [withContent({ type: 'paragraph' }, content)] : [];
}

function listOf(element: PageElement, base: string): BodyNode[] {
  const items = Array.from(element.children)
    .filter((child) => tagOf(child) === 'li')
    .map((li) => blocksOf(Array.from(li.childNodes), base))
    .filter((content) => content.length)
    .map((content) => ({ type: 'listItem', content }));
  return items.length ? [{ type: tagOf(element) === 'ol' ? 'orderedList' : 'bulletList', content: items }] : [];
}

function blockOf(element: PageElement, base: string): BodyNode[] {
  const tag = tagOf(element);
  if (/^h[1-6]$/.test(tag)) {
    const content = inlineOf(Array.from(element.childNodes), base);
    return content.length ? [withContent({ type: 'heading', attrs: { level: tag === 'h1' || tag === 'h2' ? 2 : 3 } }, content)] : [];
  }
  if (tag === 'p') return paragraph(Array.from(element.childNodes), base);
  if (tag === 'ul' || tag === 'ol') return listOf(element, base);
  if (tag === 'blockquote') {
    const content = blocksOf(Array.from(element.childNodes), base);
    return content.length ? [{ type: 'blockquote', content }] : [];
  }
  if (tag === 'hr') return [{ type: 'horizontalRule' }];
  return blocksOf(Array.from(element.childNodes), base);
}

/**
 * The article's text as story blocks: paragraphs, headings, lists and quotes with bold,
 * italic and links. Containers (div, section…) are transparent; text loose in one becomes a
 * paragraph, as the browser shows it.
 */
export function blocksOf(nodes: readonly PageNode[], base: string): BodyNode[] {
  const out: BodyNode[] = [];
  let loose: PageNode[] = [];
  const flush = () => {
    out.push(...paragraph(loose, base));
    loose = [];
  };
  for (const node of nodes) {
    if (isElement(node) && SKIP.has(tagOf(node))) continue;
    if (!isElement(node) || INLINE.has(tagOf(node))) {
      loose.push(node);
      continue;
    }
    flush();
    out.push(...blockOf(node, base));
  }
  flush();
  return out;
}
