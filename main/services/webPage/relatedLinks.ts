import type { RelatedLink } from '../../../src/story/story';
import { RELATED_LABEL } from '../../../src/wire/houseStyles';
import { absoluteUrl, all, cleanText, tagOf, textOf, type PageDocument, type PageElement } from './pageDom';

/** Class or id words of related blocks; site-wide lists ("most read", "trending") are not about this story. */
const RELATED_CLASS = /related|read-?more|more-?on|see-?also|also-?read|recommended|more-?stories|further-?reading/i;
const SITE_WIDE = /most-?read|most-?viewed|most-?popular|popular|trending|newsletter|top-?stories|latest|tags|topics/i;

/** A path on the page's own site ("/story/123/title", "../news/x.html"), not a fragment or another scheme. */
const RELATIVE_ADDRESS = /^(?![a-z][a-z0-9+.-]*:|#|\/\/)\S+$/iu;

/** A whole text that is a related label (the house-style table's), with no title after it. */
const isRelatedLabel = (text: string) => {
  const label = RELATED_LABEL.exec(text);
  return label !== null && !label.groups?.title && !SITE_WIDE.test(text.replace(/\s+/g, '-'));
};

const LABEL_SELECTOR = 'h2, h3, h4, h5, h6, header, strong, b, span, p, div, li';

function identityOf(element: PageElement): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('data-component') ?? ''} ${element.getAttribute('aria-label') ?? ''}`;
}

/** The block's label, when its first text is one: `<h2>Related stories</h2>`, `<strong>READ MORE:</strong>`. */
function labelOf(block: PageElement): PageElement | null {
  const aria = cleanText(block.getAttribute('aria-label'));
  if (isRelatedLabel(aria)) return block;
  const first = all(block, LABEL_SELECTOR).find((element) => textOf(element) !== '' && !element.querySelector('a'));
  if (first && isRelatedLabel(textOf(first)) && textOf(block).startsWith(textOf(first))) return first;
  // "Related: <a>…</a>": the label is the paragraph's own text before its first link.
  const link = block.querySelector('a');
  const before = link && tagOf(block) === 'p' ? textOf(block).slice(0, textOf(block).indexOf(textOf(link))) : '';
  return before && isRelatedLabel(before.trim()) ? block : null;
}

function isRelatedBlock(block: PageElement): boolean {
  const identity = identityOf(block);
  if (SITE_WIDE.test(identity) || block.closest('nav, footer, [role="navigation"], [role="contentinfo"]')) return false;
  // A block headed "Related Topics" or "Tags" lists the site's subject pages, whatever its class says.
  const heading = block.querySelector('h2, h3, h4, h5, h6, header');
  if (heading && SITE_WIDE.test(textOf(heading).replace(/\s+/g, '-'))) return false;
  return RELATED_CLASS.test(identity) || labelOf(block) !== null;
}

/** A link's title as printed: a card's heading rather than its kicker, summary and time. */
function titleOf(link: PageElement): string {
  const heading = link.querySelector('h2, h3, h4, h5, [class*="headline"], [class*="title"]') ?? link;
  // Counters for screen readers ("list 1 of 4") are not part of the title.
  const hidden = all(heading, '.screen-reader-text, .visually-hidden, .sr-only').map(textOf).filter(Boolean);
  const title = cleanText(hidden.reduce((text, part) => text.replace(part, ' '), textOf(heading)));
  // "Related: Title" printed inside the link: the title is what follows the label.
  return RELATED_LABEL.exec(title)?.groups?.title?.trim() || title;
}

export interface RelatedBlocks {
  links: RelatedLink[];
  /** The blocks the links came from, for the reader to leave out of the body. */
  elements: PageElement[];
}

/**
 * Related stories the page lists: blocks named or labelled as related (not site-wide lists),
 * and paragraphs inside the article such as "READ MORE: <a>…</a>". Addresses are made
 * absolute against the page's own; when the page does not name its address, a relative link
 * keeps its title with an empty address (readiness asks for it). A link with nothing to click
 * on but an image is skipped.
 */
export function findRelatedLinks(doc: PageDocument, base: string): RelatedBlocks {
  const candidates = all(doc, 'aside, section, div, ul, ol, p').filter((element) => {
    if (tagOf(element) === 'p') return labelOf(element) !== null && element.querySelector('a') !== null;
    return isRelatedBlock(element) && element.querySelector('a') !== null && !element.querySelector('h1');
  });
  // A label printed apart from its list ("<p>Más información</p><div><a>…</a></div>"): the label and the list after it.
  for (const label of all(doc, 'p, h2, h3, h4, strong, span, div')) {
    const next = label.nextElementSibling;
    if (!next || label.querySelector('a') || !isRelatedLabel(textOf(label)) || !next.querySelector('a') || next.closest('nav, footer')) continue;
    candidates.push(label, next);
  }
  // A link that carries its own label ("<a>Related: Title</a>", a rich link in the text): its block is a related block.
  for (const link of all(doc, 'a[href]')) {
    const block = link.closest('aside, p, div, li');
    if (block && RELATED_LABEL.exec(textOf(link))?.groups?.title && !block.closest('nav, footer')) candidates.push(block);
  }
  // The outermost block of a nest (`<section class="related"><ul class="related-list">`) stands for all.
  const elements = candidates.filter((element, i) => candidates.indexOf(element) === i && !candidates.some((other) => other !== element && other.contains(element)));
  const seen = new Set<string>();
  const links: RelatedLink[] = [];
  for (const block of elements) {
    for (const link of all(block, 'a[href]')) {
      const href = link.getAttribute('href') ?? '';
      const absolute = absoluteUrl(href, base);
      const url = absolute && /^https?:/i.test(absolute) ? absolute : '';
      const title = titleOf(link);
      // A relative address on a page that does not name its own address cannot be resolved: the title stays, with no address.
      if ((!url && !RELATIVE_ADDRESS.test(href)) || !title || isRelatedLabel(title) || seen.has(url || title)) continue;
      seen.add(url || title);
      links.push({ title, url });
    }
  }
  return { links, elements };
}

/** The address of the page's link whose text is `title`, for related titles found in the text alone. */
export function addressOfTitle(doc: PageDocument, title: string, base: string): string {
  const wanted = cleanText(title).toLowerCase();
  const link = all(doc, 'a[href]').find((element) => textOf(element).toLowerCase() === wanted);
  const url = link ? absoluteUrl(link.getAttribute('href'), base) : null;
  return url && /^https?:/i.test(url) ? url : '';
}
