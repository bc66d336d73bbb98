import { isoDateSchema, type Story } from '../story/story';
import { replaceIllegalCharacters, droppedFormattingLoss } from './cleanStory';
import { fromIsoAnyForm, toNitfNorm } from './isoDates';
import { bodyToNitfBlocks, nitfBlocksToBody } from './nitfBody';
import type { ExportOptions, ExportResult, ImportedStory, ImportResult } from './types';
import { importedLanguage } from './importedLanguage';
import { ImportError } from './types';
import { childElements, el, firstChild, isElement, localName, mixedEl, parseXml, serializeXml, textContent, type XmlElement, type XmlNode } from './xml';
import { fileTypeOf, utf8Bytes } from './formats';
import { photosLeftBehind } from './photos';

/** NITF 3.6's namespace; without it a document fails the schema and G2 receivers skip it. */
export const NITF_NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/';

const RELATED_BLOCK_CLASS = 'related-links';

/** The story as a NITF 3.6 document. */
export function exportToNitf(story: Story, options: ExportOptions = {}): ExportResult {
  const { story: clean, losses } = replaceIllegalCharacters(story);
  const text = serializeXml(buildNitf(clean, options));
  return {
    format: 'nitf',
    text,
    bytes: utf8Bytes(text),
    ...fileTypeOf('nitf'),
    losses: [...losses, ...droppedFormattingLoss(clean.body), ...photosLeftBehind(clean.body, options, 'NITF')],
  };
}

/**
 * The `<nitf>` element for a story whose text is already XML-safe. NewsML-G2 embeds the same
 * element in `inlineXML`. Field mapping: ../shared/standards/README.md; element order follows
 * the NITF 3.6 content models (`head`: title, docdata; `body.head`: hedline, byline,
 * distributor, dateline, abstract; `body`: body.head, body.content, body.end).
 */
export function buildNitf(story: Story, options: ExportOptions): XmlElement {
  return el(
    'nitf',
    { xmlns: NITF_NAMESPACE, version: '-//IPTC//DTD NITF 3.6//EN', baselang: story.language },
    el('head', {}, mixedEl('title', {}, story.headline), buildDocdata(story, options)),
    el(
      'body',
      {},
      buildBodyHead(story),
      el('body.content', {}, bodyToNitfBlocks(story.body, options), buildRelatedBlock(story)),
      story.credit.line ? el('body.end', {}, mixedEl('tagline', {}, story.credit.line)) : undefined,
    ),
  );
}

function buildDocdata(story: Story, options: ExportOptions): XmlElement {
  const provider = options.provider ?? 'galley.local';
  return el(
    'docdata',
    // NITF 3.6 docdata/@management-status: "usable, embargoed, withheld, canceled". A kill names
    // the document it cancels (management-doc-idref, the doc-id it went out under) and that
    // document's new status (management-idref-status), so a receiver can pull it.
    {
      'management-status': options.kill ? 'canceled' : story.embargo ? 'embargoed' : undefined,
      'management-doc-idref': options.kill ? story.id : undefined,
      'management-idref-status': options.kill ? 'canceled' : undefined,
    },
    options.correction ? el('correction', { info: options.correction.note, 'id-string': story.id, regsrc: provider }) : undefined,
    el('doc-id', { regsrc: provider, 'id-string': story.id }),
    el('urgency', { 'ed-urg': story.urgency }),
    el('date.issue', { norm: toNitfNorm(options.sentAt ?? story.updatedAt) || undefined }),
    story.embargo ? el('date.release', { norm: toNitfNorm(story.embargo) }) : undefined,
    // `ed-msg`: "non-publishable editorial message" (NITF 3.6), where the kill's reason goes to the receiving editor.
    options.kill?.note ? el('ed-msg', { 'msg-type': 'kill', info: options.kill.note }) : undefined,
    el('du-key', { key: story.slug || undefined, version: story.version }),
    story.credit.source ? el('doc.copyright', { holder: story.credit.source }) : undefined,
    story.keywords.length ? el('key-list', {}, story.keywords.map((keyword) => el('keyword', { key: keyword }))) : undefined,
  );
}

function buildBodyHead(story: Story): XmlElement {
  return el(
    'body.head',
    {},
    el('hedline', {}, mixedEl('hl1', {}, story.headline)),
    story.byline ? mixedEl('byline', {}, story.byline) : undefined,
    story.credit.source ? mixedEl('distributor', {}, story.credit.source) : undefined,
    buildDateline(story),
    story.standfirst ? el('abstract', {}, mixedEl('p', {}, story.standfirst)) : undefined,
  );
}

/**
 * `<dateline><location>KYIV</location>, <story.date norm="20261106">2026-11-06</story.date> (AFP) —</dateline>`:
 * the place and date marked up, the source in the text as the dateline shows it. The printable
 * date is the ISO date as entered; `norm` carries it for machines (NITF 3.6 `story.date`).
 */
function buildDateline(story: Story): XmlElement | undefined {
  const { place, date, source } = story.dateline;
  if (!place && !date && !source) return undefined;
  const parts: (XmlElement | string)[] = [];
  if (place) parts.push(mixedEl('location', {}, place));
  if (date) {
    if (place) parts.push(', ');
    parts.push(mixedEl('story.date', { norm: toNitfNorm(date) }, date));
  }
  parts.push(`${parts.length ? ' ' : ''}${source ? `(${source}) ` : ''}—`);
  return mixedEl('dateline', {}, parts);
}

