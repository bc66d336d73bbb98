/**
 * Plain text for e-mail and copy-paste, and the body-to-plain-blocks reduction the
 * plain-text wires (IPTC 7901, ANPA-1312) build on.
 */
import type { BodyDoc, BodyNode, Figure } from '../story/body';
import { formatDateline } from '../story/dateline';
import type { Story } from '../story/story';
import { isSafeHref } from './inline';
import type { ExportOptions, ExportResult } from './types';
import { FORMAT_INFO, fileTypeOf, utf8Bytes } from './formats';
import { photosNotCarried } from './photos';

/** A body block as plain text: a paragraph of text, or a figure (which text formats cannot show). */
export type PlainBlock = { kind: 'text'; text: string } | { kind: 'figure'; figure: Figure };

function linkHref(node: BodyNode): string | null {
  const link = node.marks?.find((mark) => mark.type === 'link');
  const href = link?.attrs?.href;
  // Only addresses a reader may follow; a `javascript:` link keeps its words and loses the target.
  return typeof href === 'string' && isSafeHref(href) ? href : null;
}

/**
 * Inline content as text. A link keeps its address after its words, `text (https://...)`,
 * so plain text loses no destination; a bare URL as its own text is not repeated.
 */
function inlineText(nodes: readonly BodyNode[] = []): string {
  let out = '';
  let href: string | null = null;
  let linkWords = '';
  const closeLink = (): void => {
    if (href && linkWords.trim() !== href) out += ` (${href})`;
    href = null;
    linkWords = '';
  };
  for (const node of nodes) {
    const nodeHref = node.type === 'text' ? linkHref(node) : null;
    if (nodeHref !== href) closeLink();
    if (node.type === 'hardBreak') out += '\n';
    else if (node.type === 'text') {
      out += node.text ?? '';
      href = nodeHref;
      if (href) linkWords += node.text ?? '';
    } else out += inlineText(node.content);
  }
  closeLink();
  return out;
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'codeBlock', 'pullQuote']);

function figureOf(node: BodyNode, index: number): Figure {
  const attrs = node.attrs ?? {};
  return {
    src: String(attrs.src ?? ''),
    alt: String(attrs.alt ?? ''),
    credit: String(attrs.credit ?? ''),
    sourceNote: String(attrs.sourceNote ?? ''),
    caption: inlineText(node.content),
    index,
  };
}

function collectBlocks(node: BodyNode, index: number, out: PlainBlock[]): void {
  if (node.type === 'figure') {
    out.push({ kind: 'figure', figure: figureOf(node, index) });
  } else if (TEXT_BLOCKS.has(node.type)) {
    const text = inlineText(node.content);
    if (text.trim()) out.push({ kind: 'text', text });
  } else if (node.type === 'bulletList' || node.type === 'orderedList') {
    const start = Number(node.attrs?.start ?? 1);
    (node.content ?? []).forEach((item, i) => {
      const marker = node.type === 'orderedList' ? `${start + i}.` : '-';
      const [first, ...rest] = item.content ?? [];
      const text = first && TEXT_BLOCKS.has(first.type) ? inlineText(first.content) : '';
      out.push({ kind: 'text', text: `${marker} ${text}`.trimEnd() });
      for (const child of first && TEXT_BLOCKS.has(first.type) ? rest : item.content ?? []) collectBlocks(child, index, out);
    });
  } else if (node.type === 'text' && node.text?.trim()) {
    out.push({ kind: 'text', text: node.text });
  } else {
    // blockquote and any container the editor adds later: its blocks, in order.
    for (const child of node.content ?? []) collectBlocks(child, index, out);
  }
}

/** The body as plain blocks in reading order: paragraphs, headings and list items as text, figures apart. */
export function plainBlocks(doc: BodyDoc): PlainBlock[] {
  const out: PlainBlock[] = [];
  doc.content.forEach((node, index) => collectBlocks(node, index, out));
  return out;
}

/** `[Photo: caption (credit)]`, the line agencies use in text-only copy. */
function photoLine(figure: Figure): string {
  const caption = figure.caption.trim() || figure.alt.trim() || 'no caption';
  const credit = figure.credit.trim() ? ` (${figure.credit.trim()})` : '';
  return `[Photo: ${caption}${credit}]`;
}

/**
 * The kill line the text formats put before everything else, as agencies' kill advisories do:
 * `KILL: reason`, or `KILL` alone. `spell` fits the reason to the format's character set.
 */
export function killLine(note: string, spell: (note: string) => string = (text) => text): string {
  return note ? `KILL: ${spell(note)}` : 'KILL';
}

/** Story text as paragraphs for e-mail: the ednote is internal and never included. */
function storyTextParagraphs(story: Story, options: ExportOptions = {}): string[] {
  const paragraphs: string[] = [];
  if (options.kill) paragraphs.push(killLine(options.kill.note));
  if (story.embargo) paragraphs.push(`EMBARGOED until ${story.embargo}`);
  if (options.correction) paragraphs.push(`CORRECTION: ${options.correction.note}`);
  paragraphs.push(...[story.headline, story.standfirst, story.byline].map((s) => s.trim()).filter(Boolean));

  const dateline = formatDateline(story.dateline);
  let datelinePending = Boolean(dateline);
  for (const block of plainBlocks(story.body)) {
    if (block.kind === 'figure') {
      paragraphs.push(photoLine(block.figure));
      continue;
    }
    paragraphs.push(datelinePending ? `${dateline} ${block.text}` : block.text);
    datelinePending = false;
  }
  if (datelinePending) paragraphs.push(dateline);

  if (story.related.length > 0) {
    paragraphs.push(['Related:', ...story.related.map((link) => `- ${link.title.trim() || link.url}: ${link.url}`)].join('\n'));
  }
  const credit = story.credit.line.trim() || story.credit.source.trim();
  if (credit) paragraphs.push(credit);
  return paragraphs;
}

/** Plain UTF-8 text, LF line ends: carries every field a reader needs except the images themselves. */
export function exportToText(story: Story, options: ExportOptions = {}): ExportResult {
  const text = `${storyTextParagraphs(story, options).join('\n\n')}\n`;
  const losses = photosNotCarried(story.body, `${FORMAT_INFO.text.label} carries no pictures (its caption and credit are kept as text)`);
  return { format: 'text', text, bytes: utf8Bytes(text), ...fileTypeOf('text'), losses };
}
