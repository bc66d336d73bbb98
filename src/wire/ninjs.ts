import { bodyFromParagraphs, bodyText, figurePhoto, figuresOf, type BodyDoc, type BodyNode } from '../story/body';
import { countCharacters, countWords } from '../story/counts';
import { formatDateline } from '../story/dateline';
import type { Story } from '../story/story';
import { tryHtmlToBody } from './bodyFromHtml';
import { bodyToHtml } from './bodyHtml';
import { droppedFormattingLoss, replaceIllegalCharacters } from './cleanStory';
import { normalizedUrl, withContent } from './inline';
import { fromIsoAnyForm, toRfc3339 } from './isoDates';
import type { ExportOptions, ExportResult, ImportedStory, ImportResult, Loss } from './types';
import { importedLanguage } from './importedLanguage';
import { checkLineCount } from './importLimits';
import { ImportError } from './types';
import { fileTypeOf, utf8Bytes } from './formats';
import { photoFileOf, photosLeftBehind } from './photos';

/**
 * ninjs 3.1 (IPTC's JSON news format). It has no dateline property, so the dateline travels
 * as `located` (place), `contentCreated` (date), an infoSource with role `dateline` (source)
 * and, for people, a description with role `dateline` (the AP-style text). It has no
 * `keywords` or `priority`: keywords are `subjects`, priority is `urgency`. Never `edNote`: the
 * story's ednote is internal, and the desk's notes go in `descriptions`.
 */
const NINJS_SCHEMA = 'https://www.iptc.org/std/ninjs/ninjs-schema_3.1.json';
const ASSET_URI_PREFIX = 'urn:galley:asset:';
const RELATED_REL = 'seeAlso';
const FIGURE_REL = 'figure';
/** How a rendition names a file delivered beside the ninjs file (see photoRenditions). */
const FILE_URI_PREFIX = 'file:';

/** The story as a ninjs 3.1 document. */
export function exportToNinjs(story: Story, options: ExportOptions = {}): ExportResult {
  const { story: clean, losses } = replaceIllegalCharacters(story);
  const text = `${JSON.stringify(buildNinjs(clean, options), null, 2)}\n`;
  return {
    format: 'ninjs',
    text,
    bytes: utf8Bytes(text),
    ...fileTypeOf('ninjs'),
    losses: [...losses, ...datelineDateLoss(clean), ...droppedFormattingLoss(clean.body), ...photosLeftBehind(clean.body, options, 'ninjs')],
  };
}

/** `contentCreated` must be a full RFC 3339 date-time, so a dateline day travels as its midnight UTC. */
function datelineDateLoss(story: Story): Loss[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(story.dateline.date)) return [];
  return [{ code: 'date-as-midnight', field: 'dateline', message: `ninjs has no date-only field: the dateline day ${story.dateline.date} is sent as midnight UTC.` }];
}

function buildNinjs(story: Story, options: ExportOptions): Record<string, unknown> {
  const provider = options.provider ?? 'galley.local';
  const textBody = textOnlyBody(story.body);
  const plain = bodyText(textBody);
  const counts = { wordCount: countWords(plain), charCount: countCharacters(plain) };
  const datelineText = formatDateline(story.dateline);
  return dropEmpty({
    uri: `urn:newsml:${encodeURIComponent(provider)}:${encodeURIComponent(story.id)}`,
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA },
    type: 'text',
    version: String(story.version),
    firstCreated: toRfc3339(story.createdAt),
    versionCreated: toRfc3339(options.sentAt ?? story.updatedAt),
    contentCreated: story.dateline.date ? toRfc3339(story.dateline.date) : undefined,
    embargoedUntil: story.embargo ? toRfc3339(story.embargo) : undefined,
    pubStatus: options.kill ? 'canceled' : 'usable',
    urgency: story.urgency,
    copyrightHolder: story.credit.source || undefined,
    language: story.language,
    slugline: story.slug || undefined,
    headlines: [{ role: 'main', value: story.headline }],
    by: story.byline || undefined,
    located: story.dateline.place || undefined,
    descriptions: [
      story.standfirst ? { role: 'summary', value: story.standfirst } : undefined,
      datelineText ? { role: 'dateline', value: datelineText } : undefined,
      story.credit.line ? { role: 'creditline', value: story.credit.line } : undefined,
      // ninjs has no correction or kill signal besides `version` and `pubStatus`; the desk's note
      // is for readers as much as for desks (the text formats print it), so it is a description.
      options.correction ? { role: 'correction', value: options.correction.note } : undefined,
      options.kill?.note ? { role: 'kill', value: options.kill.note } : undefined,
    ].filter(Boolean),
    bodies: [
      { role: 'main', contentType: 'text/html', value: bodyToHtml(story.body, { assetUrl: (src) => photoFileOf(options, src)?.fileName ?? src }), ...counts },
      { role: 'main', contentType: 'text/plain', value: plain, ...counts },
    ],
    subjects: story.keywords.map((name) => ({ name })),
    infoSources: [
      story.credit.source ? { name: story.credit.source, role: 'source' } : undefined,
      story.dateline.source ? { name: story.dateline.source, role: 'dateline' } : undefined,
    ].filter(Boolean),
    associations: [
      ...figuresOf(story.body).map((figure, i) =>
        dropEmpty({
          name: `figure-${i + 1}`,
          rel: FIGURE_REL,
          uri: `${ASSET_URI_PREFIX}${encodeURIComponent(figure.src)}`,
          type: 'picture',
          by: figure.credit || undefined,
          descriptions: [figure.caption ? { role: 'caption', value: figure.caption } : undefined, figure.alt ? { role: 'alt', value: figure.alt } : undefined].filter(Boolean),
          renditions: photoRenditions(options, figure.src),
        }),
      ),
      ...story.related.map((link, i) => ({ name: `related-${i + 1}`, rel: RELATED_REL, uri: normalizedUrl(link.url), type: 'text', headlines: [{ value: link.title }] })),
    ],
  });
}

