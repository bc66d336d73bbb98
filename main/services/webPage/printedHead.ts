import { readTimeLine, UPDATED } from '../../../src/wire/copyTimes';
import { all, cleanText, isNamed, spacedText, tagOf, textOf, type PageDocument, type PageElement } from './pageDom';
import type { PageMetadata } from './pageMetadata';
import { BYLINE_LABEL } from '../../../src/wire/houseStyles';

/** The article's head as the page prints it: each part with its element, so the body can leave it out. */
export interface PrintedHead {
  headline: string;
  standfirst: string;
  byline: string;
  /** The printed time lines ("Published 9:30 AM EDT, March 14, 2026"), published before updated. */
  timeLines: { text: string; datetime: string }[];
  /** Where the article is: the h1's `article` (or `main`), else the page's body. */
  scope: PageElement;
  elements: PageElement[];
}

/** Words templates name a deck or summary box with, in any attribute and case ("storySummary", data-component="KeyPoints"). */
const STANDFIRST_NAME = /standfirst|lead-?paragraph|(?:^|[\s_-])dek(?:$|[\s_-])|deck|subtitle|sub-title|subhead|sub-head|summary|intro|excerpt|description|strapline|lede|teaser|key-?points|entradilla|sumario|bajada|subt[ií]tulo|copete/iu;

/** Byline elements: named so in any attribute and case (data-qa="AuthorNames-Container"); a writer's bio box is not one. */
const BYLINE_NAME = /byline|author(?![\w-]*bio)|firma/iu;
const BYLINE_TAGS = '[rel="author"], [itemprop="author"], address';
const isBylineElement = (element: PageElement): boolean => element.matches(BYLINE_TAGS) || isNamed(element, BYLINE_NAME);

/** Time-line words that say the time is not the first publication. */


/** Page furniture a byline element also holds: a time line, follow buttons, a role line after a bar. */
function bylineText(element: PageElement): string {
  // A part that reads as a time line is one, whatever the template calls it ("article-publish").
  const times = all(element, '*')
    .filter((part) => part.matches('time, [class*="date"], [class*="time"], button') || readTimeLine(spacedText(part)) !== null)
    .map(spacedText)
    .filter(Boolean);
  // Name and role printed as lines of their own ("Priya Malhotra" / "Climate reporter") read as the page shows them, one after the other.
  const lines = Array.from(element.children).filter((child) => ['div', 'p'].includes(tagOf(child)) && !times.includes(spacedText(child)));
  let text = lines.length > 1 ? lines.map(spacedText).filter(Boolean).join(' ') : spacedText(element);
  for (const time of times) text = text.replace(time, ' ');
  // Social handles are not part of a byline; a desk code after a slash ("Name / TNN / Updated ...") is the page's.
  text = text.replace(/\s*@[A-Za-z0-9_.]{2,30}/gu, ' ');
  return cleanText(text.split(/\s[|•·/]\s|\b(?:Published|Updated|Publicado|Actualizado)\b/u)[0]).replace(/[,;:|/]$/u, '').trim();
}

/** Longest text read as a time line; a container holding the whole head is not one. */
const MAX_TIME_LINE = 160;
const TIME_NAME = /date|timestamp|published|fecha|(?:^|[\s_-])(?:times?|hora)(?:$|[\s_-])/iu;

function isTimeElement(element: PageElement): boolean {
  if (tagOf(element) === 'time' || element.getAttribute('itemprop') === 'datePublished') return true;
  return isNamed(element, TIME_NAME);
}

/** Elements in document order, for "before the body" questions. */
function orderOf(doc: PageDocument): Map<PageElement, number> {
  return new Map(all(doc, '*').map((element, i) => [element, i]));
}

