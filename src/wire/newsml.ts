import { bodyFromParagraphs, figuresOf } from '../story/body';
import { formatDateline } from '../story/dateline';
import type { Story } from '../story/story';
import { tryHtmlToBody } from './bodyFromHtml';
import { normalizedUrl } from './inline';
import { droppedFormattingLoss, replaceIllegalCharacters } from './cleanStory';
import { fromIsoAnyForm, toXsDateTime } from './isoDates';
import { buildNitf, readNitf } from './nitf';
import type { ExportOptions, ExportResult, ImportedStory, ImportResult, Loss } from './types';
import { importedLanguage } from './importedLanguage';
import { ImportError } from './types';
import { childElements, el, firstChild, localName, mixedEl, parseXml, serializeXml, textContent, type XmlElement } from './xml';
import { fileTypeOf, utf8Bytes } from './formats';
import { photoFileOf, photosLeftBehind } from './photos';

/**
 * NewsML-G2 2.35: one `newsItem` whose `contentSet` carries the story as NITF 3.6 in
 * `inlineXML`. When photos go beside it (ExportOptions.photos), the file is a `newsMessage`:
 * the text item, then one picture item per photo whose `remoteContent` names the photo's file,
 * as G2 delivers a story with its pictures. The inline NITF's `media` elements name the same
 * files, so a receiver reading either finds them.
 */
export const G2_NAMESPACE = 'http://iptc.org/std/nar/2006-10-01/';
/** The IPTC catalog that defines the schemes of every QCode used below (ninat, stat, drol, irel). */
const IPTC_CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml';

/** The story as a NewsML-G2 2.35 newsItem with inline NITF. */
export function exportToNewsml(story: Story, options: ExportOptions = {}): ExportResult {
  const { story: clean, losses } = replaceIllegalCharacters(story);
  const singleLine = singleLineFields(clean);
  const item = buildNewsItem(singleLine.story, options);
  const pictures = buildPictureItems(singleLine.story, options);
  const text = serializeXml(pictures.length ? buildNewsMessage(singleLine.story, options, [item, ...pictures]) : item);
  return {
    format: 'newsml',
    text,
    bytes: utf8Bytes(text),
    ...fileTypeOf('newsml'),
    losses: [...losses, ...singleLine.losses, ...droppedFormattingLoss(clean.body), ...photosLeftBehind(clean.body, options, 'NewsML-G2')],
  };
}

/**
 * G2's `slugline`, `keyword`, `creditline` and every `name` are `g2normalizedString` (pattern
 * `[\S ]*`): no tab or line break. Those become spaces, in the NITF copy too, so the two agree.
 */
function singleLineFields(story: Story): { story: Story; losses: Loss[] } {
  const changed = new Set<string>();
  const flat = (field: string, text: string): string => {
    const out = text.replace(/[\t\n\r]/g, ' ');
    if (out !== text) changed.add(field);
    return out;
  };
  const result: Story = {
    ...story,
    slug: flat('slug', story.slug),
    keywords: story.keywords.map((keyword) => flat('keywords', keyword)),
    byline: flat('byline', story.byline),
    dateline: { ...story.dateline, place: flat('dateline', story.dateline.place) },
    credit: { line: flat('credit', story.credit.line), source: flat('credit', story.credit.source) },
  };
  const losses = [...changed].map((field) => ({
    code: 'line-breaks-replaced',
    field,
    message: `Line breaks or tabs in the ${field} became spaces: NewsML-G2 allows only one line there.`,
  }));
  return { story: result, losses };
}

function buildNewsItem(story: Story, options: ExportOptions): XmlElement {
  const provider = options.provider ?? 'galley.local';
  return el(
    'newsItem',
    {
      xmlns: G2_NAMESPACE,
      guid: `urn:newsml:${provider}:${story.id}`,
      version: story.version,
      standard: 'NewsML-G2',
      standardversion: '2.35',
      conformance: 'power',
      'xml:lang': story.language,
    },
    el('catalogRef', { href: IPTC_CATALOG }),
    story.credit.source ? el('rightsInfo', {}, el('copyrightHolder', {}, mixedEl('name', {}, story.credit.source))) : undefined,
    buildItemMeta(story, options, provider),
    buildContentMeta(story),
    el('contentSet', {}, el('inlineXML', { contenttype: 'application/nitf+xml' }, buildNitf(story, options))),
  );
}

