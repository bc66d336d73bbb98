import { Readability } from '@mozilla/readability';
import { bodyParagraphs, emptyBody, type BodyNode } from '../../../src/story/body';
import type { RelatedLink } from '../../../src/story/story';
import { checkElementCount } from '../../../src/wire/importLimits';
import { importedLanguage } from '../../../src/wire/importedLanguage';
import { importPastedCopy, relatedWithoutAddress } from '../../../src/wire/pasteCopy';
import type { ImportedStory } from '../../../src/wire/types';
import { blocksOf } from './articleBlocks';
import { pageDate } from './pageDate';
import { all, cleanText, parsePage, textOf, type PageDocument, type PageElement } from './pageDom';
import { figureElements, figureFromElement, FIGURE_SELECTOR } from './pageFigures';
import { readPageMetadata } from './pageMetadata';
import { readPrintedHead } from './printedHead';
import { addressOfTitle, findRelatedLinks } from './relatedLinks';

export interface ArticleHtmlOptions {
  /**
   * The HTML is what the user selected and copied (the clipboard's text/html), not a whole
   * page: all of it is the article, so no extraction picks a part. Default false.
   */
  clipboard?: boolean;
}

/** Page furniture by element: chrome around the article, controls, what is hidden from readers. Removed once the article's parts are read. */
const FURNITURE_TAGS = 'nav, footer, header, aside, form, script, style, noscript, template, iframe, button, svg, [hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], .visually-hidden, .sr-only, .screen-reader-text';
/**
 * Page furniture by class, id or component word: ads, share bars, newsletter and subscription
 * prompts, comments, tag lists, site-wide lists, licensing and trust badges. Removed first, so
 * no part of the article (a caption's credit, a byline) picks them up.
 */
const FURNITURE_WORD = /^(?:ads?|adv|advert[\w-]*|ad[-_][\w-]+|[\w-]+[-_]ads?|dfp[\w-]*|promo[\w-]*|newsletter[\w-]*|(?:[\w-]+[-_])?shar(?:e|ing)(?:s|[-_][\w-]+)?|social[\w-]*|subscri[\w-]*|paywall[\w-]*|cookie[\w-]*|consent[\w-]*|gdpr[\w-]*|comments?|[\w-]+[-_]comments|(?:[\w-]+[-_])?forum|postings|(?:[\w-]+[-_])?reactions|tags|topics|breadcrumbs?|outbrain|taboola|sponsor[\w-]*|most-?(?:read|viewed|popular)[\w-]*|trending[\w-]*|[\w-]*purchase[\w-]*|[\w-]*licensing[\w-]*|trust-?(?:badge|principles)[\w-]*)$/i;

