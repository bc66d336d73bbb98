import { isSafeHref } from '../editor/sanitizeBody';
import type { BodyMark, BodyNode } from '../story/body';

/**
 * Inline content (text with bold/italic/link marks, hard breaks) as a tree of nested spans, the
 * shape every markup format needs. Marks nest in one fixed order (link outside bold outside
 * italic) and neighbouring text with the same marks is merged, so a body has exactly one
 * rendering; importers build marks in the same order, which makes export -> import -> export
 * stable byte for byte.
 */
export type InlineSpan =
  | { kind: 'text'; text: string }
  | { kind: 'break' }
  | { kind: 'link'; href: string; children: InlineSpan[] }
  | { kind: 'bold' | 'italic'; children: InlineSpan[] };

/** The marks Galley's editor schema has, outermost first. */
export const MARK_ORDER = ['link', 'bold', 'italic'] as const;
export type MarkName = (typeof MARK_ORDER)[number];

/**
 * A URL as the typed wire fields want it (G2 `href` is xs:anyURI, ninjs `uri` is RFC 3986):
 * `URL` percent-encodes what those cannot hold, such as spaces and `<`. Idempotent, so a
 * round trip is stable.
 */
export function normalizedUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return encodeURI(url);
  }
}

export { isSafeHref };

interface Leaf {
  node: { kind: 'text'; text: string } | { kind: 'break' };
  marks: BodyMark[];
}

/** Unknown marks and unsafe links are left out here; `unsupportedFormatting` reports them. */
export function inlineTree(nodes: readonly BodyNode[] | undefined): InlineSpan[] {
  const leaves: Leaf[] = [];
  for (const node of nodes ?? []) {
    const marks = canonicalMarks(node.marks ?? []);
    if (node.type === 'hardBreak') leaves.push({ node: { kind: 'break' }, marks });
    else if (node.text) leaves.push({ node: { kind: 'text', text: node.text }, marks });
    else if (node.type !== 'text') {
      // An inline node the wire formats do not know (a mention, an emoji node): keep its text.
      const text = inlineTextOf(node);
      if (text) leaves.push({ node: { kind: 'text', text }, marks });
    }
  }
  return group(leaves);
}

function inlineTextOf(node: BodyNode): string {
  return node.text ?? (node.content ?? []).map(inlineTextOf).join('');
}

function canonicalMarks(marks: readonly BodyMark[]): BodyMark[] {
  const kept: BodyMark[] = [];
  for (const name of MARK_ORDER) {
    const mark = marks.find((m) => m.type === name);
    if (mark && (name !== 'link' || isSafeHref(String(mark.attrs?.href ?? '')))) kept.push(mark);
  }
  return kept;
}

/** Block nodes every wire exporter knows; anything else is written as its text. */
export const KNOWN_BLOCKS = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'pullQuote', 'horizontalRule', 'figure']);
const KNOWN_INLINE = new Set(['text', 'hardBreak']);

/**
 * What the exporters leave out of a body: marks other than bold/italic/link, links to anything
 * but http(s)/mailto, and node types they do not know (their text is still written). Sorted,
 * without repeats, for the desk's Loss message.
 */
export function unsupportedFormatting(doc: BodyNode): string[] {
  const found = new Set<string>();
  const walk = (node: BodyNode, inline: boolean): void => {
    if (node.type !== 'doc' && !(inline ? KNOWN_INLINE : KNOWN_BLOCKS).has(node.type)) found.add(node.type);
    for (const mark of node.marks ?? []) {
      if (!(MARK_ORDER as readonly string[]).includes(mark.type)) found.add(mark.type);
      else if (mark.type === 'link' && !isSafeHref(String(mark.attrs?.href ?? ''))) found.add('unsafe link');
    }
    const childrenInline = INLINE_CONTAINERS.has(node.type);
    for (const child of node.content ?? []) walk(child, childrenInline || inline);
  };
  walk(doc, false);
  return [...found].sort();
}
const INLINE_CONTAINERS = new Set(['paragraph', 'heading', 'pullQuote', 'figure']);

function markKey(mark: BodyMark): string {
  return mark.type === 'link' ? `link:${String(mark.attrs?.href)}` : mark.type;
}

function group(leaves: Leaf[]): InlineSpan[] {
  const out: InlineSpan[] = [];
  let i = 0;
  while (i < leaves.length) {
    const outer = leaves[i].marks[0];
    if (!outer) {
      pushSpan(out, leaves[i].node);
      i++;
      continue;
    }
    const key = markKey(outer);
    const inner: Leaf[] = [];
    while (i < leaves.length && leaves[i].marks[0] && markKey(leaves[i].marks[0]) === key) {
      inner.push({ node: leaves[i].node, marks: leaves[i].marks.slice(1) });
      i++;
    }
    const children = group(inner);
    out.push(outer.type === 'link' ? { kind: 'link', href: String(outer.attrs?.href), children } : { kind: outer.type as 'bold' | 'italic', children });
  }
  return out;
}

function pushSpan(out: InlineSpan[], span: InlineSpan): void {
  const last = out.at(-1);
  if (span.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + span.text };
  else out.push(span);
}

/**
 * Collects inline content while an importer walks markup: text and breaks with the marks in
 * force, merged like the editor merges them.
 */
export class InlineBuilder {
  readonly nodes: BodyNode[] = [];

  text(text: string, marks: readonly BodyMark[]): void {
    if (!text) return;
    const ordered = orderMarks(marks);
    const last = this.nodes.at(-1);
    if (last?.type === 'text' && sameMarks(last.marks ?? [], ordered)) {
      last.text = (last.text ?? '') + text;
      return;
    }
    this.nodes.push(ordered.length ? { type: 'text', text, marks: ordered } : { type: 'text', text });
  }

  hardBreak(): void {
    this.nodes.push({ type: 'hardBreak' });
  }
}

function orderMarks(marks: readonly BodyMark[]): BodyMark[] {
  const out: BodyMark[] = [];
  for (const name of MARK_ORDER) {
    const mark = marks.findLast((m) => m.type === name);
    if (mark) out.push(mark);
  }
  return out;
}

function sameMarks(a: readonly BodyMark[], b: readonly BodyMark[]): boolean {
  return a.length === b.length && a.every((mark, i) => markKey(mark) === markKey(b[i]));
}

/** The mark an importer pushes for a link, or none when the target is not a safe link. */
export function linkMark(href: string): BodyMark[] {
  return isSafeHref(href) ? [{ type: 'link', attrs: { href } }] : [];
}

/** ProseMirror JSON leaves `content` out when a node is empty; so do the importers, for stable output. */
export function withContent(node: BodyNode, content: BodyNode[]): BodyNode {
  return content.length ? { ...node, content } : node;
}