function sameText(a: string, b: string): boolean {
  const norm = (text: string) => cleanText(text).toLowerCase().replace(/[‘’“”"']/g, '');
  return norm(a) === norm(b);
}

function findHeadlineElement(doc: PageDocument, meta: PageMetadata): PageElement | null {
  const headings = all(doc, 'h1').filter((h1) => textOf(h1) && !h1.closest('nav, footer, [role="banner"]'));
  return headings.find((h1) => meta.headline && sameText(textOf(h1), meta.headline)) ?? headings.find((h1) => h1.closest('article, main, [role="main"]')) ?? headings[0] ?? null;
}

/** The printed head of the article. `clipboard`: a selection, whose first heading is its headline even when it is not an h1. */
export function readPrintedHead(doc: PageDocument, meta: PageMetadata, clipboard: boolean): PrintedHead {
  const order = orderOf(doc);
  const h1 = findHeadlineElement(doc, meta) ?? (clipboard ? doc.querySelector('h2') : null);
  const scope = h1?.closest('article') ?? h1?.closest('main, [role="main"]') ?? doc.querySelector('article, main, [role="main"]') ?? doc.body ?? doc.documentElement;
  // The head ends where the story's text starts: the first long paragraph after the headline.
  const headAt = h1 ? (order.get(h1) ?? 0) : 0;
  const deck = deckAboveByline(h1);
  // A long deck is not the story's first paragraph: the head's parts are named as such ("sub-title", "article-header").
  const firstParagraph = all(scope, 'p').find((p) => (order.get(p) ?? 0) > headAt && textOf(p).length > 120 && p !== deck && !p.closest('figure, figcaption, [class*="caption"], header') && !namedUpTo(p, scope, HEAD_PART));
  const bodyAt = firstParagraph ? (order.get(firstParagraph) ?? Infinity) : Infinity;
  const inHead = (element: PageElement) => (order.get(element) ?? 0) < bodyAt && !element.closest('figure, nav, footer, aside');
  const elements: PageElement[] = [];

  const standfirstElement =
    all(scope, '*').find((element) => inHead(element) && (isNamed(element, STANDFIRST_NAME) || element.getAttribute('itemprop') === 'description') && element !== h1 && !element.contains(h1 as PageElement) && standfirstText(element).length >= 20 && all(element, 'p').length <= 1 && !element.closest('figure')) ??
    nextDeck(h1) ??
    deck;
  // A label printed in its own element ("Texto" beside the name) names no one.
  const bylineElement = outermost(all(scope, '*').filter(isBylineElement).filter((element) => inHead(element) && bylineText(element) && !BYLINE_LABEL.test(bylineText(element)) && !element.contains(h1 as PageElement) && element !== standfirstElement));
  // Time lines are named as such by any attribute ("time", class "date", data-component="dateline"), not by one template's word.
  const timeElements = all(scope, '*').filter((element) => inHead(element) && isTimeElement(element) && textOf(element) && textOf(element).length <= MAX_TIME_LINE);
  for (const element of [h1, standfirstElement, bylineElement, ...timeElements]) if (element) elements.push(element);

  const timeLines = outermostAll(timeElements).map((element) => ({ text: spacedText(element), datetime: cleanText(element.getAttribute('datetime') ?? element.querySelector('time')?.getAttribute('datetime')) }));
  timeLines.sort((a, b) => Number(UPDATED.test(a.text)) - Number(UPDATED.test(b.text)));
  return {
    headline: h1 ? textOf(h1) : meta.headline,
    standfirst: standfirstElement ? standfirstText(standfirstElement) : '',
    byline: bylineElement ? bylineText(bylineElement) : meta.authors.join(' and '),
    timeLines,
    scope,
    elements,
  };
}

/** Names of the head's parts: a long paragraph inside one of these is not where the story starts. */
const HEAD_PART = new RegExp(`${STANDFIRST_NAME.source}|(?:^|[\\s_-])(?:article-?)?header(?:$|[\\s_-])|headline|byline`, 'iu');

/** The element or one of its ancestors inside `scope` is named with `words`. */
function namedUpTo(element: PageElement, scope: PageElement, words: RegExp): boolean {
  for (let at: PageElement | null = element; at && at !== scope; at = at.parentElement) if (isNamed(at, words)) return true;
  return false;
}

/** A deck's text; a summary box's points joined, without its label ("Key points:"). */
function standfirstText(element: PageElement): string {
  const points = all(element, 'li').map(textOf).filter(Boolean);
  return points.length ? points.join(' ') : textOf(element);
}

/** A deck printed as the heading or paragraph right after the headline in the same header. */
function nextDeck(h1: PageElement | null): PageElement | null {
  const next = h1?.nextElementSibling;
  if (!next || !['h2', 'p'].includes(tagOf(next)) || !next.closest('header')) return null;
  return textOf(next).length >= 20 ? next : null;
}

/**
 * A paragraph printed between the headline and the byline or time line is the deck, however the
 * template names it ("t-lead", "chapo"): the story's own text starts after the line saying who wrote it and when.
 */
function deckAboveByline(h1: PageElement | null): PageElement | null {
  const next = h1?.nextElementSibling;
  const after = next?.nextElementSibling;
  if (!next || !after || !['h2', 'p'].includes(tagOf(next)) || textOf(next).length < 20) return null;
  const marksHead = (element: PageElement) => isBylineElement(element) || isTimeElement(element);
  return marksHead(after) || all(after, '*').some(marksHead) ? next : null;
}

function outermost(elements: PageElement[]): PageElement | null {
  const first = elements[0];
  if (!first) return null;
  let chosen = first;
  for (let at = first.parentElement; at; at = at.parentElement) if (elements.includes(at)) chosen = at;
  // "By <span class="byline">Maya Okafor</span> and <span>Daniel Reyes</span>": the whole line is the byline.
  const opens = (element: PageElement) => /^(?:by|por)\s/iu.test(spacedText(element));
  while (!opens(chosen) && chosen.parentElement && opens(chosen.parentElement) && spacedText(chosen.parentElement).length <= 200) chosen = chosen.parentElement;
  return chosen;
}

function outermostAll(elements: PageElement[]): PageElement[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

export { UPDATED };