/** A message of several items: `header` (when it was sent) and the `itemSet`. */
function buildNewsMessage(story: Story, options: ExportOptions, items: XmlElement[]): XmlElement {
  return el(
    'newsMessage',
    { xmlns: G2_NAMESPACE },
    el('header', {}, mixedEl('sent', {}, toXsDateTime(options.sentAt ?? story.updatedAt))),
    el('itemSet', {}, items.map(({ attrs, ...item }) => ({ ...item, attrs: Object.fromEntries(Object.entries(attrs).filter(([name]) => name !== 'xmlns')) }))),
  );
}

/**
 * One picture item per photo that goes with the story (the same photo twice in a story is one
 * item), in reading order: its caption and credit, and the file as `remoteContent`.
 */
function buildPictureItems(story: Story, options: ExportOptions): XmlElement[] {
  const provider = options.provider ?? 'galley.local';
  const seen = new Set<string>();
  return figuresOf(story.body).flatMap((figure) => {
    const photo = photoFileOf(options, figure.src);
    if (!photo || seen.has(figure.src)) return [];
    seen.add(figure.src);
    return [
      el(
        'newsItem',
        { guid: `urn:newsml:${provider}:${story.id}:photo:${figure.src}`, version: story.version, standard: 'NewsML-G2', standardversion: '2.35', conformance: 'power', 'xml:lang': story.language },
        el('catalogRef', { href: IPTC_CATALOG }),
        el(
          'itemMeta',
          {},
          el('itemClass', { qcode: 'ninat:picture' }),
          el('provider', { literal: provider }),
          mixedEl('versionCreated', {}, toXsDateTime(options.sentAt ?? story.updatedAt)),
          el('pubStatus', { qcode: options.kill ? 'stat:canceled' : 'stat:usable' }),
        ),
        el(
          'contentMeta',
          {},
          // `creditline` is one line (g2normalizedString), as singleLineFields makes the story's.
          figure.credit ? mixedEl('creditline', {}, figure.credit.replace(/[\t\n\r]/g, ' ')) : undefined,
          figure.caption ? mixedEl('description', { role: 'drol:caption' }, figure.caption) : undefined,
        ),
        el('contentSet', {}, el('remoteContent', { href: photo.fileName, contenttype: photo.mediaType, size: photo.size, width: photo.width, height: photo.height })),
      ),
    ];
  });
}

/** `itemMeta` is a sequence (NewsML-G2 2.35 `ItemManagementGroup`): embargoed sits before pubStatus. */
function buildItemMeta(story: Story, options: ExportOptions, provider: string): XmlElement {
  return el(
    'itemMeta',
    {},
    el('itemClass', { qcode: 'ninat:text' }),
    el('provider', { literal: provider }),
    mixedEl('versionCreated', {}, toXsDateTime(options.sentAt ?? story.updatedAt)),
    mixedEl('firstCreated', {}, toXsDateTime(story.createdAt)),
    story.embargo ? mixedEl('embargoed', {}, toXsDateTime(story.embargo)) : undefined,
    // A kill is the item's status, not a signal: `stat:canceled` tells a receiver to withdraw it.
    el('pubStatus', { qcode: options.kill ? 'stat:canceled' : 'stat:usable' }),
    // The desk's correction and kill notes are for the receiving desk, which is what G2 `edNote` is for.
    options.kill?.note ? mixedEl('edNote', {}, options.kill.note) : undefined,
    options.correction ? mixedEl('edNote', {}, options.correction.note) : undefined,
    options.correction ? el('signal', { qcode: 'sig:correction' }) : undefined,
    story.related.map((link) => el('link', { rel: 'irel:seeAlso', href: normalizedUrl(link.url) }, mixedEl('title', {}, link.title))),
  );
}


/**
 * `contentMeta`: the administrative group (urgency, contentCreated, contentModified, then
 * located/infoSource/creator in any order) before the descriptive group (language, keyword,
 * slugline, headline, dateline, by, creditline, description in any order).
 */
