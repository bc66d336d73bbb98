import type { BodyNode } from '../../../src/story/body';
import { withContent } from '../../../src/wire/inline';
import { captionParts, cleanCredit } from '../../../src/wire/copyLines';
import { isPageFurniture } from '../../../src/wire/houseStyles';
import { absoluteUrl, all, cleanText, isElement, tagOf, textOf, type PageElement, type PageNode } from './pageDom';

/** Elements that hold a photo with its caption, in the markup publishers and WordPress themes use. */
export const FIGURE_SELECTOR = 'figure, .wp-caption, [itemtype*="ImageObject"]';

/** Class words of the photo containers templates build from divs ("image", "photo__wrapper"). */
const IMAGE_BLOCK = /^(?:image|photo|picture|media)(?:[-_]{1,2}(?:block|container|wrapper|box))?$/i;

/** Figures as the page marks them up: figure elements, and image blocks with a caption beside the image. */
export function figureElements(root: { querySelectorAll(selector: string): ArrayLike<PageElement> }): PageElement[] {
  const blocks = all(root, 'div, section').filter(
    (element) => (element.getAttribute('class') ?? '').split(/\s+/).some((word) => IMAGE_BLOCK.test(word)) && element.querySelector('img') && element.querySelector(CAPTION_SELECTOR),
  );
  return [...all(root, FIGURE_SELECTOR), ...blocks];
}

const CAPTION_SELECTOR = 'figcaption, .wp-caption-text, [class*="caption"], [itemprop="caption"]';
/** Where templates print the photo credit apart from the caption. */
const CREDIT_SELECTOR = '[class*="credit"], [class*="copyright"], [class*="source"], [class*="photographer"], [class*="byline"], [itemprop="creditText"], [itemprop="copyrightHolder"], [itemprop="author"], small, cite';

/** A line that is only a labelled credit, wherever the template puts it ("Image source, PA Media"). */
const CREDIT_LINE = /^(?:image source|picture source|image copyright|photo credit|credit)\s*[:,]/iu;

/** "Photo by Name" printed in a credit element: the element says it is a credit, so the words are its label. */
const CREDIT_BY = /^(?:photo(?:graph)?s?|pictures?|images?|foto(?:grafía)?s?|imagen)\s+by\s+/iu;
const CAPTION_LABEL = /^(?:image caption|caption|pie de foto)\s*[:,]\s*/iu;

/** A credit as printed, without its label or surrounding brackets: "(AP Photo/Jane Doe)" → "AP Photo/Jane Doe". */
export function bareCredit(text: string): string {
  return cleanCredit(cleanText(text).replace(CREDIT_BY, ''));
}

function isWithin(node: PageNode, elements: readonly PageElement[]): boolean {
  for (let at = node.parentElement; at; at = at.parentElement) if (elements.includes(at)) return true;
  return false;
}

/** The element's own text, outside its child elements. */
function ownText(element: PageElement): string {
  return cleanText(Array.from(element.childNodes).filter((node) => node.nodeType === 3).map((node) => node.textContent).join(''));
}

/** Text of `root` leaving out what lies inside `skip`, a space where elements meet. */
function textOutside(root: PageElement, skip: readonly PageElement[]): string {
  const parts: string[] = [];
  const walk = (node: PageNode): void => {
    if (isElement(node)) {
      if (skip.includes(node) || ['script', 'style', 'img', 'button'].includes(tagOf(node))) return;
      parts.push(' ');
      Array.from(node.childNodes).forEach(walk);
      parts.push(' ');
    } else if (node.nodeType === 3 && !isWithin(node, skip)) parts.push(node.textContent ?? '');
  };
  walk(root);
  return cleanText(parts.join('')).replace(/\s+([,.;:])/g, '$1');
}

/** The image's address as the page gives it: lazy-loading templates keep it in data- attributes or srcset. */
function imageReference(figure: PageElement): string {
  const image = figure.querySelector('img');
  const candidates = [image?.getAttribute('src'), image?.getAttribute('data-src'), image?.getAttribute('data-original'), image?.getAttribute('srcset'), figure.querySelector('source')?.getAttribute('srcset')];
  for (const candidate of candidates) {
    const first = cleanText(candidate).split(/\s+/)[0] ?? '';
    if (first && !first.startsWith('data:')) return first;
  }
  return '';
}

/**
 * Where a figure's photo is, kept as an inert note (never loaded): a saved page's own copy
 * (`page_files/photo.jpg`) stays relative, for the import to find beside the page; an address
 * on the site becomes absolute.
 */
function sourceNoteOf(reference: string, base: string): string {
  if (!reference) return '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) return reference;
  if (/^(?:\.\/)?[^/]+_files\//.test(reference) || !reference.includes('/')) return safeDecode(reference.replace(/^\.\//, ''));
  return absoluteUrl(reference, base) ?? safeDecode(reference);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A figure element as a story figure: caption and credit apart, no photo yet (`src` ""), the photo's address as a note. */
export function figureFromElement(figure: PageElement, base: string): BodyNode | null {
  // Controls printed inside the caption ("hide caption", "toggle caption", "Enlarge this image") are not its words.
  for (const element of all(figure, 'span, button, a, b, div, p').filter((element) => !element.children.length && isPageFurniture(textOf(element)))) element.remove();
  const labelled = all(figure, 'p, span, div').filter((element) => CREDIT_LINE.test(textOf(element)) && !element.querySelector('p, span, div'));
  // A wrapper named for both ("credit-caption") holds the caption and the credit: the credit is the element inside it.
  const credits = [...new Set([...all(figure, CREDIT_SELECTOR), ...labelled])].filter((element) => !element.querySelector(CAPTION_SELECTOR)).filter((element, _, list) => !list.some((other) => other !== element && other.contains(element)));
  // The innermost caption element that is not itself the credit ("caption-credit" is both by name).
  const captions = all(figure, CAPTION_SELECTOR).filter((element) => !credits.some((credit) => credit === element || credit.contains(element)));
  const captionElement = captions.find((element) => !captions.some((other) => other !== element && element.contains(other))) ?? null;
  // "<figcaption><span>Caption.</span><span>Name</span></figcaption>": a short last part after the caption is its credit.
  const parts = captionElement && !credits.length && !ownText(captionElement) ? Array.from(captionElement.children) : [];
  const last = parts.at(-1);
  if (last && parts.length >= 2 && textOf(last).length <= 60 && !/[.!?]$/u.test(textOf(last))) credits.push(last);
  let credit = credits.map((element) => bareCredit(element.textContent ?? '')).filter(Boolean).join(' ');
  let caption = captionElement ? textOutside(captionElement, credits) : '';
  caption = caption.replace(CAPTION_LABEL, '').replace(/\s*\b(?:credit|photo|image)\s*(?:\.{3}|…|:)\s*$/iu, '');
  if (!credit) {
    const parts = captionParts(caption);
    if (parts) ({ caption, credit } = { caption: parts.caption, credit: bareCredit(parts.credit) });
  }
  caption = caption.replace(/\s*[|·]\s*$/u, '').trim();
  const image = figure.querySelector('img');
  const sourceNote = sourceNoteOf(imageReference(figure), base);
  if (!caption && !credit && !sourceNote) return null;
  const node: BodyNode = { type: 'figure', attrs: { src: '', alt: cleanText(image?.getAttribute('alt')), credit, sourceNote } };
  return withContent(node, caption ? [{ type: 'text', text: caption }] : []);
}
