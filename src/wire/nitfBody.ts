import { figurePhoto, type BodyNode } from '../story/body';
import { inlineTree, withContent, type InlineSpan } from './inline';
import { inlineFromXml } from './inlineXml';
import { photoFileOf } from './photos';
import type { ExportOptions } from './types';
import { childElements, el, isElement, localName, mixedEl, textContent, type XmlElement, type XmlNode } from './xml';

/**
 * The story body <-> NITF 3.6 `body.content` blocks. Shared by NITF and the NITF that
 * NewsML-G2 carries in `inlineXML`.
 *
 *   paragraph      <p>                         heading 2/3   <hl2> / <hl2 class="h3">
 *   bold/italic    <em class="bold|italic">    link          <a href>       hardBreak <br/>
 *   lists          <ul>/<ol> (seqnum = start)  listItem      <li> holding its blocks
 *   blockquote     <bq><block>...</block></bq>
 *   pullQuote      <bq class="pull-quote"><block><p>quote</p></block><credit>attribution</credit></bq>
 *   horizontalRule <hr/>
 *   figure         <media media-type="image"> <media-reference source=photo file name mime-type
 *                  width height alternate-text=alt/> <media-caption>caption</media-caption>
 *                  <media-producer>credit</media-producer>
 *
 * NITF has one sub-headline element (`hl2`), so an h3 is told apart by its class; `em` is
 * "rendered as bold, italics, or another style" (NITF 3.6 `em` documentation), so the class
 * names the style. `bq` holds `block`s, not paragraphs (its content model is block+, credit?).
 */
export function bodyToNitfBlocks(doc: BodyNode, options: ExportOptions = {}): XmlElement[] {
  const blocksToNitf = (nodes: readonly BodyNode[]): XmlElement[] => nodes.flatMap((node) => blockToNitf(node, blocksToNitf, options));
  return blocksToNitf(doc.content ?? []);
}

function blockToNitf(node: BodyNode, blocksToNitf: (nodes: readonly BodyNode[]) => XmlElement[], options: ExportOptions): XmlElement[] {
  switch (node.type) {
    case 'paragraph':
      return [mixedEl('p', {}, inlineToNitf(node.content))];
    case 'heading':
      return [mixedEl('hl2', { class: node.attrs?.level === 3 ? 'h3' : undefined }, inlineToNitf(node.content))];
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((item) => el('li', {}, blocksToNitf(item.content ?? [])));
      // NITF `ul`/`ol` need at least one `li`; an empty list carries nothing to keep.
      if (items.length === 0) return [];
      const start = node.type === 'orderedList' && typeof node.attrs?.start === 'number' && node.attrs.start !== 1 ? node.attrs.start : undefined;
      return [el(node.type === 'bulletList' ? 'ul' : 'ol', { seqnum: start }, items)];
    }
    case 'blockquote':
      return [el('bq', {}, el('block', {}, blocksToNitf(node.content ?? [])))];
    case 'pullQuote': {
      const attribution = String(node.attrs?.attribution ?? '');
      return [
        el(
          'bq',
          { class: 'pull-quote' },
          el('block', {}, mixedEl('p', {}, inlineToNitf(node.content))),
          attribution ? mixedEl('credit', {}, attribution) : undefined,
        ),
      ];
    }
    case 'horizontalRule':
      return [el('hr')];
    case 'figure':
      return [figureToNitf(node, options)];
    default: {
      // A block type the wire does not know: keep its text (reported by unsupportedFormatting).
      const inline = node.content?.every((child) => child.type === 'text' || child.type === 'hardBreak');
      if (inline) return [mixedEl('p', {}, inlineToNitf(node.content))];
      return blocksToNitf(node.content ?? []);
    }
  }
}

/**
 * A photo that goes with the file is named by its file name (NITF `source`: "URL or other unique
 * ID for external media file"); one that does not, by its asset id, which only a Galley library
 * can resolve (a loss the desk is told of).
 */
function figureToNitf(node: BodyNode, options: ExportOptions): XmlElement {
  const alt = String(node.attrs?.alt ?? '');
  const credit = String(node.attrs?.credit ?? '');
  const caption = inlineToNitf(node.content);
  const photo = photoFileOf(options, node.attrs?.src);
  return el(
    'media',
    { 'media-type': 'image' },
    el('media-reference', {
      source: photo?.fileName ?? String(node.attrs?.src ?? ''),
      'mime-type': photo?.mediaType,
      height: photo?.height,
      width: photo?.width,
      'alternate-text': alt || undefined,
    }),
    caption.length ? mixedEl('media-caption', {}, caption) : undefined,
    credit ? mixedEl('media-producer', {}, credit) : undefined,
  );
}

/** Inline content as NITF enriched text. */
export function inlineToNitf(nodes: readonly BodyNode[] | undefined): XmlNode[] {
  return inlineTree(nodes).map(spanToNitf);
}

