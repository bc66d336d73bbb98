/**
 * Copy pasted as plain text (or a .txt/.md file) read into story fields (issues 4 and 18). The
 * paste is read as a sequence of blocks and each block is given a role wherever it stands:
 * kicker, headline, standfirst, byline, time line, photo caption and credit, dateline, related
 * label and titles, closing credit, page furniture, or body. What a role looks like in each
 * publisher's house style is in houseStyles.ts; single-line recognisers are in copyLines.ts.
 *
 * Nothing disappears: every block moved out of the body is listed in the import's report with
 * the field it went to, and page furniture is listed as dropped. A caption has no photo in
 * pasted copy, so it becomes a figure waiting for one ("photo missing"); a related title
 * without an address becomes a related link with an empty address. Readiness flags both.
 */
import { emptyBody, figureNode, type BodyDoc, type BodyNode } from '../story/body';
import { DEFAULT_PROFILE } from '../story/readiness';
import { suggestSlug } from '../story/slug';
import { isHttpUrl, type RelatedLink } from '../story/story';
import { parseDateLine } from './copyDates';
import { captionOf, closingCreditOf, datelineOf, isByline, isDatelineAlone, isNameLine, MAX_HEADLINE, photoCreditOf, REPORTED_SPEECH, severalAgencies, type CaptionParts, type Dateline } from './copyLines';
import { looksLikeMarkdown, markdownInline, markdownPlain, splitBlocks } from './copyMarkdown';
import { betterTime, readDatelineDay, readTimeLine, type CopyDate } from './copyTimes';
import { agenciesIn, agencyNamed, ANY_AGENCY, AUDIO_PLAYER, BYLINE_LABEL, BYLINE_OPENER, BYLINE_TITLE, canonicalSource, CONTACT_LINE, CHANNEL_CALL, EDITOR_NOTE, END_MARKER, GLUED_SIGNATURE, HEADLINE_TAG, INLINE_FURNITURE, INTERVIEW_TURN, isPageFurniture, PAGE_NOTE, PAGE_SECTION, READER_CALL, RELATED_LABEL, RELEASE_SECTION, WRITER_BIO } from './houseStyles';
import { checkLineCount } from './importLimits';
import { ImportError, type ImportedStory, type ImportResult, type MovedBlock } from './types';

export interface PastedCopyOptions {
  /** Read Markdown markup (headings, emphasis, links). Default: when the text looks like Markdown. */
  markdown?: boolean;
}

/** Longest standfirst (a summary box's points joined). */
const MAX_STANDFIRST = 600;
/** Fewest words of a headline when a longer title line stands in the head; shorter lines above it are kickers. */
const MIN_HEADLINE_WORDS = 4;
/** A kicker is a section name: a few words above the headline. */
const MAX_KICKER_WORDS = 5;
/** How far into the paste the head (headline, byline, time line) is looked for, in blocks. */
const HEAD_REACH = 14;

const RELEASE_MARKER = /^(?:for immediate release|press release|media release|news release|comunicado de prensa|nota de prensa|pressemitteilung)\.?$/iu;
const EMBARGO_LINE = /^(?:embargoed|embargo|under embargo|sperrfrist)\s*(?:until\b|till\b|to\b|bis\b|:)\s*:?\s*(.*)$/iu;
const URL_IN_TEXT = /<?(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])>?/u;
const MARKDOWN_LINK = /^\[([^\]]+)\]\((\S+)\)$/u;
const BULLET = /^[-*•▪►]\s+/u;

type Role =
  | 'body'
  | 'kicker'
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'byline label'
  | 'time line'
  | 'caption'
  | 'photo credit'
  | 'related label'
  | 'related title'
  | 'closing credit'
  | 'furniture'
  | 'desk note';

/** One block of the paste: a line or a paragraph of joined lines, or a Markdown heading, list or quote. */
interface Unit {
  text: string;
  kind: 'text' | 'heading' | 'list' | 'quote';
  level?: number;
  items?: string[];
  ordered?: boolean;
  role: Role;
  /** Which block of the paste (lines between blank lines) it came from. */
  block?: number;
  /** The figure this caption or credit belongs to. */
  figure?: CaptionParts;
}

/** What the reader has found so far; becomes one ImportedStory. */
class CopyReading {
  headline = '';
  standfirst: string[] = [];
  byline = '';
  /** An agency printed above the story as its provider, when a writer's byline took its place. */
  provider = '';
  timeLine: CopyDate | null = null;
  place = '';
  datelineSource = '';
  date = '';
  embargo: string | null = null;
  /** The first block after the site's name and menu: where the story's head is looked for. */
  headStart = 0;
  creditLines: string[] = [];
  creditSources: string[] = [];
  related: RelatedLink[] = [];
  deskNotes: string[] = [];
  readonly warnings: string[] = [];
  readonly moved: MovedBlock[] = [];

  move(text: string, field: string): void {
    this.moved.push({ text, field });
  }
}

function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/[\u200b\u200e\u200f]/g, '');
}

const shorten = (text: string, max = 60): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const wordsOf = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** A line that has a role of its own and never joins a wrapped paragraph. */
function standsAlone(line: string): boolean {
  return (
    isPageFurniture(line) ||
    RELATED_LABEL.test(line) ||
    readTimeLine(line) !== null ||
    isByline(line, { inHead: false }) ||
    photoCreditOf(line) !== null ||
    END_MARKER.test(line) ||
    BULLET.test(line) ||
    /^<?https?:\/\//u.test(line)
  );
}

/**
 * The column the copy was hard-wrapped at (agency feeds, mail, IPTC 7901), or 0 when each line is
 * a paragraph (copy from a web page). Wrapped copy fills its lines: several lines end within a
 * word's length of the longest, and none runs far past a terminal's width.
 */
