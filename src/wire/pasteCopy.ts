/**
 * Agency copy pasted as plain text (or a .md file) read into story fields (issue 4, "Pasted
 * agency copy"). Copy has a recognisable shape: headline line, byline, date line, maybe a
 * photo caption, a dateline opening the first paragraph, related-story lines, closing credits.
 * Each recogniser is deliberately narrow: a line it does not recognise stays body text, and
 * every guess is reported in the story's warnings. Nothing is dropped.
 *
 * Photo captions: pasted copy carries no image, and a figure without an image cannot be sent
 * (a caption printed as body text would publish a caption with no photo). So a caption goes
 * into the ednote, which never leaves Galley, with a warning: the desk attaches the photo and
 * moves the caption onto it, or deletes it. Related titles without an address go there too,
 * because a related link needs an http(s) address.
 */
import type { BodyDoc, BodyNode } from '../story/body';
import { emptyBody, figureNode } from '../story/body';
import { isHttpUrl, type RelatedLink } from '../story/story';
import { parseDateLine } from './copyDates';
import { agenciesIn, agencyNamed, ANY_AGENCY, CAPTION_WITH_CREDIT, PHOTO_CREDIT_LINE } from './houseStyles';
import { looksLikeMarkdown, markdownInline, markdownPlain, splitBlocks, type CopyBlock } from './copyMarkdown';
import { ImportError, type ImportedStory, type ImportResult } from './types';

export interface PastedCopyOptions {
  /** Read Markdown markup (headings, emphasis, links). Default: when the text looks like Markdown. */
  markdown?: boolean;
}

/** Longest line still read as a headline; agency headlines run to about 100 characters. */
const MAX_HEADLINE = 200;
/** Longest single line taken as a standfirst between headline and dateline. */
const MAX_STANDFIRST = 400;