/** Related links as the last block of the body ("`<a href>` in a final block", standards README). */
function buildRelatedBlock(story: Story): XmlElement | undefined {
  if (story.related.length === 0) return undefined;
  return el(
    'block',
    { class: RELATED_BLOCK_CLASS },
    story.related.map((link) => mixedEl('p', {}, mixedEl('a', { href: link.url }, link.title))),
  );
}

// ---------------------------------------------------------------------------------------------
// Import

/** Reads a NITF document (3.x, with or without the namespace) into one story. */
export function importNitf(xml: string): ImportResult {
  const root = parseXml(xml, { label: 'NITF' });
  if (localName(root.name) !== 'nitf') throw new ImportError(`This is not a NITF file: its root element is <${root.name}>, not <nitf>.`);
  const warnings: string[] = [];
  const fields = readNitf(root, warnings);
  return { format: 'nitf', stories: [{ fields, warnings }] };
}

/** Every story field a `<nitf>` element carries; NewsML-G2's importer reads its inline NITF with it. */
export function readNitf(nitf: XmlElement, warnings: string[]): ImportedStory['fields'] {
  const head = firstChild(nitf, 'head');
  const docdata = firstChild(head, 'docdata');
  const body = firstChild(nitf, 'body');
  const bodyHead = firstChild(body, 'body.head');
  const { blocks, related } = splitRelated(childElements(body ?? nitf, 'body.content').flatMap((content) => content.children));
  const release = firstChild(docdata, 'date.release')?.attrs.norm;
  const embargo = release ? fromIsoAnyForm(release) : '';
  if (release && !embargo) warnings.push(`The release time "${release}" is not an ISO 8601 date; the embargo was not set.`);
  const copyright = firstChild(docdata, 'doc.copyright')?.attrs.holder;
  const distributor = firstChild(bodyHead, 'distributor');
  const urgency = Number(firstChild(docdata, 'urgency')?.attrs['ed-urg']);
  const headline = firstChild(firstChild(bodyHead, 'hedline'), 'hl1') ?? firstChild(head, 'title');
  const language = importedLanguage(nitf.attrs.baselang ?? nitf.attrs['xml:lang'] ?? body?.attrs['xml:lang'], warnings);
  return {
    headline: textContent(headline),
    slug: firstChild(docdata, 'du-key')?.attrs.key ?? '',
    standfirst: childElements(bodyHead ?? nitf, 'abstract').map(blockText).join('\n\n'),
    byline: childElements(bodyHead ?? nitf, 'byline').map(textContent).join(' '),
    dateline: readDateline(firstChild(bodyHead, 'dateline'), warnings),
    body: { type: 'doc', content: nitfBlocksToBody(blocks, warnings) },
    credit: {
      line: textContent(firstChild(firstChild(body, 'body.end'), 'tagline')),
      source: copyright ?? textContent(distributor),
    },
    related,
    keywords: childElements(firstChild(docdata, 'key-list') ?? nitf, 'keyword')
      .map((keyword) => keyword.attrs.key ?? '')
      .filter(Boolean),
    embargo: embargo || null,
    // Left out when the file does not say: the library's defaults apply, and G2 metadata may.
    ...(Number.isInteger(urgency) && urgency >= 1 && urgency <= 9 ? { urgency } : {}),
    ...(language ? { language } : {}),
  };
}

function splitRelated(nodes: XmlNode[]): { blocks: XmlNode[]; related: Story['related'] } {
  const last = nodes.filter(isElement).at(-1);
  if (!last || localName(last.name) !== 'block' || last.attrs.class !== RELATED_BLOCK_CLASS) return { blocks: nodes, related: [] };
  const related = childElements(last, 'p').flatMap((p) => childElements(p, 'a').map((a) => ({ title: textContent(a), url: a.attrs.href ?? '' })));
  return { blocks: nodes.filter((node) => node !== last), related };
}

/** An abstract's paragraphs as the standfirst's text. */
function blockText(node: XmlElement): string {
  const paragraphs = childElements(node, 'p');
  return (paragraphs.length ? paragraphs.map(textContent) : [textContent(node)]).join('\n\n');
}

function readDateline(node: XmlElement | undefined, warnings: string[]): Story['dateline'] {
  if (!node) return { place: '', date: '', source: '' };
  const location = firstChild(node, 'location');
  const storyDate = firstChild(node, 'story.date');
  const rest = node.children
    .filter((child) => !isElement(child))
    .join('')
    .replace(/^[\s,]+/, '')
    .replace(/\s*[—–-]\s*$/, '');
  const source = /^\((.*)\)$/s.exec(rest.trim());
  const dateline = {
    place: location ? textContent(location) : source || !rest ? '' : rest,
    date: readStoryDate(storyDate),
    source: source ? source[1] : '',
  };
  if (!location && rest && !source) warnings.push(`The dateline "${textContent(node).trim()}" was read as a place; check the place, date and source.`);
  return dateline;
}

/** The date as entered when the printable text is one (Galley's own files), else from `norm`. */
function readStoryDate(node: XmlElement | undefined): string {
  if (!node) return '';
  const printed = textContent(node);
  if (isoDateSchema.safeParse(printed).success) return printed;
  return fromIsoAnyForm(node.attrs.norm ?? '');
}
