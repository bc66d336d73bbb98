import { z } from 'zod';
import { isAssetId } from '../editor/figure/imageFile';

/**
 * A TipTap/ProseMirror JSON node. The shape is checked here; which node and mark types may
 * appear is the editor schema's business (src/editor), which drops anything it does not know.
 */
export interface BodyMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface BodyNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNode[];
  marks?: BodyMark[];
  text?: string;
}
export interface BodyDoc extends BodyNode {
  type: 'doc';
  content: BodyNode[];
}

/** Nesting deeper than this is refused: real stories nest a handful of levels (list in quote). */
const MAX_DEPTH = 32;

const markSchema = z.strictObject({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

function nodeDepth(node: BodyNode, depth = 1): number {
  if (depth > MAX_DEPTH || !node.content) return depth;
  let max = depth;
  for (const child of node.content) max = Math.max(max, nodeDepth(child, depth + 1));
  return max;
}

export const bodyNodeSchema: z.ZodType<BodyNode> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(bodyNodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

export const bodyDocSchema = z
  .strictObject({
    type: z.literal('doc'),
    content: z.array(bodyNodeSchema),
  })
  .refine((doc) => nodeDepth(doc as BodyNode) <= MAX_DEPTH, `is nested more than ${MAX_DEPTH} levels deep`) as unknown as z.ZodType<BodyDoc>;

/** An empty body: one empty paragraph, as TipTap itself starts. */
export function emptyBody(): BodyDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A body made of plain paragraphs, e.g. from imported text. */
export function bodyFromParagraphs(paragraphs: readonly string[]): BodyDoc {
  if (paragraphs.length === 0) return emptyBody();
  return {
    type: 'doc',
    content: paragraphs.map((text) => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' })),
  };
}

/** Block nodes whose text is one paragraph of plain text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'figure', 'pullQuote', 'codeBlock']);

function inlineText(node: BodyNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

/**
 * The body as plain text: one paragraph per text block, separated by blank lines.
 * Figure captions are included (they are read as part of the story); list items are paragraphs.
 */
export function bodyParagraphs(doc: BodyNode): string[] {
  const out: string[] = [];
  const walk = (node: BodyNode): void => {
    if (TEXT_BLOCKS.has(node.type)) {
      const text = inlineText(node);
      if (text.trim()) out.push(text);
      return;
    }
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return out;
}

/** Plain text of the body, paragraphs separated by a blank line. */
export function bodyText(doc: BodyNode): string {
  return bodyParagraphs(doc).join('\n\n');
}

export interface Figure {
  /** Asset id (content hash) of the image; "" while the figure has no photo yet. */
  src: string;
  alt: string;
  credit: string;
  /**
   * Where the photo was seen (a web address, an original file name), kept as inert text for the
   * desk: never loaded, never sent to the wire. "" when there is none.
   */
  sourceNote: string;
  caption: string;
  /** Position of the figure among the body's top-level blocks. */
  index: number;
}

/** The editor's and readiness's words for a figure without a photo. */
export const PHOTO_MISSING = 'photo missing: add it or remove the figure';

/** Longest source note kept: room for any real address or file name, never a document. */
export const MAX_SOURCE_NOTE = 2_000;

/**
 * A figure's photo as Galley holds it, whatever a file or a payload said: `src` is an asset id
 * or "" (no photo yet); anything else there (`file:`, `http(s):`, `../` paths, a 15 MB string)
 * is not a photo Galley has, and is kept only as the inert `sourceNote`, cut to MAX_SOURCE_NOTE.
 * One rule for the importers, the sanitiser, readiness and the exporters.
 */
export function figurePhoto(src: unknown, sourceNote: unknown = ''): { src: string; sourceNote: string } {
  const given = typeof src === 'string' ? src.trim() : '';
  if (isAssetId(given)) return { src: given, sourceNote: noteText(sourceNote) };
  return { src: '', sourceNote: noteText(sourceNote) || noteText(given) };
}

function noteText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const note = value.trim();
  if (note.length <= MAX_SOURCE_NOTE) return note;
  // Never cut between the halves of a surrogate pair: a lone half cannot be stored.
  const end = /[\uD800-\uDBFF]/.test(note[MAX_SOURCE_NOTE - 2]) ? MAX_SOURCE_NOTE - 2 : MAX_SOURCE_NOTE - 1;
  return `${note.slice(0, end)}…`;
}

/** A figure node as the importers build it: caption as its content, no photo until one is added. */
export function figureNode(attrs: { src?: string; alt?: string; credit?: string; sourceNote?: string }, caption: string): BodyNode {
  const node: BodyNode = { type: 'figure', attrs: { alt: '', credit: '', ...attrs, ...figurePhoto(attrs.src, attrs.sourceNote) } };
  if (caption) node.content = [{ type: 'text', text: caption }];
  return node;
}

/** Every figure in the body, in reading order. */
export function figuresOf(doc: BodyDoc): Figure[] {
  const figures: Figure[] = [];
  doc.content.forEach((node, index) => {
    if (node.type !== 'figure') return;
    const attrs = node.attrs ?? {};
    figures.push({
      src: String(attrs.src ?? ''),
      alt: String(attrs.alt ?? ''),
      credit: String(attrs.credit ?? ''),
      sourceNote: String(attrs.sourceNote ?? ''),
      caption: inlineText(node),
      index,
    });
  });
  return figures;
}

/** The body's photos (asset ids), each once, in reading order: the files a send writes beside the story. */
export function photoIdsOf(doc: BodyDoc): string[] {
  return [...new Set(figuresOf(doc).map((figure) => figure.src).filter(isAssetId))];
}
