import type { BodyNode } from '../story/body';
import type { Story } from '../story/story';
import type { Loss } from './types';
import { unsupportedFormatting } from './inline';
import { replaceIllegalXmlChars } from './xml';

/**
 * The story with every character XML 1.0 forbids (NUL, other C0 controls, lone surrogates)
 * replaced by U+FFFD, and one Loss per field that had any. Used by NITF, NewsML-G2 and ninjs:
 * ninjs is JSON, but its HTML body forbids the same characters (HTML §13.2.5 control-character
 * parse errors) and a lone surrogate cannot be encoded as UTF-8 at all.
 * The ednote is left alone: it is never exported.
 */
export function replaceIllegalCharacters(story: Story): { story: Story; losses: Loss[] } {
  const counts = new Map<string, number>();
  const clean = (field: string, text: string): string => {
    const result = replaceIllegalXmlChars(text);
    if (result.replaced) counts.set(field, (counts.get(field) ?? 0) + result.replaced);
    return result.text;
  };
  const cleaned: Story = {
    ...story,
    slug: clean('slug', story.slug),
    headline: clean('headline', story.headline),
    standfirst: clean('standfirst', story.standfirst),
    byline: clean('byline', story.byline),
    dateline: {
      place: clean('dateline', story.dateline.place),
      date: clean('dateline', story.dateline.date),
      source: clean('dateline', story.dateline.source),
    },
    credit: { line: clean('credit', story.credit.line), source: clean('credit', story.credit.source) },
    related: story.related.map((link) => ({ title: clean('related', link.title), url: clean('related', link.url) })),
    keywords: story.keywords.map((keyword) => clean('keywords', keyword)),
    language: clean('language', story.language),
    body: cleanNode(story.body, (text) => clean('body', text)) as Story['body'],
  };
  const losses: Loss[] = [...counts].map(([field, count]) => ({
    code: 'illegal-characters-replaced',
    field,
    message: `${count} control or invalid character${count === 1 ? '' : 's'} in the ${field} replaced by \uFFFD: the format cannot carry ${count === 1 ? 'it' : 'them'}.`,
  }));
  return { story: cleaned, losses };
}

/**
 * Nodes, attrs and arrays with nothing to replace are returned as they are, not copied: almost
 * no story has an illegal character, and copying every body node was a large share of an export.
 */
function cleanNode(node: BodyNode, clean: (text: string) => string): BodyNode {
  const text = node.text === undefined ? undefined : clean(node.text);
  const attrs = node.attrs && cleanAttrs(node.attrs, clean);
  const marks = node.marks && sameOrMapped(node.marks, (mark) => (mark.attrs ? withAttrs(mark, cleanAttrs(mark.attrs, clean)) : mark));
  const content = node.content && sameOrMapped(node.content, (child) => cleanNode(child, clean));
  if (text === node.text && attrs === node.attrs && marks === node.marks && content === node.content) return node;
  const out: BodyNode = { ...node };
  if (text !== undefined) out.text = text;
  if (attrs) out.attrs = attrs;
  if (marks) out.marks = marks;
  if (content) out.content = content;
  return out;
}

type Attrs = NonNullable<BodyNode['attrs']>;

function cleanAttrs(attrs: Attrs, clean: (text: string) => string): Attrs {
  let out: Attrs | undefined;
  for (const key in attrs) {
    const value = attrs[key];
    if (typeof value !== 'string') continue;
    const cleaned = clean(value);
    if (cleaned === value) continue;
    out ??= { ...attrs };
    out[key] = cleaned;
  }
  return out ?? attrs;
}

function withAttrs<T extends { attrs?: Attrs }>(item: T, attrs: Attrs): T {
  return attrs === item.attrs ? item : { ...item, attrs };
}

/** The array itself when `map` changes no element, else the mapped copy. */
function sameOrMapped<T>(items: T[], map: (item: T) => T): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < items.length; i++) {
    const mapped = map(items[i]);
    if (mapped !== items[i]) {
      out ??= items.slice(0, i);
    }
    out?.push(mapped);
  }
  return out ?? items;
}

/** The Loss every exporter reports for marks and inline nodes it had to leave out. */
export function droppedFormattingLoss(doc: BodyNode): Loss[] {
  const dropped = unsupportedFormatting(doc);
  if (dropped.length === 0) return [];
  const kinds = dropped.join(', ');
  return [{ code: 'formatting-dropped', field: 'body', message: `Formatting the wire cannot carry was left out (${kinds}); the text is kept.` }];
}