function spanToNitf(span: InlineSpan): XmlNode {
  switch (span.kind) {
    case 'text':
      return span.text;
    case 'break':
      return el('br');
    case 'link':
      return mixedEl('a', { href: span.href }, span.children.map(spanToNitf));
    case 'bold':
    case 'italic':
      return mixedEl('em', { class: span.kind }, span.children.map(spanToNitf));
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Block-level NITF elements (NITF 3.6 `blockContent` plus `block`) as body nodes. */
export function nitfBlocksToBody(elements: readonly XmlNode[], warnings: string[]): BodyNode[] {
  const out: BodyNode[] = [];
  for (const node of elements) {
    if (!isElement(node)) {
      // Stray text between blocks (hand-written NITF): keep it as a paragraph.
      if (node.trim()) out.push(paragraph([{ type: 'text', text: node.trim() }]));
      continue;
    }
    out.push(...nitfBlockToBody(node, warnings));
  }
  return out;
}

function nitfBlockToBody(node: XmlElement, warnings: string[]): BodyNode[] {
  switch (localName(node.name)) {
    case 'p':
      return [paragraph(nitfInlineToBody(node.children))];
    case 'hl2':
      return [withContent({ type: 'heading', attrs: { level: node.attrs.class === 'h3' ? 3 : 2 } }, nitfInlineToBody(node.children))];
    case 'ul':
      return [listToBody(node, 'bulletList', warnings)];
    case 'ol':
      return [listToBody(node, 'orderedList', warnings)];
    case 'bq':
      return [quoteToBody(node, warnings)];
    case 'hr':
      return [{ type: 'horizontalRule' }];
    case 'media':
      return [mediaToFigure(node, warnings)];
    case 'block':
      return nitfBlocksToBody(node.children, warnings);
    default: {
      const text = textContent(node).trim();
      if (!text) return [];
      warnings.push(`NITF <${localName(node.name)}> has no Galley equivalent; its text was kept as a paragraph.`);
      return [paragraph([{ type: 'text', text }])];
    }
  }
}

function listToBody(node: XmlElement, type: 'bulletList' | 'orderedList', warnings: string[]): BodyNode {
  const items = childElements(node, 'li').map((li) => ({ type: 'listItem', content: listItemBlocks(li, warnings) }));
  const seqnum = Number(node.attrs.seqnum);
  const attrs = type === 'orderedList' && Number.isInteger(seqnum) && seqnum !== 1 ? { start: seqnum } : undefined;
  return attrs ? { type, attrs, content: items } : { type, content: items };
}

/** `li` may hold blocks (Galley's own output) or text directly (most agencies' NITF). */
function listItemBlocks(li: XmlElement, warnings: string[]): BodyNode[] {
  const hasBlocks = li.children.some((child) => isElement(child) && BLOCK_NAMES.has(localName(child.name)));
  if (hasBlocks) return nitfBlocksToBody(li.children, warnings);
  return [paragraph(nitfInlineToBody(li.children))];
}
const BLOCK_NAMES = new Set(['p', 'hl2', 'ul', 'ol', 'bq', 'hr', 'media', 'block', 'table', 'dl', 'pre', 'fn', 'note', 'nitf-table']);

function quoteToBody(node: XmlElement, warnings: string[]): BodyNode {
  const credit = childElements(node, 'credit')[0];
  const blocks = childElements(node, 'block').flatMap((block) => nitfBlocksToBody(block.children, warnings));
  if (node.attrs.class === 'pull-quote') {
    const attrs = { attribution: credit ? textContent(credit) : '' };
    const inline = blocks.flatMap((block, i) => (i === 0 ? (block.content ?? []) : [{ type: 'hardBreak' }, ...(block.content ?? [])]));
    return withContent({ type: 'pullQuote', attrs }, inline);
  }
  if (credit) blocks.push(paragraph([{ type: 'text', text: `— ${textContent(credit)}` }]));
  return { type: 'blockquote', content: blocks.length ? blocks : [paragraph([])] };
}

function mediaToFigure(node: XmlElement, warnings: string[]): BodyNode {
  const reference = childElements(node, 'media-reference')[0];
  const mediaType = node.attrs['media-type'] ?? '';
  if (mediaType !== 'image') warnings.push(`NITF media of type "${mediaType}" was imported as a figure; check it.`);
  const captionElement = childElements(node, 'media-caption')[0];
  // Captions from other systems may hold paragraphs; a figure caption is one run of text.
  const caption = captionElement ? nitfInlineToBody(captionElement.children.flatMap((c) => (isElement(c) && localName(c.name) === 'p' ? c.children : [c]))) : [];
  const figure: BodyNode = {
    type: 'figure',
    attrs: {
      ...figurePhoto(reference?.attrs.source),
      alt: reference?.attrs['alternate-text'] ?? '',
      credit: childElements(node, 'media-producer').map(textContent).join(', '),
    },
  };
  return withContent(figure, caption);
}

/** NITF enriched text as inline body nodes. Elements without a Galley mark keep their text. */
export function nitfInlineToBody(nodes: readonly XmlNode[]): BodyNode[] {
  // NITF has one emphasis element; its class says how it is rendered (nitf-3-6.xsd, `em`).
  return inlineFromXml(nodes, (element) => (localName(element.name) === 'em' ? { type: element.attrs.class === 'bold' ? 'bold' : 'italic' } : null));
}

function paragraph(content: BodyNode[]): BodyNode {
  return withContent({ type: 'paragraph' }, content);
}