function buildContentMeta(story: Story): XmlElement {
  const dateline = formatDateline(story.dateline);
  return el(
    'contentMeta',
    {},
    mixedEl('urgency', {}, String(story.urgency)),
    mixedEl('contentCreated', {}, toXsDateTime(story.createdAt)),
    mixedEl('contentModified', {}, toXsDateTime(story.updatedAt)),
    story.dateline.place ? el('located', {}, mixedEl('name', {}, story.dateline.place)) : undefined,
    story.credit.source ? el('infoSource', {}, mixedEl('name', {}, story.credit.source)) : undefined,
    story.byline ? el('creator', {}, mixedEl('name', {}, story.byline)) : undefined,
    el('language', { tag: story.language }),
    story.keywords.map((keyword) => mixedEl('keyword', {}, keyword)),
    story.slug ? mixedEl('slugline', {}, story.slug) : undefined,
    mixedEl('headline', {}, story.headline),
    dateline ? mixedEl('dateline', {}, dateline) : undefined,
    story.byline ? mixedEl('by', {}, story.byline) : undefined,
    story.credit.line ? mixedEl('creditline', {}, story.credit.line) : undefined,
    story.standfirst ? mixedEl('description', { role: 'drol:summary' }, story.standfirst) : undefined,
  );
}

// ---------------------------------------------------------------------------------------------
// Import

/**
 * Reads a NewsML-G2 newsItem, a packageItem, or a newsMessage holding several of them.
 * The inline NITF gives the body and every NITF field; G2's own metadata, where present, wins.
 */
export function importNewsml(xml: string): ImportResult {
  const root = parseXml(xml, { label: 'NewsML-G2' });
  const items = localName(root.name) === 'newsMessage' ? childElements(firstChild(root, 'itemSet') ?? root) : [root];
  const stories = items.flatMap(readItem);
  if (stories.length === 0) throw new ImportError(`This NewsML-G2 file holds no news or package item (root <${root.name}>).`);
  return { format: 'newsml', stories };
}

function readItem(item: XmlElement): ImportedStory[] {
  switch (localName(item.name)) {
    case 'newsItem':
      // A picture sent with a story is that story's photo (its inline NITF names the file), not a story.
      return isPictureItem(item) ? [] : [readNewsItem(item)];
    case 'packageItem':
      return [readPackageItem(item)];
    case 'contentSet': {
      // A bare contentSet, as IPTC's guidelines show inline NITF on its own.
      const warnings: string[] = [];
      return [{ fields: readContent(item, warnings), warnings }];
    }
    default:
      return [];
  }
}

function isPictureItem(item: XmlElement): boolean {
  return /^ninat:(picture|graphic)$/.test(firstChild(firstChild(item, 'itemMeta'), 'itemClass')?.attrs.qcode ?? '');
}

function readNewsItem(item: XmlElement): ImportedStory {
  const warnings: string[] = [];
  const content = readContent(firstChild(item, 'contentSet'), warnings);
  return { fields: preferContent(readItemMetadata(item, warnings), content), warnings };
}

/**
 * The inline NITF keeps fields as written (a date-only embargo, a URL as typed), where G2's
 * types force a normal form; so a field the NITF states wins, and G2 metadata fills the rest.
 */
function preferContent(meta: ImportedStory['fields'], content: ImportedStory['fields']): ImportedStory['fields'] {
  const fields: Record<string, unknown> = { ...meta };
  for (const [key, value] of Object.entries(content)) if (isStated(value) || !(key in fields)) fields[key] = value;
  const dateline = content.dateline;
  if (dateline && !dateline.place && meta.dateline?.place) fields.dateline = { ...dateline, place: meta.dateline.place };
  return fields as ImportedStory['fields'];
}

function isStated(value: unknown): boolean {
  if (value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value as object).some(isStated);
  return true;
}

function readContent(contentSet: XmlElement | undefined, warnings: string[]): ImportedStory['fields'] {
  const inlineXml = firstChild(contentSet, 'inlineXML');
  const nitf = inlineXml && childElements(inlineXml).find((child) => localName(child.name) === 'nitf');
  if (nitf) return readNitf(nitf, warnings);
  const html = inlineXml && childElements(inlineXml).find((child) => localName(child.name) === 'html' || localName(child.name) === 'body');
  if (html) {
    const body = tryHtmlToBody(serializeInner(html), warnings);
    if (body) return { body };
  }
  const data = firstChild(contentSet, 'inlineData');
  if (data) return { body: bodyFromParagraphs(textContent(data).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) };
  warnings.push('The item has no inline text Galley can read (remote content is not fetched); only its metadata was imported.');
  return {};
}

