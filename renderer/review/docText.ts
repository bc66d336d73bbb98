/**
 * The body's plain text built from the live ProseMirror document, exactly as `bodyText` builds it
 * from the stored JSON (text blocks joined by a blank line, empty ones left out), with a map from
 * plain-text offsets back to document positions.
 *
 * Why one text for the whole body rather than the checker per paragraph: quotes run across
 * paragraphs (an opening mark with no closing one) and "he" in paragraph five is resolved to a
 * name in paragraph two, so the checker needs the whole text. What is per paragraph is the
 * extraction: ProseMirror keeps unchanged nodes identical across edits, so each block's text is
 * cached by node and only the edited paragraphs are walked again.
 */
import type { Node as PmNode } from '@tiptap/pm/model';

/** Blocks whose text is one paragraph: the same set as src/story/body.ts. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'figure', 'pullQuote', 'codeBlock']);
const SEPARATOR = '\n\n';

/** A stretch of block text that maps one-to-one onto document positions. */
interface Run {
  offset: number;
  /** Position relative to the block's own position. */
  relPos: number;
  length: number;
}

interface BlockText {
  text: string;
  runs: Run[];
}

interface PlacedBlock {
  /** Offset of the block's text in the whole text. */
  start: number;
  /** The block node's document position. */
  pos: number;
  block: BlockText;
}

export interface DocText {
  text: string;
  blocks: PlacedBlock[];
}

const cache = new WeakMap<PmNode, BlockText>();

function blockText(node: PmNode): BlockText {
  const cached = cache.get(node);
  if (cached) return cached;
  let text = '';
  const runs: Run[] = [];
  node.descendants((child, relPos) => {
    if (child.isText || child.type.name === 'hardBreak') {
      const piece = child.isText ? (child.text ?? '') : '\n';
      // +1: a block's content starts one position after the block itself.
      runs.push({ offset: text.length, relPos: relPos + 1, length: piece.length });
      text += piece;
      return false;
    }
    return true;
  });
  const result = { text, runs };
  cache.set(node, result);
  return result;
}

/** The plain text of the document and where each block of it sits. */
export function docText(doc: PmNode): DocText {
  const blocks: PlacedBlock[] = [];
  const parts: string[] = [];
  let length = 0;
  doc.descendants((node, pos) => {
    if (!TEXT_BLOCKS.has(node.type.name)) return true;
    const block = blockText(node);
    if (block.text.trim()) {
      if (parts.length) length += SEPARATOR.length;
      blocks.push({ start: length, pos, block });
      parts.push(block.text);
      length += block.text.length;
    }
    return false;
  });
  return { text: parts.join(SEPARATOR), blocks };
}

/**
 * The document position of a plain-text offset. `side` -1 maps an end offset (the position after
 * the character before it), 1 a start offset; offsets inside a separator go to the nearer block.
 */
export function positionOf(map: DocText, offset: number, side: -1 | 1): number {
  const { blocks } = map;
  if (!blocks.length) return 0;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const placed = blocks[lo];
  const within = Math.min(Math.max(offset - placed.start, 0), placed.block.text.length);
  const runs = placed.block.runs;
  let run = runs[0];
  for (const candidate of runs) {
    const inside = side === 1 ? candidate.offset <= within && within < candidate.offset + candidate.length : candidate.offset < within && within <= candidate.offset + candidate.length;
    if (inside) {
      run = candidate;
      break;
    }
    if (candidate.offset <= within) run = candidate;
  }
  return placed.pos + run.relPos + Math.min(within - run.offset, run.length);
}
