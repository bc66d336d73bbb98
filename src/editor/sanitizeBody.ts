import { figurePhoto, type BodyDoc, type BodyMark, type BodyNode } from '../story/body';

/**
 * Node and mark types a story body may hold, with the attributes each keeps. The renderer's
 * TipTap schema already drops anything else on paste; this is the same rule applied where a
 * body enters the library (API, import), so a crafted payload cannot store what the editor
 * would never produce.
 */
const NODE_ATTRS: Record<string, readonly string[]> = {
  doc: [],
  paragraph: [],
  heading: ['level'],
  text: [],
  hardBreak: [],
  bulletList: [],
  orderedList: ['start'],
  listItem: [],
  blockquote: [],
  pullQuote: ['attribution'],
  horizontalRule: [],
  figure: ['src', 'alt', 'credit', 'sourceNote'],
};

const MARK_ATTRS: Record<string, readonly string[]> = {
  bold: [],
  italic: [],
  link: ['href'],
};

/** Link targets a story may carry: the web and email. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/**
 * What a user typed as a link target, as a story keeps it: `example.com` means https, a bare
 * address with an @ means mailto; null when it is not a web or email link. The body's link
 * popover and the related links read typing the same way.
 */
export function normaliseHref(typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : text.includes('@') && !text.includes('/') ? `mailto:${text}` : `https://${text}`;
  return isSafeHref(withScheme) ? withScheme : null;
}

function pickAttrs(attrs: Record<string, unknown> | undefined, keep: readonly string[]): Record<string, unknown> | undefined {
  if (!attrs || keep.length === 0) return undefined;
  const picked: Record<string, unknown> = {};
  for (const key of keep) if (attrs[key] !== undefined && attrs[key] !== null) picked[key] = attrs[key];
  return Object.keys(picked).length ? picked : undefined;
}

function sanitizeMark(mark: BodyMark): BodyMark | null {
  const keep = MARK_ATTRS[mark.type];
  if (!keep) return null;
  if (mark.type === 'link' && !isSafeHref(mark.attrs?.href)) return null;
  const attrs = pickAttrs(mark.attrs, keep);
  return attrs ? { type: mark.type, attrs } : { type: mark.type };
}

function figureAttrs(attrs: Record<string, unknown> = {}): Record<string, unknown> {
  const { src, sourceNote } = figurePhoto(attrs.src, attrs.sourceNote);
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { src, alt: text(attrs.alt), credit: text(attrs.credit), sourceNote };
}

function sanitizeNode(node: BodyNode): BodyNode[] {
  const keep = NODE_ATTRS[node.type];
  // An unknown wrapper keeps its children (their text is the user's); an unknown leaf is dropped.
  if (!keep) return (node.content ?? []).flatMap(sanitizeNode);
  const clean: BodyNode = { type: node.type };
  const attrs = pickAttrs(node.attrs, keep);
  if (node.type === 'heading' && attrs) attrs.level = attrs.level === 3 ? 3 : 2;
  // A figure's photo is an asset id or nothing; an outside address survives only as its note.
  if (node.type === 'figure') clean.attrs = figureAttrs(attrs);
  else if (attrs) clean.attrs = attrs;
  if (node.type === 'text') {
    if (!node.text) return [];
    clean.text = node.text;
    const marks = (node.marks ?? []).map(sanitizeMark).filter((m): m is BodyMark => m !== null);
    if (marks.length) clean.marks = marks;
  }
  if (node.content) clean.content = node.content.flatMap(sanitizeNode);
  return [clean];
}

/** The body with unknown node types unwrapped, unknown marks and unsafe links removed. */
export function sanitizeBody(doc: BodyDoc): BodyDoc {
  const content = doc.content.flatMap(sanitizeNode);
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