const BYLINE = /^(?:by|por|von|par)\s+\p{Lu}/iu;
const RELEASE_MARKER = /^(?:for immediate release|press release|media release|news release|comunicado de prensa|pressemitteilung)\.?$/iu;
/** "EMBARGOED UNTIL ...", "Embargo: ...", "Sperrfrist: ..."; "Embargo on Russian oil extended" is a headline. */
const EMBARGO_LINE = /^(?:embargoed|embargo|under embargo|sperrfrist)\s*(?:until\b|till\b|bis\b|:)\s*:?\s*(.*)$/iu;
const END_MARKER = /^(?:#{3}|-30-|-0-|ends?|fin|\+\+\+|_{3,}|-{3,}|\*\s*\*\s*\*)$/iu;

/** A caption is a whole line or paragraph ending in a photo credit, or a credit alone. */
export function captionParts(text: string): { caption: string; credit: string } | null {
  const match = CAPTION_WITH_CREDIT.exec(text);
  if (match?.groups) {
    const { caption = '', bracketed, after, barred, handle } = match.groups;
    return { caption: caption.trim(), credit: (bracketed ?? after ?? barred ?? handle ?? '').trim() };
  }
  const line = PHOTO_CREDIT_LINE.exec(text);
  return line?.groups && /[/:©@]|photo|images/iu.test(text) ? { caption: '', credit: line.groups.credit.trim() } : null;
}

function isCaption(text: string): boolean {
  return captionParts(text) !== null;
}

const DAY = String.raw`(?<day>(?:\p{L}{3,10}\.?\s+\d{1,2}|\d{1,2}\s+(?:de\s+)?\p{L}{3,10}\.?)(?:,?\s*\d{4})?)`;
const DATELINE_WITH_SOURCE = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}.'’\/ -]*?(?:,\s*\p{Lu}[\p{L}.'’ -]*?)?)(?:,\s*${DAY})?\s*\((?<source>[^()\n]{1,40})\)\s*(?:\.-|[—–]|-{1,2})\s*`,
  'u',
);
/** Press-release wires: `SPRINGFIELD, Ill., Nov. 6, 2026 /PRNewswire/ --`. */
const DATELINE_NEWSWIRE = new RegExp(String.raw`^(?<place>\p{Lu}[\p{L}.'’ -]*?(?:,\s*\p{Lu}[\p{L}.'’ -]*?)?)(?:,\s*${DAY})?\s*\/(?<source>[^/\n]{1,30})\/\s*(?:[—–]|-{1,2})\s*`, 'u');
const DATELINE_CAPS = /^(?<place>\p{Lu}[\p{Lu}.'’\/ -]+(?:,\s*\p{Lu}[\p{L}.' -]{1,30}?)?)(?:,\s*(?<day>\p{L}{3,10}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,10}\.?))?\s*(?:[—–]|--?)\s+/u;
const AGENCY_LIKE = /^\p{Lu}[\p{L}\/&.-]*(?: \p{Lu}[\p{L}\/&.-]*){0,2}$/u;
const DATELINE_SOURCE_ONLY = new RegExp(String.raw`^\((?<source>${ANY_AGENCY})\)\s*(?:--?|[—–])\s*`, 'u');

const RELATED_INTRO = /^(?:see also|more on this story|related(?: stories| coverage| articles| content)?|read more|also read|further reading|más información|lea también|mehr zum thema|à lire aussi)\s*:?\s*(.*)$/iu;
const URL_IN_TEXT = /<?(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])>?/u;
const MARKDOWN_LINK = /^\[([^\]]+)\]\((\S+)\)$/u;

const CREDIT_LINE = /^\(?\s*(?:(?:additional\s+)?reporting|writing|written|editing|edited|compiled|produced|translated|fact-checked|graphics|redacción|edición|mit material von)\b.{0,300}$/iu;
/** AP's closing "Associated Press writer Lee Park contributed from Istanbul." */
const CONTRIBUTOR_LINE = /^[\p{L} .,'’-]{0,80}\bwriters?\b.{0,150}\bcontributed\b.{0,150}$/iu;
const EDITOR_INITIALS = /^\(?\s*[a-z]{1,4}(?:\s*\/\s*[a-z]{1,4})+\s*\)?$/u;
const CONTACT_LINE = /^(?:to contact the (?:reporters?|editors?)\b|(?:media |press )?contacts?\s*:)/iu;
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(.+?)\.?(?:\s+all rights reserved\.?)?$/iu;

function agencyIn(text: string): string | undefined {
  return (agencyNamed(text) ?? agenciesIn(text)[0])?.name;
}

/** What the reader has found so far; becomes one ImportedStory. */
class CopyReading {
  headline = '';
  standfirst = '';
  byline = '';
  date = '';
  place = '';
  source = '';
  embargo: string | null = null;
  creditLines: string[] = [];
  creditSource = '';
  related: RelatedLink[] = [];
  /** Figures for captions found above the story's first paragraph: they open the body. */
  headFigures: BodyNode[] = [];
  deskNotes: string[] = [];
  readonly warnings: string[] = [];

  note(text: string, warning: string): void {
    this.deskNotes.push(text);
    this.warnings.push(warning);
  }

  /** A caption has no image to sit on: it becomes a figure waiting for its photo (see the top of this file). */
  figure(text: string): BodyNode {
    const { caption, credit } = captionParts(text) ?? { caption: text, credit: '' };
    this.warnings.push(`A photo caption was found ("${shorten(caption || credit)}") with no photo: it is a figure marked "photo missing"`);
    return figureNode({ credit }, caption);
  }
}

function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
}

/** Wrapped copy fills its lines; a shorter unpunctuated line ("About Acme Corp") is a line of its own. */
const MIN_WRAPPED_LINE = 40;

/** Plain-text paragraphs hard-wrapped at a column are joined; lines that each end a sentence stay paragraphs. */
function paragraphsOf(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    const continues = last !== undefined && ((last.length >= MIN_WRAPPED_LINE && !/[.!?:"”’'»)\]]$/.test(last)) || /^\p{Ll}/u.test(line));
    if (continues) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

/** "Staff Writer", "PA Political Correspondent": a short title-case line right under the byline joins it. */
function isBylineContinuation(previous: string | undefined, line: string, reading: CopyReading): boolean {
  if (!previous || previous !== reading.byline || !/^(?:\p{Lu}[\p{L}'’-]*\s*){1,5}$/u.test(line)) return false;
  reading.byline = `${reading.byline}, ${line}`;
  return true;
}

function isByline(line: string): boolean {
  return BYLINE.test(line) && line.length <= 150 && line.split(/\s+/).length <= 14 && !/[.!?]$/.test(line);
}

function readEmbargo(line: string, reading: CopyReading): boolean {
  const match = EMBARGO_LINE.exec(line);
  if (!match) return false;
  const parsed = parseDateLine(match[1]);
  if (parsed?.iso.includes('T')) {
    reading.embargo = parsed.iso;
    reading.warnings.push(`Embargo read from "${line}": ${parsed.iso}; confirm it`);
  } else reading.note(line, `"${line}" looks like an embargo but has no date and time with a zone: kept in the ednote, set the embargo by hand`);
  return true;
}

/** One line of the head: true when it was recognised and taken out of the copy. */
function readHeadLine(line: string, reading: CopyReading, markdown: boolean): boolean {
  const plain = markdown ? markdownPlain(line) : line;
  if (RELEASE_MARKER.test(plain)) {
    reading.note(plain, `"${plain}" is a release marker, not part of the story: kept in the ednote`);
    return true;
  }
  if (readEmbargo(plain, reading)) return true;
  if (!reading.byline && isByline(plain)) {
    reading.byline = plain;
    return true;
  }
  const date = reading.date ? null : parseDateLine(plain);
  if (date) {
    reading.date = date.iso;
    reading.warnings.push(...date.warnings);
    return true;
  }
  if (isCaption(plain)) {
    reading.headFigures.push(reading.figure(plain));
    return true;
  }
  if (!reading.headline && plain.length <= MAX_HEADLINE && !datelineOf(plain)) {
    reading.headline = plain;
    return true;
  }
  return false;
}

function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Reads headline, byline, date, captions and release markers from the top of the copy until
 * the story's first paragraph; returns the blocks that remain.
 */
function readHead(blocks: CopyBlock[], reading: CopyReading, markdown: boolean): CopyBlock[] {
  let i = 0;
  for (; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'heading') {
      if (reading.headline) break;
      reading.headline = markdownPlain(block.text);
      continue;
    }
    if (block.kind !== 'paragraph' || datelineOf(block.lines[0])) break;
    const joined = block.lines.join(' ');
    if (block.lines.length > 1 && isCaption(joined) && reading.headline) {
      reading.headFigures.push(reading.figure(markdown ? markdownPlain(joined) : joined));
      continue;
    }
    const rest = block.lines.filter((line, n) => !(isBylineContinuation(block.lines[n - 1], line, reading) || readHeadLine(line, reading, markdown)));
    if (rest.length === 0) continue;
    const standfirst = rest.join(' ');
    const datelineFollows = blocks.slice(i + 1).some((next) => next.kind === 'paragraph' && datelineOf(next.lines[0]));
    if (reading.headline && !reading.standfirst && datelineFollows && standfirst.length <= MAX_STANDFIRST) {
      reading.standfirst = markdown ? markdownPlain(standfirst) : standfirst;
      reading.warnings.push(`Took "${shorten(reading.standfirst)}" (between headline and dateline) as the standfirst`);
      continue;
    }
    return [{ kind: 'paragraph', lines: rest }, ...blocks.slice(i + 1)];
  }
  return blocks.slice(i);
}

interface DatelineMatch {
  place: string;
  day: string;
  source: string;
  length: number;
}

/** Text after a bare `PLACE —` must be this long: "UK — EU talks resume" is a headline, not a dateline. */
const MIN_TEXT_AFTER_CAPS_DATELINE = 60;

function datelineOf(text: string): DatelineMatch | null {
  const caps = DATELINE_CAPS.exec(text);
  const match =
    DATELINE_WITH_SOURCE.exec(text) ??
    DATELINE_NEWSWIRE.exec(text) ??
    DATELINE_SOURCE_ONLY.exec(text) ??
    (caps && text.length - caps[0].length >= MIN_TEXT_AFTER_CAPS_DATELINE ? caps : null);
  if (!match?.groups) return null;
  const { place = '', day = '', source = '' } = match.groups;
  // "(who has denied wrongdoing) -" is a sentence, not a dateline: a source is an agency or a short proper name.
  if (source && !agencyIn(source) && !AGENCY_LIKE.test(source)) return null;
  return { place: place.trim(), day: day.trim(), source: source.trim(), length: match[0].length };
}

/** Strips the dateline from the first body paragraph into the dateline fields. */
function readDateline(blocks: CopyBlock[], reading: CopyReading): CopyBlock[] {
  const index = blocks.findIndex((block) => block.kind === 'paragraph');
  if (index < 0) return blocks;
  const first = blocks[index] as Extract<CopyBlock, { kind: 'paragraph' }>;
  const match = datelineOf(first.lines[0]);
  if (!match) {
    reading.warnings.push('No dateline found at the start of the first paragraph: set place and source by hand');
    return blocks;
  }
  reading.place = match.place;
  reading.source = match.source;
  if (match.day && !reading.date) {
    const date = parseDateLine(match.day);
    if (date) reading.date = date.iso;
    else reading.warnings.push(`The dateline gives the day "${match.day}" but no year, and the copy has no date line: set the date`);
  }
  const rest = first.lines[0].slice(match.length);
  const lines = rest ? [rest, ...first.lines.slice(1)] : first.lines.slice(1);
  const out = [...blocks];
  if (lines.length > 0) out[index] = { kind: 'paragraph', lines };
  else out.splice(index, 1);
  return out;
}

interface RelatedItem {
  title: string;
  url: string;
}

/** "Title: https://..." / "Title https://..." / "[Title](https://...)" / "Title" / a bare URL. */
function relatedItem(line: string): RelatedItem {
  const text = line.replace(/^[-*•]\s+/u, '').trim();
  const md = MARKDOWN_LINK.exec(text);
  if (md) return { title: md[1].trim(), url: md[2] };
  const url = URL_IN_TEXT.exec(text);
  if (!url) return { title: text, url: '' };
  const title = (text.slice(0, url.index) + text.slice(url.index + url[0].length)).replace(/[\s:\-–—|()]+$/u, '').replace(/\(\s*\)/g, '').trim();
  return { title, url: url[1] };
}

function isRelatedItemLine(line: string): boolean {
  return /^[-*•]\s+/u.test(line) || URL_IN_TEXT.test(line) || MARKDOWN_LINK.test(line);
}

function addRelated(items: RelatedItem[], reading: CopyReading): void {
  for (const item of items) {
    if (item.url && isHttpUrl(item.url)) reading.related.push({ title: item.title, url: item.url });
    else {
      reading.related.push({ title: item.title, url: '' });
      reading.warnings.push(`Related story "${shorten(item.title)}" has no web address: add the address or remove it`);
    }
  }
}

/** Takes "See also:" / "More on this story:" sections out of the body into related links. */
function readRelated(blocks: CopyBlock[], reading: CopyReading): CopyBlock[] {
  const out: CopyBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const intro = block.kind === 'paragraph' ? RELATED_INTRO.exec(block.lines[0]) : null;
    if (!intro || block.kind !== 'paragraph') {
      out.push(block);
      continue;
    }
    const lines = [intro[1], ...block.lines.slice(1)].filter(Boolean);
    // Items may continue in the next blocks while every line is a bullet, a URL or a list item.
    while (i + 1 < blocks.length) {
      const next = blocks[i + 1];
      if (next.kind === 'list') lines.push(...next.items);
      else if (next.kind === 'paragraph' && next.lines.every(isRelatedItemLine)) lines.push(...next.lines);
      else break;
      i++;
    }
    // A bare URL on its own line belongs to the title above it.
    const items: RelatedItem[] = [];
    for (const line of lines) {
      const item = relatedItem(line);
      const previous = items.at(-1);
      if (!item.title && previous && !previous.url) previous.url = item.url;
      else items.push(item);
    }
    addRelated(items, reading);
  }
  return out;
}

/** Closing lines, read from the end: credits, editors' initials, copyright, contacts, end markers. */
function readTail(blocks: CopyBlock[], reading: CopyReading): CopyBlock[] {
  const out = [...blocks];
  const tail: string[] = [];
  while (out.length > 0) {
    const block = out.at(-1)!;
    if (block.kind !== 'paragraph') break;
    if (CONTACT_LINE.test(block.lines[0])) {
      reading.note(block.lines.join('\n'), `Contact details "${shorten(block.lines[0])}" kept in the ednote, not the story`);
      out.pop();
      continue;
    }
    const lines = [...block.lines];
    while (lines.length > 0 && readClosingLine(lines.at(-1)!, reading, tail)) lines.pop();
    if (lines.length === block.lines.length) break;
    out.pop();
    if (lines.length > 0) {
      out.push({ kind: 'paragraph', lines });
      break;
    }
  }
  reading.creditLines.push(...tail.reverse());
  return out;
}

function readClosingLine(line: string, reading: CopyReading, tail: string[]): boolean {
  if (END_MARKER.test(line)) {
    reading.warnings.push(`Left out the end-of-copy marker "${line}"`);
    return true;
  }
  const copyright = COPYRIGHT.exec(line);
  if (copyright) {
    reading.creditSource ||= agencyIn(copyright[1]) ?? copyright[1].trim();
    tail.push(line);
    return true;
  }
  if (CREDIT_LINE.test(line) || CONTRIBUTOR_LINE.test(line) || EDITOR_INITIALS.test(line)) {
    tail.push(line);
    return true;
  }
  return false;
}

function bodyOf(blocks: readonly CopyBlock[], markdown: boolean, reading: CopyReading): BodyDoc {
  const inline = (text: string): BodyNode[] => (markdown ? markdownInline(text, reading.warnings) : [{ type: 'text', text }]);
  const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: inline(text) });
  const content: BodyNode[] = [...reading.headFigures];
  for (const block of blocks) {
    if (block.kind === 'heading') content.push({ type: 'heading', attrs: { level: block.level <= 2 ? 2 : 3 }, content: inline(block.text) });
    else if (block.kind === 'list') {
      const items = block.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] }));
      content.push({ type: block.ordered ? 'orderedList' : 'bulletList', content: items });
    } else if (block.kind === 'quote') content.push({ type: 'blockquote', content: paragraphsOf(block.lines).map(paragraph) });
    else {
      for (const text of paragraphsOf(block.lines)) {
        content.push(isCaption(text) ? reading.figure(text) : paragraph(text));
      }
    }
  }
  return content.length > 0 ? { type: 'doc', content } : emptyBody();
}

function storyOf(reading: CopyReading, body: BodyDoc): ImportedStory {
  if (!reading.headline) reading.warnings.push('No headline line found: write one');
  const source = reading.creditSource || agencyIn(reading.source) || agencyIn(reading.creditLines.join(' ')) || '';
  const fields: ImportedStory['fields'] = {
    headline: reading.headline,
    standfirst: reading.standfirst,
    byline: reading.byline,
    dateline: { place: reading.place, date: reading.date, source: reading.source },
    body,
    credit: { line: reading.creditLines.join(' '), source },
    related: reading.related,
    embargo: reading.embargo,
    ednote: reading.deskNotes.join('\n'),
  };
  return { fields, warnings: reading.warnings };
}

/** Pasted agency copy (plain text or Markdown) as one story; what is uncertain stays text and is listed in warnings. */
export function importPastedCopy(text: string, options: PastedCopyOptions = {}): ImportResult {
  const source = normalise(text);
  if (!source.trim()) throw new ImportError('The pasted copy is empty: there is no text to make a story from.');
  const markdown = options.markdown ?? looksLikeMarkdown(source);
  const reading = new CopyReading();
  let blocks = splitBlocks(source, markdown);
  blocks = readHead(blocks, reading, markdown);
  blocks = readRelated(blocks, reading);
  blocks = readTail(blocks, reading);
  blocks = readDateline(blocks, reading);
  return { format: 'text', stories: [storyOf(reading, bodyOf(blocks, markdown, reading))] };
}
