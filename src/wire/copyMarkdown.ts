/**
 * The slice of Markdown that pasted copy and .md files use: `#` headings, paragraphs, `-`/`1.`
 * lists, `>` quotes, **bold**, _italic_ and [links](url). Anything else stays literal text.
 */
import type { BodyMark, BodyNode } from '../story/body';
import { InlineBuilder, isSafeHref, linkMark } from './inline';

/** A block of pasted copy before its role is known. `lines` are as pasted, trimmed. */
export type CopyBlock =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; lines: string[] };

const HEADING = /^(#{1,6})\s+(.+?)\s*#*$/;
const BULLET = /^[-*+•]\s+(.*)$/;
const NUMBERED = /^\d{1,3}[.)]\s+(.*)$/;

/** Markdown's signs: a heading line, emphasis, or a link. Plain agency copy has none of them. */
export function looksLikeMarkdown(text: string): boolean {
  return /^#{1,6}\s+\S/m.test(text) || /\*\*[^*\n]+\*\*/.test(text) || /\[[^\]\n]+\]\([^)\s]+\)/.test(text);
}

/** Splits copy into blocks at blank lines; with `markdown`, headings, lists and quotes are recognised. */
export function splitBlocks(text: string, markdown: boolean): CopyBlock[] {
  const blocks: CopyBlock[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').map((line) => line.trim()).filter(Boolean);
    if (lines.length === 0) continue;
    if (!markdown) {
      blocks.push({ kind: 'paragraph', lines });
      continue;
    }
    let paragraph: string[] = [];
    const flush = (): void => {
      if (paragraph.length > 0) blocks.push({ kind: 'paragraph', lines: paragraph });
      paragraph = [];
    };
    for (const line of lines) {
      const heading = HEADING.exec(line);
      if (heading) {
        flush();
        blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      } else paragraph.push(line);
    }
    flush();
  }
  return markdown ? blocks.map(listOrQuote) : blocks;
}

function listOrQuote(block: CopyBlock): CopyBlock {
  if (block.kind !== 'paragraph') return block;
  if (block.lines.every((line) => line.startsWith('>'))) return { kind: 'quote', lines: block.lines.map((line) => line.replace(/^>\s?/, '')) };
  for (const [pattern, ordered] of [[BULLET, false], [NUMBERED, true]] as const) {
    if (block.lines.every((line) => pattern.test(line))) return { kind: 'list', ordered, items: block.lines.map((line) => pattern.exec(line)![1]) };
  }
  return block;
}

const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|__(.+?)__|(?<![\p{L}\p{N}*])\*(?![\s*])(.+?)\*(?![\p{L}\p{N}])|(?<![\p{L}\p{N}_])_(?![\s_])(.+?)_(?![\p{L}\p{N}])/u;

function addInline(text: string, marks: readonly BodyMark[], out: InlineBuilder, warnings: string[]): void {
  let rest = text;
  for (let match = INLINE.exec(rest); match; match = INLINE.exec(rest)) {
    out.text(rest.slice(0, match.index), marks);
    const [, linkText, href, bold1, bold2, italic1, italic2] = match;
    if (linkText !== undefined) {
      if (isSafeHref(href)) addInline(linkText, [...marks, ...linkMark(href)], out, warnings);
      else {
        warnings.push(`Link "${linkText}" points to "${href}", which is not a web or mail address: kept its words only`);
        addInline(linkText, marks, out, warnings);
      }
    } else if (bold1 ?? bold2) addInline(bold1 ?? bold2, [...marks, { type: 'bold' }], out, warnings);
    else addInline(italic1 ?? italic2, [...marks, { type: 'italic' }], out, warnings);
    rest = rest.slice(match.index + match[0].length);
  }
  out.text(rest, marks);
}

/** Inline Markdown as TipTap text nodes with bold, italic and link marks. */
export function markdownInline(text: string, warnings: string[]): BodyNode[] {
  const out = new InlineBuilder();
  addInline(text, [], out, warnings);
  return out.nodes;
}

/** The words of inline Markdown, without its markup: for fields that hold plain text. */
export function markdownPlain(text: string): string {
  return markdownInline(text, []).map((node) => node.text ?? '').join('');
}