/**
 * The photo's file, as the one rendition a receiver fetches. ninjs 3.1 wants `href` to be an
 * absolute URI (JSON Schema format `uri`), so the file beside the story is `file:NAME`: with the
 * story file's own `file:` address as base, URL resolution finds the sibling file. The uri stays
 * the photo's identity (its content hash), which a Galley library recognises on import.
 */
function photoRenditions(options: ExportOptions, src: string): Record<string, unknown>[] {
  const photo = photoFileOf(options, src);
  if (!photo) return [];
  return [{ name: 'original', href: `${FILE_URI_PREFIX}${encodeURIComponent(photo.fileName)}`, contentType: photo.mediaType, width: photo.width, height: photo.height, sizeInBytes: photo.size }];
}

/** ninjs counts words "excluding figure captions" (ninjs 3.1 `bodies.wordCount`). */
function textOnlyBody(body: BodyDoc): BodyDoc {
  return { ...body, content: body.content.filter((node) => node.type !== 'figure') };
}

/** Leaves out undefined values and empty arrays, so optional fields are absent, not empty. */
function dropEmpty(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

// ---------------------------------------------------------------------------------------------
// Import

type Json = Record<string, unknown>;

/** Reads ninjs 1.x, 2.x or 3.x into one story. */
export function importNinjs(json: string): ImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    throw new ImportError(`The ninjs file is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(doc) || typeof doc.uri !== 'string') throw new ImportError('This is not a ninjs document: it has no "uri" (the one property every ninjs version requires).');
  const warnings: string[] = [];
  return { format: 'ninjs', stories: [{ fields: readNinjs(doc, warnings), warnings }] };
}

function readNinjs(doc: Json, warnings: string[]): ImportedStory['fields'] {
  const descriptions = labelled(doc.descriptions, doc, 'description_');
  const sources = arrayOf(doc.infoSources);
  const embargo = str(doc.embargoedUntil) ?? str(doc.embargoed);
  const urgency = Number(doc.urgency);
  const contentCreated = str(doc.contentCreated);
  return {
    headline: mainHeadline(labelled(doc.headlines, doc, 'headline')),
    slug: str(doc.slugline) ?? '',
    standfirst: (descriptions.find((d) => d.role === 'summary') ?? descriptions.find((d) => !d.role))?.value ?? '',
    byline: str(doc.by) ?? str(doc.byline) ?? '',
    dateline: {
      place: str(doc.located) ?? '',
      date: contentCreated ? fromIsoAnyForm(contentCreated) : '',
      source: str(sources.find((s) => s.role === 'dateline')?.name) ?? '',
    },
    body: readBody(doc, warnings),
    credit: {
      line: descriptions.find((d) => d.role === 'creditline')?.value ?? '',
      source: str(sources.find((s) => s.role === 'source')?.name) ?? str(doc.copyrightHolder) ?? '',
    },
    related: arrayOf(doc.associations)
      .filter((a) => a.rel === RELATED_REL && /^https?:/i.test(str(a.uri) ?? ''))
      .map((a) => ({ title: labelled(a.headlines, a, 'headline')[0]?.value ?? str(a.name) ?? '', url: str(a.uri) ?? '' })),
    keywords: [...arrayOf(doc.subjects ?? doc.subject).map((s) => str(s.name)), ...(Array.isArray(doc.keywords) ? doc.keywords.map(String) : [])].filter((k): k is string => Boolean(k)),
    urgency: Number.isInteger(urgency) && urgency >= 1 && urgency <= 9 ? urgency : 5,
    language: importedLanguage(str(doc.language), warnings) ?? 'en',
    embargo: embargo ? fromIsoAnyForm(embargo) || null : null,
  };
}

/** HTML body first (it keeps the structure), else the plain text one paragraph per blank line. */
function readBody(doc: Json, warnings: string[]): BodyDoc {
  const bodies = labelled(doc.bodies, doc, 'body_');
  const html = bodies.find((b) => /html/.test(b.contentType ?? '') || b.role === 'richtext' || b.key === 'body_html' || b.key === 'body_richtext');
  if (html) {
    const body = tryHtmlToBody(html.value, warnings);
    if (body) return addAssociatedPictures(doc, body, warnings);
    warnings.push('The HTML body is not well-formed; the plain text body was imported instead.');
  }
  const text = bodies.find((b) => b !== html);
  checkLineCount(text?.value ?? '', 'The ninjs plain-text body');
  const paragraphs = (text?.value ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return addAssociatedPictures(doc, bodyFromParagraphs(paragraphs), warnings);
}

/**
 * Pictures that are associations but not figures in the body (how agencies deliver a story
 * with its photos) become figures after the text: the rendition's file or address is where
 * the photo is, for the import to match to a file delivered beside the story. Other media
 * are not imported, and the warnings say so.
 */
function addAssociatedPictures(doc: Json, body: BodyDoc, warnings: string[]): BodyDoc {
  // A body figure is known by its photo's asset id, or by the file it names (its source note).
  const inBody = new Set(figuresOf(body).flatMap((figure) => [figure.src && `${ASSET_URI_PREFIX}${encodeURIComponent(figure.src)}`, figure.sourceNote].filter(Boolean)));
  const pictures: BodyNode[] = [];
  for (const association of arrayOf(doc.associations)) {
    const uri = str(association.uri) ?? '';
    const rendition = arrayOf(association.renditions).map((r) => siblingFile(str(r.href))).find(Boolean);
    if (association.rel === RELATED_REL || inBody.has(uri) || (rendition && inBody.has(rendition))) continue;
    if (association.type !== 'picture' && association.type !== 'graphic') {
      warnings.push(`The associated ${str(association.type) ?? 'item'} "${str(association.name)}" (${uri}) was not imported: Galley figures are photos.`);
      continue;
    }
    const reference = rendition ?? (uri.startsWith(ASSET_URI_PREFIX) ? decodeURIComponent(uri.slice(ASSET_URI_PREFIX.length)) : uri);
    const descriptions = labelled(association.descriptions, association, 'description_');
    const plain = descriptions.find((d) => d.role === 'caption') ?? descriptions.find((d) => d.role !== 'alt' && !/html|xml/.test(d.contentType ?? '') && d.role !== 'richtext');
    const caption = plain?.value ?? mainHeadline(labelled(association.headlines, association, 'headline'));
    const figure: BodyNode = { type: 'figure', attrs: { ...figurePhoto(reference), alt: descriptions.find((d) => d.role === 'alt')?.value ?? '', credit: str(association.by) ?? '' } };
    pictures.push(withContent(figure, caption ? [{ type: 'text', text: caption }] : []));
  }
  return pictures.length ? { ...body, content: [...body.content, ...pictures] } : body;
}

/** A rendition's `file:NAME` (a file delivered beside the story, see photoRenditions) as NAME; other addresses as they are. */
function siblingFile(href: string | undefined): string | undefined {
  if (!href?.startsWith(FILE_URI_PREFIX) || href.startsWith(`${FILE_URI_PREFIX}/`)) return href;
  try {
    return decodeURIComponent(href.slice(FILE_URI_PREFIX.length));
  } catch {
    return href;
  }
}

interface Labelled {
  role?: string;
  contentType?: string;
  value: string;
  /** For ninjs 1.x, the property the value came from (`body_html`, `headline_main`). */
  key?: string;
}

/**
 * ninjs 2.x/3.x arrays of `{role, contentType|contenttype, value}`, or ninjs 1.x flat
 * properties (`headline`, `headline_main`, `body_text`, `body_html`, `description_summary`).
 */
function labelled(list: unknown, doc: Json, prefix: string): Labelled[] {
  if (Array.isArray(list)) {
    return list.filter(isObject).map((item) => ({ role: str(item.role), contentType: str(item.contentType) ?? str(item.contenttype), value: str(item.value) ?? '' }));
  }
  return Object.entries(doc)
    .filter(([key, value]) => key.startsWith(prefix) && typeof value === 'string')
    .map(([key, value]) => ({ role: key.slice(prefix.length).replace(/^_/, '') || 'main', value: value as string, key }));
}

function mainHeadline(headlines: Labelled[]): string {
  return (headlines.find((headline) => headline.role === 'main') ?? headlines[0])?.value ?? '';
}

function arrayOf(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