/** Re-serialises an element's children so the HTML reader can take them. */
function serializeInner(element: XmlElement): string {
  const xml = serializeXml(el('x', {}, element.children));
  return xml.slice(xml.indexOf('<x>') + 3, xml.lastIndexOf('</x>'));
}

/** G2 metadata mapped to story fields; only what the item states, so NITF values stay otherwise. */
function readItemMetadata(item: XmlElement, warnings: string[]): ImportedStory['fields'] {
  const fields: ImportedStory['fields'] = {};
  const itemMeta = firstChild(item, 'itemMeta');
  const meta = firstChild(item, 'contentMeta');
  const text = (name: string): string | undefined => {
    const node = firstChild(meta, name);
    return node ? textContent(node) : undefined;
  };
  const headline = text('headline');
  if (headline !== undefined) fields.headline = headline;
  const slug = text('slugline');
  if (slug !== undefined) fields.slug = slug;
  const by = text('by') ?? nameOf(firstChild(meta, 'creator'));
  if (by !== undefined) fields.byline = by;
  const summary = childElements(meta ?? item, 'description').find((d) => !d.attrs.role || d.attrs.role === 'drol:summary');
  if (summary) fields.standfirst = textContent(summary);
  const keywords = childElements(meta ?? item, 'keyword').map(textContent).filter(Boolean);
  const subjects = childElements(meta ?? item, 'subject').map(nameOf).filter((name): name is string => Boolean(name));
  if (keywords.length || subjects.length) fields.keywords = [...keywords, ...subjects];
  const urgency = Number(text('urgency'));
  if (Number.isInteger(urgency) && urgency >= 1 && urgency <= 9) fields.urgency = urgency;
  const language = importedLanguage(firstChild(meta, 'language')?.attrs.tag ?? item.attrs['xml:lang'], warnings);
  if (language) fields.language = language;
  const embargoed = firstChild(itemMeta, 'embargoed');
  if (embargoed) fields.embargo = textContent(embargoed).trim() ? fromIsoAnyForm(textContent(embargoed)) || null : null;
  const related = childElements(itemMeta ?? item, 'link')
    .filter((link) => link.attrs.rel === 'irel:seeAlso' && /^https?:/i.test(link.attrs.href ?? ''))
    .map((link) => ({ title: textContent(firstChild(link, 'title')), url: link.attrs.href ?? '' }));
  if (related.length) fields.related = related;
  const located = nameOf(firstChild(meta, 'located'));
  if (located) fields.dateline = { place: located, date: '', source: '' };
  const source = nameOf(firstChild(meta, 'infoSource'));
  const creditLine = text('creditline');
  if (source !== undefined || creditLine !== undefined) {
    fields.credit = { source: source ?? '', line: creditLine ?? '' };
  }
  return fields;
}

function nameOf(node: XmlElement | undefined): string | undefined {
  if (!node) return undefined;
  const name = firstChild(node, 'name');
  return name ? textContent(name) : node.attrs.literal;
}

/**
 * A package lists other items; Galley has no package type, so its list becomes the body of a
 * story (one paragraph per item: title, then summary or caption) and the user decides.
 */
function readPackageItem(item: XmlElement): ImportedStory {
  const refs = childElements(item, 'groupSet').flatMap((set) => childElements(set, 'group')).flatMap((group) => childElements(group, 'itemRef'));
  const paragraphs = refs.map((ref) => [textContent(firstChild(ref, 'title')).trim(), ...childElements(ref, 'description').map((d) => textContent(d).trim())].filter(Boolean).join(' — '));
  const warnings = [`This is a NewsML-G2 package of ${refs.length} item${refs.length === 1 ? '' : 's'}; its list of items was imported as the body. The items themselves are separate files.`];
  const meta = readItemMetadata(item, warnings);
  const title = textContent(firstChild(firstChild(item, 'itemMeta'), 'title')).trim();
  return {
    fields: { ...meta, headline: meta.headline ?? title, body: bodyFromParagraphs(paragraphs) },
    warnings,
  };
}