function wrapColumn(lines: readonly string[]): number {
  const widths = lines.filter((line) => !/^<?https?:\/\//u.test(line)).map((line) => line.length);
  const widest = Math.max(0, ...widths);
  if (widest > MAX_WRAP_COLUMN) return 0;
  return widths.filter((width) => width >= widest - WRAP_SLACK).length >= MIN_FULL_LINES ? widest : 0;
}

/** Terminals and mail wrap at 64–80 columns; IPTC 7901 at 69. */
const MAX_WRAP_COLUMN = 100;
/** How far short of the column a full line may end: the next word did not fit. */
const WRAP_SLACK = 15;
const MIN_FULL_LINES = 2;

/**
 * Lines hard-wrapped at a column are joined into their paragraph; a line with a role of its own
 * stays apart. A line is a continuation only when its first word would not have fitted on the
 * line above: a short line under a headline ("EFE", a byline) was never wrapped there.
 */
function paragraphsOf(lines: readonly string[], column: number): string[] {
  const out: string[] = [];
  let lastAlone = true;
  for (const line of lines) {
    const last = out.at(-1)?.split('\n').at(-1);
    const alone = standsAlone(line);
    const firstWord = line.split(/\s/u, 1)[0];
    const wraps = column > 0 && last !== undefined && !alone && !lastAlone && last.length + 1 + firstWord.length > column - WRAP_SLACK && (!/[.!?:"”’'»)\]]$/.test(last) || /^\p{Ll}/u.test(line));
    if (wraps) out[out.length - 1] = `${out.at(-1)!}\n${line}`;
    else out.push(line);
    lastAlone = alone;
  }
  return out.map((paragraph) => paragraph.replace(/\n/gu, ' '));
}

/** Step 1: the paste as units, each a line or paragraph that can take one role. */
function unitsOf(source: string, markdown: boolean): Unit[] {
  const units: Unit[] = [];
  const column = wrapColumn(source.split('\n').map((line) => line.trim()));
  for (const [at, block] of splitBlocks(source, markdown).entries()) {
    const first = units.length;
    if (block.kind === 'heading') units.push({ text: markdownPlain(block.text), kind: 'heading', level: block.level, role: 'body' });
    else if (block.kind === 'list') units.push({ text: block.items.join('\n'), kind: 'list', items: block.items, ordered: block.ordered, role: 'body' });
    else if (block.kind === 'quote') units.push({ text: block.lines.join(' '), kind: 'quote', role: 'body' });
    // A line wholly in emphasis ("*Posted on 6 November 2026*") is read by its words.
    else for (const text of paragraphsOf(markdown ? block.lines.map((line) => line.replace(/^([*_]{1,2})([^*_].*?)\1$/u, '$2')) : block.lines, column)) units.push({ text, kind: 'text', role: 'body' });
    for (const unit of units.slice(first)) unit.block = at;
  }
  return units;
}

/** Step 2: page furniture, release markers, embargo lines and end marks, wherever they stand. */
function readFurniture(units: Unit[], reading: CopyReading): void {
  let player = false;
  for (const unit of units) {
    if (unit.kind !== 'text') continue;
    // "Ouvir este artigo" / "00:00" / "04:12": the player's clocks under its label.
    player = (player && PLAYER_CLOCK.test(unit.text)) || AUDIO_PLAYER.test(unit.text);
    if (player && PLAYER_CLOCK.test(unit.text)) {
      unit.role = 'furniture';
      continue;
    }
    for (const pattern of INLINE_FURNITURE) {
      const found = pattern.exec(unit.text);
      if (!found || found[0].length === unit.text.length) continue;
      reading.move(found[0].trim(), 'dropped (page furniture)');
      unit.text = unit.text.replace(pattern, '').trim();
    }
    if (isPageFurniture(unit.text) || END_MARKER.test(unit.text) || readTimeLine(unit.text) === 'relative' || isChannelCall(unit.text)) unit.role = 'furniture';
    else if (RELEASE_MARKER.test(unit.text) || EDITOR_NOTE.test(unit.text)) {
      unit.role = 'desk note';
      reading.deskNotes.push(unit.text);
    } else if (EMBARGO_LINE.test(unit.text)) readEmbargo(unit, reading);
  }
}

const PLAYER_CLOCK = /^\d{1,2}:\d{2}$/u;

/** Longest line read as a call to the site's channels wherever it stands; a longer paragraph is story text. */
const MAX_CHANNEL_CALL_WORDS = 12;
const isChannelCall = (text: string): boolean => wordsOf(text) <= MAX_CHANNEL_CALL_WORDS && READER_CALL.test(text) && CHANNEL_CALL.test(text);

function readEmbargo(unit: Unit, reading: CopyReading): void {
  const parsed = parseDateLine(EMBARGO_LINE.exec(unit.text)![1]);
  unit.role = 'desk note';
  if (parsed?.iso.includes('T')) {
    reading.embargo = parsed.iso;
    reading.warnings.push(`Embargo read from "${unit.text}": ${parsed.iso}; confirm it`);
  } else {
    reading.deskNotes.push(unit.text);
    reading.warnings.push(`"${unit.text}" looks like an embargo but has no date and time with a zone: kept in the ednote, set the embargo by hand`);
  }
}

/** A short line that can be a related story's title: no sentence of story text. */
function isTitleLike(unit: Unit): boolean {
  if (unit.kind === 'list') return true;
  if (unit.kind !== 'text' || unit.role !== 'body') return false;
  const text = unit.text.replace(BULLET, '');
  if (closingCreditOf(text, { agencyAlone: true }) || photoCreditOf(text) !== null || isPageFurniture(text) || BYLINE_OPENER.test(text)) return false;
  return BULLET.test(unit.text) || URL_IN_TEXT.test(text) || MARKDOWN_LINK.test(text) || (text.length <= 160 && wordsOf(text) >= 3 && !/[.;:]$/.test(text) && !datelineOf(text));
}

const isSourceTag = (unit: Unit): boolean => unit.kind === 'text' && unit.role === 'body' && wordsOf(unit.text) <= 4 && !/[.!?]$/u.test(unit.text) && agenciesIn(unit.text).length > 0 && !closingCreditOf(unit.text, { agencyAlone: false });

/** Step 3: "RELATED:", "Read more:", "See also" and the titles listed under them, anywhere. */
function readRelated(units: Unit[]): void {
  units.forEach((unit, i) => {
    if (unit.kind !== 'text' || unit.role !== 'body') return;
    const label = RELATED_LABEL.exec(unit.text);
    if (!label) return;
    const title = label.groups?.title?.trim();
    unit.role = title ? 'related title' : 'related label';
    if (title) {
      unit.text = title;
      return;
    }
    // "Related topics" lists the site's topic pages ("Weather", "Transport"): page chrome, not stories.
    if (/\b(?:topics|tags)\b/iu.test(unit.text)) {
      for (let j = i + 1; j < units.length && units[j].kind === 'text' && units[j].role === 'body' && wordsOf(units[j].text) <= 4 && !/[.!?]$/.test(units[j].text); j++) units[j].role = 'furniture';
      return;
    }
    for (let j = i + 1; j < units.length && j <= i + 10; j++) {
      // The source printed under a related title ("Bloomberg", "Associated Press Finance") is the list's, not a closing credit.
      // "Lo más leído" under "Te puede interesar": the site's list, not this story's.
      if (units[j].kind === 'text' && PAGE_SECTION.test(units[j].text)) break;
      if (units[j - 1].role === 'related title' && isSourceTag(units[j])) units[j].role = 'furniture';
      else if (isTitleLike(units[j])) units[j].role = 'related title';
      else break;
    }
  });
}

/** A paragraph of story text: a full sentence of some length. Standfirsts are these too, so the head allows two. */
const isProse = (unit: Unit | undefined): boolean => unit !== undefined && unit.kind === 'text' && unit.role === 'body' && wordsOf(unit.text) >= 12 && /[.!?"”’»)]$/u.test(unit.text) && !captionOf(unit.text);
/** Prose paragraphs the head may hold (standfirst, summary points) before the story has surely begun. */
const MAX_HEAD_PROSE = 2;

/** Fewest items of a site's menu pasted above the story; one or two short lines above a title are kickers. */
const MIN_MENU_ITEMS = 3;
/** Most words of a menu item ("Law and policy", "Science + Technology"). */
const MAX_MENU_ITEM_WORDS = 3;

const isMenuItem = (unit: Unit): boolean =>
  unit.kind === 'text' && unit.role === 'body' && wordsOf(unit.text) <= MAX_MENU_ITEM_WORDS && !/[.!?:]$/u.test(unit.text) && readTimeLine(unit.text) === null && !isByline(unit.text, { inHead: true });

/**
 * A menu or breadcrumb printed on one line: "Home | World | Business | Video", "Home > News >
 * Transport", or items that a page lays out side by side and a paste keeps apart only by tabs or
 * runs of spaces ("News  Sport  Weather  Opinion").
 */
const MENU_ITEM_GAP = /\s+[|·•>›»]\s+|\t+|\s{2,}/u;
const isMenuLine = (unit: Unit): boolean => {
  const items = unit.text.split(MENU_ITEM_GAP);
  if (unit.kind !== 'text' || unit.role !== 'body' || items.length < MIN_MENU_ITEMS) return false;
  // A long menu may hold one longer item ("Watch Live  Weather  Traffic  5 On Your Side  Sports").
  const outliers = items.filter((item) => !isMenuItem({ ...unit, text: item })).length;
  return outliers === 0 || (items.length >= LONG_MENU_ITEMS && outliers === 1 && wordsOf(unit.text) <= items.length * MAX_MENU_ITEM_WORDS);
};
/** A menu of this many items shows itself even with one longer item among them. */
const LONG_MENU_ITEMS = 5;

/**
 * Step 3b: a site's name, tagline and menu pasted above the story ("select all" on a page) are page
 * furniture, however title-like the tagline: the story's head starts under the last run of menu
 * items, provided a title line stands there before any story text. Returns where the head starts.
 */
function readMasthead(units: Unit[]): number {
  const firstProse = units.findIndex((unit) => isProse(unit));
  const limit = firstProse < 0 ? units.length : firstProse;
  let end = 0;
  let run = 0;
  for (let i = 0; i < limit; i++) {
    // A share bar or sign-in link inside the menu neither counts as a section nor breaks the run.
    if (units[i].role === 'furniture') continue;
    run = isMenuItem(units[i]) ? run + 1 : 0;
    if (run >= MIN_MENU_ITEMS || isMenuLine(units[i])) end = i + 1;
  }
  // The site's name and tagline printed in the menu's own block ("Ghana News Agency" / "Your trusted source of news") are the masthead too.
  while (end > 0 && end < limit && units[end].block === units[end - 1].block && isMastheadLine(units[end])) end++;
  const titleBelow = units.slice(end, limit).some((unit) => unit.role === 'body' && unit.kind !== 'list' && wordsOf(unit.text) >= MIN_HEADLINE_WORDS && isHeadlineLike(unit.text) && !captionOf(unit.text) && photoCreditOf(unit.text) === null);
  if (end === 0 || !titleBelow) return 0;
  for (const unit of units.slice(0, end)) if (unit.role === 'body') unit.role = 'furniture';
  return end;
}

/** A short line of the site's masthead: its name or tagline, no sentence, no writer's "By" line or time line. */
const isMastheadLine = (unit: Unit): boolean =>
  unit.kind === 'text' && unit.role === 'body' && wordsOf(unit.text) <= MAX_KICKER_WORDS + 2 && !/[.!?:]$/u.test(unit.text) && readTimeLine(unit.text) === null && !BYLINE_OPENER.test(unit.text);

/** Step 4: bylines and time lines in the head, and the head's end: where the story text begins. */
function readHead(units: Unit[], reading: CopyReading): number {
  const reach = Math.min(units.length, reading.headStart + HEAD_REACH);
  let lastMarker = -1;
  let prose = 0;
  let datelineAt = -1;
  let firstProse = -1;
  let stop = reach;
  // A line in capitals above every title line is a kicker ("WORLD NEWS"), not a writer's name.
  let titleAbove = false;
  for (let i = 0; i < reach; i++) {
    const unit = units[i];
    if (unit.kind === 'heading') titleAbove = true;
    if (unit.kind !== 'text' || unit.role !== 'body') continue;
    // A dateline names a day and an agency too ("MADRID, 25 Ago. (EUROPA PRESS) -"): it is read as one before it can pass for a time line.
    const dateline = datelineOf(unit.text);
    if (dateline && !reading.byline && isTaggedWriter(unit.text, dateline, units[i + 1])) {
      // "Jane Roe (AAP)" over the time line: the writer, with the agency that sent the copy.
      unit.role = 'byline';
      reading.byline = dateline.place;
      reading.provider ||= dateline.source;
      lastMarker = i;
      continue;
    }
    if (dateline && !isCaptionLine(unit.text)) {
      datelineAt = stop = i;
      break;
    }
    // Once story text has begun, only a "By ..." line is still a byline: "AFP" alone there closes the story.
    if (readHeadLine(unit, reading, titleAbove && prose === 0)) {
      lastMarker = i;
      const role = unit.role as Role;
      if (role === 'byline') lastMarker += readBylineTitle(units[i + 1], reading);
      if (role === 'byline label') lastMarker += readLabelledByline(units[i + 1], reading);
    } else if (isProse(unit) && ++prose >= MAX_HEAD_PROSE) {
      stop = i;
      // A deck printed in the head's own block and set off from the story by a photo or a link ("time / deck / caption", then the story): the head runs to the story.
      const inHeadBlock = firstProse > 0 && units[firstProse].block === units[firstProse - 1].block && units[firstProse].block !== unit.block;
      if (inHeadBlock && isSetOff(units.slice(firstProse + 1, i))) lastMarker = Math.max(lastMarker, i - 1);
      break;
    }
    if (isProse(unit) && firstProse < 0) firstProse = i;
    titleAbove ||= unit.role === 'body' && isHeadlineLike(unit.text);
  }
  // Names on their own line next to the time line or byline, or with a job title under them, are the writers: "Jane Roe and Lee Park".
  for (let i = 1; i < stop && !reading.byline; i++) {
    const unit = units[i];
    if (unit.role !== 'body' || unit.kind !== 'text') continue;
    const name = withoutHandles(unit.text);
    const nearMarker = isMarker(units[i + 1]) || isMarker(units[i - 1]) || isJobTitle(units[i + 1]);
    if ((isNameLine(name) || isNameWithTitle(name)) && nearMarker && readNamedByline(unit, units[i + 1], reading)) lastMarker = Math.max(lastMarker, units[i + 1]?.role === 'byline' ? i + 1 : i);
  }
  return datelineAt >= 0 ? datelineAt : lastMarker + 1;
}

/**
 * A writer's name with the agency's tag, alone on its line over the time line, has a dateline's
 * shape ("Jane Roe (AAP)") but no dateline's place in the copy: a dateline opens the story's
 * text, while this line is followed by the time it was filed.
 */
function isTaggedWriter(text: string, dateline: Dateline, next: Unit | undefined): boolean {
  if (dateline.length < text.trim().length || dateline.day || !dateline.source || !isNameLine(dateline.place)) return false;
  const time = next?.kind === 'text' ? readTimeLine(next.text) : null;
  return time !== null && time !== 'relative';
}

/** Lines between a deck and the story that are not story text: a caption or its credit, an address, page lines. */
function isSetOff(between: readonly Unit[]): boolean {
  // An advertisement alone between two paragraphs is how pages break a story; a photo or a link under the deck is how they set it off.
  const setOff = between.some((unit) => unit.kind === 'text' && (isCaptionLine(unit.text) || photoCreditOf(unit.text) !== null || /^<?https?:\/\/\S+$/u.test(unit.text)));
  return setOff && between.every((unit) => unit.kind === 'text' && !INTERVIEW_TURN.test(unit.text) && (unit.role === 'furniture' || isCaptionLine(unit.text) || photoCreditOf(unit.text) !== null || /^<?https?:\/\/\S+$/u.test(unit.text) || wordsOf(unit.text) < MIN_DECK_WORDS));
}

/** A caption that could pass for a dateline ("FILE PHOTO: A pump jack ... REUTERS/Name"); "MADRID, 9 (EUROPA PRESS)" is too short to describe a picture. */
const isCaptionLine = (text: string): boolean => wordsOf(captionOf(text)?.caption ?? '') >= MIN_CAPTION_WORDS;
const MIN_CAPTION_WORDS = 4;

/** A desk or outlet line under a writer's name. */
const NEWS_DESK = /\b(?:news|press|times|post|herald|tribune|radio|tv|television|journal|gazette|chronicle|wire)\b/iu;
/** A site's or outlet's name beside its date ("Acme Newsroom | 6 June 2026") is not a writer. */
const SITE_NAME = new RegExp(`${NEWS_DESK.source}|\\b(?:newsroom|online|media|daily|weekly|blog)\\b|\\.\\p{L}{2,4}$`, 'iu');

/** "Department for Transport and The Rt Hon Jane Roe MP" under "From:". */
const MAX_LABELLED_BYLINE_WORDS = 14;

/** "NEWS PROVIDED BY" / "From:" and the name under it. 1 when taken. */
function readLabelledByline(unit: Unit | undefined, reading: CopyReading): number {
  if (!unit || unit.kind !== 'text' || unit.role !== 'body' || wordsOf(unit.text) > MAX_LABELLED_BYLINE_WORDS || /[.!?]$/.test(unit.text)) return 0;
  unit.role = 'byline';
  reading.byline ||= unit.text;
  return 1;
}

/** "Staff Writer", "PA Political Correspondent" on the line under the byline: part of it. 1 when taken. */
function readBylineTitle(unit: Unit | undefined, reading: CopyReading): number {
  if (!unit || unit.kind !== 'text' || unit.role !== 'body' || wordsOf(unit.text) > 6 || !isNameLine(`X ${unit.text}`)) return 0;
  // A job title joins with a comma ("By Sam Lee, Staff Writer"); the paper or desk as printed on its line ("By Ana Ruiz Chicago Tribune").
  if (BYLINE_TITLE.test(unit.text)) reading.byline = `${reading.byline}, ${unit.text}`;
  else if (NEWS_DESK.test(unit.text)) reading.byline = `${reading.byline} ${unit.text}`;
  else return 0;
  unit.role = 'byline';
  return 1;
}

/** Where a writer's "By"/"Por"/"Par"/"Von" opens in the middle of a line: a capitalised opener before a capitalised name. */
const MID_LINE_BYLINE = /\s(?=(?:By|Por|Par|Von)\s+\p{Lu})/u;

/** A time line with the writer printed after it on one line: "Publicado em 20/03/2026 - 14:32 Por Ana Lima". */
function readGluedByline(unit: Unit, reading: CopyReading): boolean {
  const at = unit.text.search(MID_LINE_BYLINE);
  if (at <= 0) return false;
  const time = readTimeLine(unit.text.slice(0, at));
  const byline = unit.text.slice(at + 1);
  if (!time || time === 'relative' || !time.hasYear || !isByline(byline, { inHead: true })) return false;
  unit.role = 'time line';
  reading.timeLine = betterTime(reading.timeLine, time);
  reading.byline ||= byline;
  return true;
}

const isMarker = (unit: Unit | undefined): boolean => unit !== undefined && (unit.role === 'time line' || unit.role === 'byline' || unit.role === 'furniture');

/** One line of the head: byline, time line, or a line holding both ("By Jane Roe | Nov. 6, 2026", "ANI | Updated: ..."). */
function readHeadLine(unit: Unit, reading: CopyReading, titleAbove: boolean): boolean {
  if (BYLINE_LABEL.test(unit.text)) {
    unit.role = 'byline label';
    return true;
  }
  if (readGluedByline(unit, reading)) return true;
  // Parts of a time line: "ANI | Updated: ...", "KYODO NEWS - Feb 9, 2026 - 13:15".
  const parts = unit.text.split(/\s*[|·•]\s*|\s+[/–—-]\s+/u).filter(Boolean);
  const time = readTimeLine(unit.text);
  if (time && time !== 'relative') {
    unit.role = 'time line';
    if (time.hasYear) reading.timeLine = betterTime(reading.timeLine, time);
    // The part beside the time is the writer or the desk when it is short and names someone: "ANI", "TOI World Desk".
    // A name printed first on the line is the writer: "Jane Roe · The Paper · Posted: ...".
    const byline = parts.length > 1 ? parts.find((part, at) => readTimeLine(part) === null && (isByline(part, { inHead: true }) || (isNameLine(part) && ((at === 0 && !SITE_NAME.test(part)) || BYLINE_TITLE.test(part))))) : undefined;
    if (byline && !reading.byline) reading.byline = byline;
    return true;
  }
  if (parts.length > 1) {
    const partTime = parts.map(readTimeLine).find((found): found is CopyDate => found !== null && found !== 'relative');
    const byline = parts.find((part) => isByline(part, { inHead: true }));
    if (partTime && byline) {
      unit.role = 'byline';
      reading.byline ||= byline;
      if (partTime.hasYear) reading.timeLine = betterTime(reading.timeLine, partTime);
      return true;
    }
  }
  // A writer's "By ..." line wins over the agency named above the story ("Reuters" / "By Jane Roe").
  const agencyOnly = reading.byline !== '' && agencyNamed(reading.byline) !== undefined && BYLINE_OPENER.test(unit.text);
  if ((!reading.byline || agencyOnly) && isByline(unit.text, { inHead: titleAbove })) {
    // The agency stays the story's source when its line gives way to the writer's.
    if (agencyOnly) reading.provider = reading.byline;
    unit.role = 'byline';
    reading.byline = unit.text.replace(/\s+[|·•]\s*$/u, '');
    return true;
  }
  return false;
}

const isHeadlineLike = (text: string): boolean => text.length <= MAX_HEADLINE && !/[.,;:]$/.test(text) && !datelineOf(text);

/**
 * Step 5: kicker, headline and standfirst among the head's blocks that no other step took.
 * No title line means no headline: the first sentence is never promoted.
 */
function readTitles(units: Unit[], headStop: number, reading: CopyReading, markdown: boolean): number {
  const firstFree = units.findIndex((unit) => unit.role === 'body');
  // With no byline or time line to mark it, the head runs to the story's first full paragraph.
  const storyStart = units.findIndex((unit, i) => i < reading.headStart + HEAD_REACH && (isProse(unit) || (unit.kind === 'text' && INTERVIEW_TURN.test(unit.text)) || (unit.kind === 'text' && unit.role === 'body' && (datelineOf(unit.text) !== null || (isPlaceLine(unit.text) && isProse(units[i + 1]))))));
  const headEnd = Math.max(headStop, storyStart);
  const free = units.slice(0, Math.max(headEnd, firstFree + 1)).filter((unit) => unit.role === 'body' && unit.kind !== 'list' && unit.kind !== 'quote');
  const heading = free.find((unit) => unit.kind === 'heading');
  const candidates = free.filter((unit) => (unit.kind === 'heading' || isHeadlineLike(unit.text)) && !captionOf(unit.text) && photoCreditOf(unit.text) === null);
  // Section names and breadcrumbs ("Home", "News", "Business") stand above the title: a title says something.
  let headline = heading ?? candidates.find((unit) => wordsOf(unit.text) >= MIN_HEADLINE_WORDS) ?? candidates[0];
  if (headline && !heading) {
    const next = candidates[1];
    // "WORLD" / "Ukraine war" above the title: a kicker is shorter than the headline it sits on.
    const isKicker = next && wordsOf(headline.text) <= MAX_KICKER_WORDS && headline.text.length < next.text.length && free.indexOf(next) === free.indexOf(headline) + 1;
    if (isKicker) {
      headline.role = 'kicker';
      headline = next;
    }
  }
  if (!headline) {
    reading.warnings.push('No headline in the copy: write one (the first sentence was left in the story)');
    return headEnd;
  }
  headline.role = 'headline';
  const tag = HEADLINE_TAG.exec(headline.text);
  if (tag) {
    reading.move(tag[0].trim(), 'dropped (agency tag)');
    headline.text = headline.text.slice(tag[0].length);
  }
  reading.headline = markdown ? markdownPlain(headline.text) : headline.text;
  const at = units.indexOf(headline);
  // Everything above the headline that is not a field is a kicker or page chrome; below it, the standfirst.
  for (const unit of units.slice(0, at)) {
    if (unit.role !== 'body' || unit.kind !== 'text' || wordsOf(unit.text) > MAX_KICKER_WORDS) continue;
    unit.role = 'kicker';
    // An agency's name above the title is the provider of syndicated copy ("Reuters" on a portal): the story's source.
    if (agencyNamed(unit.text)?.kind === 'wire agency') reading.provider ||= unit.text;
  }
  const end = Math.max(headEnd, at + 1);
  // A line with a photo credit under it is that photo's caption, not the standfirst.
  const below = units.slice(at + 1, end).filter((unit, i) => unit.role === 'body' && unit.kind === 'text' && !captionOf(unit.text) && !photoCreditOf(unit.text) && photoCreditOf(units[at + 2 + i]?.text ?? '') === null);
  // Under the headline: the deck, the writer's name and title, and the page's short lines ("Link Copied!", "5 min", "In short:").
  const deck: Unit[] = [];
  // Pages repeat their title (a share box, a print header): the repeat is furniture wherever it stands.
  for (const unit of units.slice(at + 1)) if (unit.role === 'body' && unit.kind === 'text' && unit.text === headline.text) unit.role = 'furniture';
  for (const unit of below) {
    if (unit.role !== 'body') continue;
    if (!reading.byline && readNamedByline(unit, units[units.indexOf(unit) + 1], reading)) continue;
    else if (isDeckLine(unit.text)) deck.push(unit);
    else unit.role = 'furniture';
  }
  const total = deck.reduce((sum, unit) => sum + unit.text.length, 0);
  if (total > MAX_STANDFIRST) return units.indexOf(deck[0]); // a long paragraph under the headline is the story itself
  for (const unit of deck) unit.role = 'standfirst';
  reading.standfirst = deck.map((unit) => (markdown ? markdownPlain(unit.text) : unit.text.replace(BULLET, '')));
  return end;
}

/** Fewest words of a deck or summary point; a shorter line under the headline is the page's. */
const MIN_DECK_WORDS = 5;

const isDeckLine = (text: string): boolean => wordsOf(text) >= MIN_DECK_WORDS && !INTERVIEW_TURN.test(text) && !/:$/u.test(text) && !READER_CALL.test(text) && !isPageFurniture(text) && !/^<?https?:\/\//u.test(text);

/**
 * A writer under the headline without "By": "Jane Roe", "Jane Roe Housing correspondent",
 * "Jane Roe with AFP, Reuters", or the name with its title or desk on the next line. Handles
 * ("@janeroe") are left out. True when taken.
 */
function readNamedByline(unit: Unit, next: Unit | undefined, reading: CopyReading): boolean {
  const text = withoutHandles(unit.text);
  if (!isByline(text, { inHead: true }) && !isNameLine(text) && !isNameWithTitle(text)) return false;
  unit.role = 'byline';
  reading.byline = text.replace(/\s+[|·•]\s*$/u, '');
  const title = next && next.role === 'body' && next.kind === 'text' ? withoutHandles(next.text) : '';
  // "Health correspondent", "BBC Wales News" printed under the name.
  if (title && wordsOf(title) <= 5 && !/[.!?:]$/u.test(title) && (BYLINE_TITLE.test(title) || (isNameLine(title) && NEWS_DESK.test(title)))) {
    next!.role = 'byline';
    reading.byline = `${reading.byline} ${title}`;
  }
  return true;
}

const withoutHandles = (text: string): string => text.replace(/\s*@[A-Za-z0-9_.]{2,30}/gu, '').trim();

/** "Property Correspondent", "Health correspondent @handle": a job title on the line under a name. */
const isJobTitle = (unit: Unit | undefined): boolean => unit !== undefined && unit.role === 'body' && unit.kind === 'text' && wordsOf(unit.text) <= 5 && !/[.!?:]$/u.test(unit.text) && BYLINE_TITLE.test(unit.text);

/** "Jane Roe Housing correspondent", "Ana Ruiz Redactora de Economía": a name run into its job title. */
function isNameWithTitle(text: string): boolean {
  const match = /^((?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Lu}[\p{L}'’.-]+)\s+(.{3,60})$/u.exec(text);
  return match !== null && wordsOf(match[2]) <= 6 && BYLINE_TITLE.test(match[2]) && !/[.!?:]$/u.test(text);
}

/** Step 7: photo captions and credits anywhere; each becomes a figure waiting for its photo. */
function readFigures(units: Unit[]): void {
  units.forEach((unit, i) => {
    if (unit.kind !== 'text' || (unit.role !== 'body' && unit.role !== 'byline')) return;
    const credit = photoCreditOf(unit.text);
    if (credit !== null) {
      unit.role = 'photo credit';
      // "Image copyright EPA" printed above "Image caption ..."; otherwise the credit is under its caption.
      const next = units[i + 1];
      const nextCaption = next?.kind === 'text' && next.role === 'body' ? captionOf(next.text) : null;
      if (nextCaption && !nextCaption.credit) {
        next.role = 'caption';
        next.figure = { caption: nextCaption.caption, credit };
        return;
      }
      const previous = units[i - 1];
      const canCaption = previous?.kind === 'text' && previous.role === 'body' && previous.text.length <= 300 && !datelineOf(previous.text) && !REPORTED_SPEECH.test(previous.text);
      if (canCaption && !captionOf(previous.text)) {
        previous.role = 'caption';
        previous.figure = { caption: previous.text, credit };
        unit.figure = undefined;
      } else if (previous?.role === 'caption' && previous.figure && !previous.figure.credit) previous.figure.credit = credit;
      else if (next && isCaptionBelowCredit(next)) {
        // "Getty Images" / "Waves crash against the sea wall": the credit printed above a caption with no stop.
        next.role = 'caption';
        next.figure = { caption: next.text, credit };
      } else unit.figure = { caption: '', credit };
      return;
    }
    // "MADRID, 9 (EUROPA PRESS)" on its own line ends in an agency too: it is the dateline. A caption may open
    // with a label in capitals that reads like a place ("FOOD PACKS. Volunteers pack ... (PNA photo by Name)").
    const dateline = datelineOf(unit.text);
    if (unit.role !== 'body' || (dateline && (dateline.source || !isCaptionLine(unit.text)))) return;
    const caption = captionOf(unit.text);
    if (caption) {
      unit.role = 'caption';
      unit.figure = caption;
    }
  });
}

/** A caption as templates print it under its credit: a short description with no full stop, not story text. */
const isCaptionBelowCredit = (unit: Unit): boolean => unit.kind === 'text' && unit.role === 'body' && wordsOf(unit.text) >= MIN_CAPTION_WORDS && wordsOf(unit.text) <= MAX_CAPTION_BELOW_WORDS && !/[.!?:"”’»]$/u.test(unit.text) && !REPORTED_SPEECH.test(unit.text);
const MAX_CAPTION_BELOW_WORDS = 30;

/** Press-release contact blocks run to the end of the copy; this many lines at most. */
const MAX_CONTACT_LINES = 8;

/** Step 6: what follows the story's last paragraph: contact blocks, release and page sections, closing credits, the page's own lines. */
function readTail(units: Unit[], bodyStart: number, reading: CopyReading): void {
  const contact = units.findIndex((unit, i) => i >= bodyStart && unit.kind === 'text' && unit.role === 'body' && CONTACT_LINE.test(unit.text) && units.length - i <= MAX_CONTACT_LINES + 4);
  if (contact >= 0) {
    for (const unit of units.slice(contact, contact + MAX_CONTACT_LINES)) {
      if (unit.role !== 'body' || unit.kind !== 'text') continue;
      if (unit !== units[contact] && closingCreditOf(unit.text, { agencyAlone: false })) break;
      unit.role = 'desk note';
      reading.deskNotes.push(unit.text);
    }
  }
  readSections(units, bodyStart, reading);
  const credits: Array<{ line: string; source: string }> = [];
  // Up from the end to the story's last paragraph; the first paragraph of the story is never taken.
  const firstBody = units.findIndex((unit, i) => i >= bodyStart && unit.role === 'body');
  readTailByline(units, firstBody, reading);
  for (let i = units.length - 1; i > firstBody; i--) {
    const unit = units[i];
    if (unit.role !== 'body') continue;
    if (unit.kind !== 'text') break;
    const credit = closingCreditOf(unit.text, { agencyAlone: true });
    if (credit) {
      unit.role = 'closing credit';
      credits.unshift(credit);
      // A transmission trailer ("APA0217 2026-03-09/11:42") is the copy's time too.
      const time = readTimeLine(unit.text);
      if (time && time !== 'relative' && time.hasYear) reading.timeLine = betterTime(reading.timeLine, time);
      continue;
    }
    const glued = GLUED_SIGNATURE.exec(unit.text);
    if (glued?.groups && isStoryParagraph(unit.text.slice(0, glued.index), reading)) {
      const { agency, named, dated, site, name } = glued.groups;
      credits.unshift({ line: agency ?? dated ?? site, source: named ? canonicalSource(named) : (name ?? '') });
      unit.text = unit.text.slice(0, glued.index).trimEnd();
      break;
    }
    const signed = SIGN_OFF.exec(unit.text);
    if (signed && isStoryParagraph(unit.text.slice(0, signed.index), reading)) {
      // "... in the 1950s. (ANSA)." / "... countries. ■": the story's last paragraph with the agency's or the page's end mark.
      // "... hotline, 152. (end)" over the desk's initials ("fm.ha"): the mark opens the agency's signature.
      const mark = signed[0].trim();
      if (credits.length > 0 && END_WORD.test(mark)) credits.unshift({ line: mark, source: '' });
      else reading.move(mark, 'dropped (end mark)');
      unit.text = unit.text.slice(0, signed.index).trimEnd();
      break;
    }
    // A caption or a photo credit at the end is a figure's (step 7), and the story may go on above it.
    if (captionOf(unit.text) || photoCreditOf(unit.text) !== null) continue;
    const time = readTimeLine(unit.text);
    if (time && time !== 'relative') {
      unit.role = 'time line';
      if (time.hasYear) reading.timeLine = betterTime(reading.timeLine, time);
      continue;
    }
    if (isStoryParagraph(unit.text, reading)) break;
    unit.role = 'furniture';
  }
  reading.creditLines.push(...credits.map((credit) => credit.line));
  reading.creditSources.push(...credits.map((credit) => credit.source).filter(Boolean));
}

/** How far up from the end a byline printed under the story is looked for, in blocks. */
const TAIL_BYLINE_REACH = 6;

/** Some pages print the byline under the story ("Por Ana Ruiz", "Written by Jane Roe"), and the writer's box under it. */
function readTailByline(units: Unit[], firstBody: number, reading: CopyReading): void {
  const from = Math.max(firstBody + 1, units.length - TAIL_BYLINE_REACH);
  const at = units.findIndex((unit, i) => i >= from && unit.role === 'body' && unit.kind === 'text' && BYLINE_OPENER.test(unit.text) && isByline(unit.text, { inHead: false }));
  if (at < 0) return;
  const name = units[at].text.replace(BYLINE_OPENER, '');
  // The writer named again under the story (the byline was read above): the writer's box, not a second byline.
  if (reading.byline && !reading.byline.includes(name)) return;
  units[at].role = reading.byline ? 'furniture' : 'byline';
  reading.byline ||= units[at].text;
  for (const below of units.slice(at + 1)) if (below.role === 'body' && below.kind === 'text' && !closingCreditOf(below.text, { agencyAlone: true })) below.role = 'furniture';
}

/** Copy this near the end at most is read for release and page sections; a story may have a subhead called "About the plan". */
const MAX_SECTION_REACH = 24;

/** "About Acme Corp", "Forward-Looking Statements", "Explore more on these topics": from the label to the end is not the story. */
function readSections(units: Unit[], bodyStart: number, reading: CopyReading): void {
  const from = Math.max(bodyStart + 1, units.length - MAX_SECTION_REACH);
  const at = units.findIndex((unit, i) => i >= from && unit.kind === 'text' && unit.role === 'body' && (RELEASE_SECTION.test(unit.text) || PAGE_SECTION.test(unit.text)));
  if (at < 0) return;
  const release = RELEASE_SECTION.test(units[at].text);
  for (const unit of units.slice(at)) {
    if (unit.role !== 'body' || unit.kind !== 'text') continue;
    // A closing credit printed after the section ("SOURCE Acme Corp") is still the story's.
    if (unit !== units[at] && closingCreditOf(unit.text, { agencyAlone: false })) continue;
    if (release) {
      unit.role = 'desk note';
      reading.deskNotes.push(unit.text);
    } else unit.role = 'furniture';
  }
}

/** An end mark after the story's last sentence: an agency's bracketed name ("(ANSA)."), a closing glyph ("■"). */
const SIGN_OFF = new RegExp(String.raw`(?<=[.!?"”’])\s*(?:\((?:${ANY_AGENCY}|end|END|fin|FIN)\)\.?|[■□●◆◼∎])$`, 'u');
const END_WORD = /^\((?:end|fin)\)$/iu;

/** Fewest words of a sentence of story text at the end of the copy ("She will stay."); shorter lines there are the page's. */
const MIN_TAIL_WORDS = 3;

/**
 * A paragraph that can end the story: a full sentence of some length that is not the page
 * speaking to its reader, a note about the page, or the writer's box (which names the writer of the byline).
 */
function isStoryParagraph(text: string, reading: CopyReading): boolean {
  // A sentence ends in its stop; "Like Loading..." and "The comments focused on…" trail off like page teasers.
  if (wordsOf(text) < MIN_TAIL_WORDS || !/[.!?"”’»)]$/u.test(text) || /(?:\.\.\.|…)$/u.test(text) || isPageFurniture(text) || PAGE_NOTE.test(text)) return false;
  if (sentencesOf(text).some((sentence) => READER_CALL.test(sentence))) return false;
  return !isWriterBio(text, reading.byline);
}

const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[\p{Lu}"“¿¡])/u);

/** "Jane Roe is a reporter with ...": a sentence about the writer, known by the byline's name or a job title. */
function isWriterBio(text: string, byline: string): boolean {
  if (!WRITER_BIO.test(text)) return false;
  const names = byline.replace(BYLINE_OPENER, '').split(/\s*(?:,|\band\b|\by\b|&)\s*/u).filter((name) => wordsOf(name) >= 2);
  return names.some((name) => text.startsWith(name.split(/\s+/u).slice(0, 2).join(' '))) || BYLINE_TITLE.test(text) || /\b(?:joined|based|covers)\b/u.test(text);
}

/** Step 8: the dateline opening the story's first paragraph (or standing on the line above it). */
function readDateline(units: Unit[], bodyStart: number, reading: CopyReading): void {
  const index = units.findIndex((unit, i) => i >= bodyStart && unit.role === 'body');
  const first = units[index];
  if (!first || first.kind !== 'text') {
    reading.warnings.push('No dateline found at the start of the story: set place and source by hand');
    return;
  }
  let match = datelineOf(first.text);
  // "MOSCOW, September 14. /TASS/." on its own line, the story under it.
  const next = units.slice(index + 1).find((unit) => unit.role === 'body');
  if (!match && next?.kind === 'text' && first.text.length <= MAX_DATELINE_LINE) {
    const joined = datelineOf(`${first.text} ${next.text}`);
    if (joined && joined.length >= first.text.length) {
      match = { ...joined, length: joined.length - first.text.length - 1 };
      first.role = 'furniture';
      reading.move(first.text, 'dateline');
      applyDateline(next, match, reading);
      return;
    }
  }
  // "ISTANBUL" alone on the line above the story (Anadolu, Europa Press): the place, with no agency or day.
  if (!match && next?.kind === 'text' && LONE_PLACE.test(first.text)) {
    first.role = 'furniture';
    reading.move(first.text, 'dateline');
    reading.place = first.text.trim();
    return;
  }
  if (!match) {
    reading.warnings.push('No dateline found at the start of the story: set place and source by hand');
    return;
  }
  reading.move(first.text.slice(0, match.length).trim(), 'dateline');
  applyDateline(first, match, reading);
}

/** A place in capitals on a line of its own: one to three words. */
const LONE_PLACE = /^\p{Lu}[\p{Lu}'’.-]+(?:[\s,]+\p{Lu}[\p{Lu}'’.-]+){0,2}\s*$/u;

/** A line that is only a dateline, the story under it: "ISTANBUL", "SANTA CRUZ, St Elizabeth:", "MOSCOW, September 14. /TASS/." */
const isPlaceLine = (text: string): boolean => LONE_PLACE.test(text) || (text.length <= MAX_DATELINE_LINE && isDatelineAlone(text));
/** Longest line read as a dateline standing above its story. */
const MAX_DATELINE_LINE = 80;

function applyDateline(unit: Unit, match: NonNullable<ReturnType<typeof datelineOf>>, reading: CopyReading): void {
  reading.place = match.place;
  reading.datelineSource = match.source;
  unit.text = unit.text.slice(Math.max(match.length, 0)).trim();
  if (!unit.text) unit.role = 'furniture';
  if (!match.day) return;
  const day = readDatelineDay(match.day);
  if (day?.hasYear) reading.date = day.iso;
  else if (!reading.timeLine) reading.warnings.push(`The dateline gives the day "${match.day}" but no year, and the copy has no date line: set the date`);
}

interface RelatedItem {
  title: string;
  url: string;
}

/** "Title: https://..." / "Title https://..." / "[Title](https://...)" / "Title" / a bare URL. */
function relatedItem(line: string): RelatedItem {
  const text = line.replace(BULLET, '').trim();
  const md = MARKDOWN_LINK.exec(text);
  if (md) return { title: md[1].trim(), url: md[2] };
  const url = URL_IN_TEXT.exec(text);
  if (!url) return { title: text, url: '' };
  const title = (text.slice(0, url.index) + text.slice(url.index + url[0].length)).replace(/[\s:\-–—|()]+$/u, '').replace(/\(\s*\)/g, '').trim();
  return { title, url: url[1] };
}

/** The warning for a related story kept without its address (pasted copy lost it; a saved page's link could not be resolved). */
export const relatedWithoutAddress = (title: string): string => `Related story "${shorten(title)}" has no web address: add the address or remove it`;

/** Related titles in order; a bare URL on its own line is the address of the title above it. */
function relatedOf(units: readonly Unit[], reading: CopyReading): void {
  const items: RelatedItem[] = [];
  for (const unit of units) {
    if (unit.role !== 'related title') continue;
    for (const line of unit.items ?? [unit.text]) {
      const item = relatedItem(line);
      const previous = items.at(-1);
      if (!item.title && previous && !previous.url) previous.url = item.url;
      else items.push(item);
    }
  }
  for (const item of items) {
    const url = isHttpUrl(item.url) ? item.url : '';
    reading.related.push({ title: item.title || item.url, url });
    if (!url) reading.warnings.push(relatedWithoutAddress(item.title));
  }
}

/** The report: every unit that left the body, with where it went. */
function reportMoves(units: readonly Unit[], reading: CopyReading): void {
  const field: Partial<Record<Role, string>> = {
    kicker: 'dropped (kicker)',
    headline: 'headline',
    standfirst: 'standfirst',
    byline: 'byline',
    'byline label': 'dropped (byline label)',
    'time line': 'dateline.date',
    caption: 'figure caption',
    'photo credit': 'figure credit',
    'related label': 'dropped (related label)',
    'related title': 'related',
    'closing credit': 'credit.line',
    furniture: 'dropped (page furniture)',
    'desk note': 'ednote',
  };
  for (const unit of units) {
    const to = field[unit.role];
    if (to && !reading.moved.some((moved) => moved.text === unit.text)) reading.move(unit.text, to);
  }
}

function bodyOf(units: readonly Unit[], markdown: boolean, reading: CopyReading): BodyDoc {
  const inline = (text: string): BodyNode[] => (markdown ? markdownInline(text, reading.warnings) : [{ type: 'text', text }]);
  const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: inline(text) });
  const content: BodyNode[] = [];
  for (const unit of units) {
    if (unit.figure) {
      content.push(figureNode({ credit: unit.figure.credit }, markdown ? markdownPlain(unit.figure.caption) : unit.figure.caption));
      reading.warnings.push(`A photo caption ("${shorten(unit.figure.caption || unit.figure.credit)}") came with no photo: it is a figure marked "photo missing"`);
      continue;
    }
    if (unit.role !== 'body') continue;
    if (unit.kind === 'heading') content.push({ type: 'heading', attrs: { level: (unit.level ?? 2) <= 2 ? 2 : 3 }, content: inline(unit.text) });
    else if (unit.kind === 'list') content.push({ type: unit.ordered ? 'orderedList' : 'bulletList', content: (unit.items ?? []).map((item) => ({ type: 'listItem', content: [paragraph(item)] })) });
    else if (unit.kind === 'quote') content.push({ type: 'blockquote', content: [paragraph(unit.text)] });
    else content.push(paragraph(unit.text));
  }
  return content.length > 0 ? { type: 'doc', content } : emptyBody();
}

/** Credit source: a closing credit's organisation, else the dateline's agency, else an agency byline. */
function creditSourceOf(reading: CopyReading): string {
  const byline = bylineSource(reading.byline.replace(BYLINE_OPENER, '')) || bylineSource(reading.provider);
  const dateline = reading.datelineSource ? canonicalSource(reading.datelineSource) : '';
  return reading.creditSources[0] ?? (dateline || byline);
}

/** The organisation a byline names: an agency alone ("Associated Press"), after "with" ("Jane Roe with AFP, dpa"), or opening the writer's title ("Jane Roe, PA Political Correspondent"). */
function bylineSource(byline: string): string {
  const whole = agencyNamed(byline);
  if (whole) return whole.kind === 'photo agency' ? '' : whole.name;
  const joined = /\swith\s+(.{2,80})$/u.exec(byline)?.[1] ?? '';
  if (joined) return severalAgencies(joined) || (agencyNamed(joined)?.name ?? '');
  const title = /,\s*(\S+)\s+\S/u.exec(byline)?.[1] ?? '';
  return agencyNamed(title)?.name ?? '';
}

function storyOf(reading: CopyReading, body: BodyDoc): ImportedStory {
  // The library's own profile may differ; the desk's default is what a pure importer can know.
  const slug = suggestSlug(reading.headline, DEFAULT_PROFILE.slugCase, DEFAULT_PROFILE.slugMax);
  if (slug) reading.warnings.push(`Suggested the slug ${slug} from the headline`);
  const fields: ImportedStory['fields'] = {
    slug,
    headline: reading.headline,
    standfirst: reading.standfirst.join(' '),
    // "Story by", "Text by:" are the page's words; "By" is the desk's own and stays.
    byline: reading.byline.replace(/^(?:words|story|written|text|texto|textos)\s+(?:by|de)\s*:?\s*/iu, ''),
    dateline: { place: reading.place, date: reading.timeLine?.iso || reading.date, source: reading.datelineSource },
    body,
    credit: { line: reading.creditLines.join(' '), source: creditSourceOf(reading) },
    related: reading.related,
    embargo: reading.embargo,
    ednote: reading.deskNotes.join('\n'),
  };
  return { fields, warnings: reading.warnings, moved: reading.moved };
}

/** Pasted copy (plain text or Markdown) as one story; every block that leaves the body is reported with its field. */
export function importPastedCopy(text: string, options: PastedCopyOptions = {}): ImportResult {
  const source = normalise(text);
  if (!source.trim()) throw new ImportError('The pasted copy is empty: there is no text to make a story from.');
  checkLineCount(source, 'The copy');
  const markdown = options.markdown ?? looksLikeMarkdown(source);
  const reading = new CopyReading();
  const units = unitsOf(source, markdown);
  readFurniture(units, reading);
  reading.headStart = readMasthead(units);
  readRelated(units);
  const headEnd = readHead(units, reading);
  const bodyStart = readTitles(units, headEnd, reading, markdown);
  readTail(units, bodyStart, reading);
  readFigures(units);
  readDateline(units, bodyStart, reading);
  relatedOf(units, reading);
  reportMoves(units, reading);
  return { format: 'text', stories: [storyOf(reading, bodyOf(units, markdown, reading))] };
}