function isFurniture(element: PageElement): boolean {
  const words = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('data-component') ?? ''}`.split(/\s+/).filter(Boolean);
  return words.some((word) => FURNITURE_WORD.test(word));
}

/** A figure, and the start of the paragraph it was printed before (to put it back there in the body). */
interface PlacedFigure {
  node: BodyNode;
  before: string[];
}

const norm = (text: string) => cleanText(text).toLowerCase();
const blockText = (node: BodyNode) => norm(bodyParagraphs({ type: 'doc', content: [node] }).join(' '));

function readFigures(doc: PageDocument, scope: PageElement, base: string, skip: readonly PageElement[]): { figures: PlacedFigure[]; elements: PageElement[] } {
  const paragraphs = all(doc, 'p').filter((p) => !p.closest(FIGURE_SELECTOR) && textOf(p));
  const order = new Map(all(doc, '*').map((element, i) => [element, i]));
  const elements = figureElements(scope).filter((element, _, list) => !skip.some((block) => block.contains(element)) && !list.some((other) => other !== element && other.contains(element)));
  const seen = new Set<string>();
  const figures: PlacedFigure[] = [];
  for (const element of elements) {
    const node = figureFromElement(element, base);
    const key = node ? JSON.stringify(node) : '';
    if (!node || seen.has(key)) continue;
    seen.add(key);
    const at = order.get(element) ?? 0;
    figures.push({ node, before: paragraphs.filter((p) => (order.get(p) ?? 0) > at).slice(0, 6).map((p) => norm(textOf(p)).slice(0, 60)) });
  }
  return { figures, elements };
}

/** Each figure goes before the first body block that starts like a paragraph it was printed before; else at the top (a lead photo). */
function placeFigures(blocks: BodyNode[], figures: readonly PlacedFigure[]): BodyNode[] {
  const out = [...blocks];
  const lead: BodyNode[] = [];
  for (const figure of figures) {
    const at = figure.before.map((start) => out.findIndex((block) => block.type !== 'figure' && start && blockText(block).startsWith(start))).find((index) => index >= 0);
    if (at === undefined) lead.push(figure.node);
    else out.splice(at, 0, figure.node);
  }
  return [...lead, ...out];
}

/** The article's text blocks: Readability's choice of the page's content, or all of a selection. */
function articleBlocks(doc: PageDocument, scope: PageElement, base: string, clipboard: boolean): BodyNode[] {
  const root = doc.body ?? doc.documentElement;
  if (clipboard) return blocksOf(Array.from(root.childNodes), base);
  // Read before Readability runs: it moves the nodes it chooses out of the page.
  const whole = blocksOf(Array.from(scope.childNodes), base);
  // Readability wants a DOM Document; linkedom's is one (main/ compiles without DOM types).
  const article = new Readability<PageElement>(doc as never, { keepClasses: true, charThreshold: 200, serializer: (node) => node as unknown as PageElement }).parse();
  const chosen = article?.content ? blocksOf(Array.from(article.content.childNodes), base) : [];
  // Readability sometimes settles on one of several text containers; the article's own element then holds more.
  const length = (blocks: BodyNode[]) => blocks.reduce((sum, block) => sum + blockText(block).length, 0);
  if (length(chosen) < 0.6 * length(whole)) return whole;
  // Short lines printed after the text Readability chose (a closing credit, "Source: …") are the text reader's to judge.
  const end = whole.findIndex((block) => blockText(block) === blockText(chosen.at(-1)!));
  return [...chosen, ...(end < 0 ? [] : whole.slice(end + 1).filter((block) => block.type === 'paragraph' && blockText(block).length <= 300))];
}

/**
 * The plain-text importer reads the text for what only words tell (the dateline opening the
 * first paragraph, closing credits, furniture lines): one set of rules for pasted and saved
 * copy. Its fields are taken; its body tells which blocks stay, and the HTML's blocks (links,
 * emphasis, lists) are kept for those.
 */
/** Shortest paragraph text matched to its block by the part the reader left of it. */
const MIN_TRIMMED_TEXT = 12;

function readText(headline: string, byline: string, blocks: readonly BodyNode[]) {
  // Subheads inside the story are read too: "Notes to editors", "Background" open a release's sections after the story.
  const firstParagraph = blocks.findIndex((block) => block.type === 'paragraph');
  const read = blocks.filter((block, i) => block.type === 'paragraph' || (block.type === 'heading' && firstParagraph >= 0 && i > firstParagraph));
  const lines = [headline, byline && !/^(?:by|por)\s/i.test(byline) ? `By ${byline}` : byline, ...read.map((block) => bodyParagraphs({ type: 'doc', content: [block] }).join('\n'))];
  const [imported] = importPastedCopy(lines.filter(Boolean).join('\n\n'), { markdown: false }).stories;
  const body: BodyNode[] = [];
  let next = 0;
  for (const node of imported.fields.body?.content ?? []) {
    if (node.type !== 'paragraph') {
      body.push(node);
      continue;
    }
    const text = blockText(node);
    // The same text, or the next paragraph with its start taken (the dateline went to its field) or its end (a signature run onto it went to the credit).
    // Paragraphs the reader moved to fields ("Press release" above the story) may stand between.
    const exact = blocks.findIndex((block, i) => i >= next && block.type === 'paragraph' && blockText(block) === text);
    const trimmed = text.length < MIN_TRIMMED_TEXT ? -1 : blocks.findIndex((block, i) => i >= next && block.type === 'paragraph' && (blockText(block).endsWith(text) || blockText(block).startsWith(text)));
    const at = exact >= 0 ? exact : trimmed;
    // Text the importer made up (the headline and byline given to it) has no block: it is not body.
    if (at < 0) continue;
    body.push(...blocks.slice(next, at).filter((block) => block.type !== 'paragraph'));
    body.push(blockText(blocks[at]) === text ? blocks[at] : node);
    next = at + 1;
  }
  body.push(...blocks.slice(next).filter((block) => block.type !== 'paragraph'));
  // A subhead with no story text under it headed a section the text reader took out (notes to editors, contacts).
  while (body.at(-1)?.type === 'heading') body.pop();
  return { fields: imported.fields, warnings: imported.warnings, body };
}

function mergeRelated(found: RelatedLink[], inText: readonly RelatedLink[], doc: PageDocument, base: string): RelatedLink[] {
  const titles = new Set(found.map((link) => norm(link.title)));
  const extra = inText.filter((link) => !titles.has(norm(link.title))).map((link) => ({ title: link.title, url: link.url || addressOfTitle(doc, link.title, base) }));
  return [...found, ...extra];
}

/**
 * The page's date, unless the text prints a time on that same day (a meta line "Santiago | 5 jul 2025 | 10:38"
 * outside any time element): the printed local time is what the reader saw, the machine one may be UTC.
 */
function storyDate(fromPage: string, printed: string): string {
  if (!fromPage) return printed;
  // The same moment read from the text loses the offset the page's markup gives it.
  if (printed.slice(0, 16) === fromPage.slice(0, 16)) return fromPage.length >= printed.length ? fromPage : printed;
  return printed.includes('T') && printed.slice(0, 10) === fromPage.slice(0, 10) ? printed : fromPage;
}

/**
 * One article's HTML (a saved web page, or what a browser put on the clipboard) read into
 * story fields: metadata and markup say what they can (headline, standfirst, byline, time,
 * captions and credits, related links with addresses), the text reader the rest. Photos are
 * never fetched: each figure keeps its image's address in `sourceNote` and has no photo yet.
 */
export function readArticleHtml(html: string, options: ArticleHtmlOptions = {}): ImportedStory {
  const clipboard = options.clipboard ?? false;
  // Counted before linkedom builds the page: the page reader costs about half a millisecond an element.
  checkElementCount(html, clipboard ? 'The copied page' : 'The web page');
  const doc = parsePage(html);
  const meta = readPageMetadata(doc);
  const base = meta.url;
  for (const element of all(doc, '[class], [id], [data-component]').filter(isFurniture)) element.remove();
  const head = readPrintedHead(doc, meta, clipboard);
  const related = findRelatedLinks(doc, base);
  const { figures, elements: figureElements } = readFigures(doc, head.scope, base, related.elements);
  for (const element of [...head.elements, ...related.elements, ...figureElements]) element.remove();
  for (const element of all(doc, FURNITURE_TAGS)) element.remove();

  const blocks = placeFigures(articleBlocks(doc, head.scope, base, clipboard), figures);
  const text = readText(head.headline, head.byline, blocks);
  const warnings = [...text.warnings, ...related.links.filter((link) => !link.url).map((link) => relatedWithoutAddress(link.title))];
  const language = importedLanguage(meta.language.split(/[-_]/)[0].toLowerCase() || undefined, warnings);
  const date = storyDate(pageDate(head.timeLines, meta.published, language ?? 'en'), text.fields.dateline?.date ?? '');
  const fields: ImportedStory['fields'] = {
    ...text.fields,
    headline: head.headline || text.fields.headline || '',
    standfirst: head.standfirst || text.fields.standfirst || '',
    byline: head.byline || text.fields.byline || '',
    dateline: { place: text.fields.dateline?.place ?? '', date, source: text.fields.dateline?.source ?? '' },
    body: text.body.length ? { type: 'doc', content: text.body } : emptyBody(),
    related: mergeRelated(related.links, text.fields.related ?? [], doc, base),
    keywords: meta.keywords.length ? meta.keywords : (text.fields.keywords ?? []),
    ...(language ? { language } : {}),
  };
  return { fields, warnings };
}
