/**
 * What one line (or paragraph) of pasted copy is, taken alone: the recognisers the paste importer
 * runs over every block. Each knows one form; the forms themselves live in houseStyles.ts.
 */
import { BYLINE_OPENER, BYLINE_TITLE, CAPTION_PREFIX, CAPTION_WITH_CREDIT, CLOSING_AGENCY, CLOSING_CREDIT_FORMS, CREDIT_LABEL, DATELINE_DASH, DATELINE_DAY, DATELINE_END, DATELINE_PLACE, DATELINE_SOURCE_FORMS, PHOTO_CREDIT_LINE, ANY_AGENCY, agenciesIn, agencyNamed } from './houseStyles';

/** Longest line read as a headline; agency headlines run to about 100 characters. */
export const MAX_HEADLINE = 200;
/** Longest caption; a longer paragraph ending in a credit is story text that quotes one. */
const MAX_CAPTION = 450;

/** A credit as the figure keeps it: without brackets, a final full stop or a label word ("Photo:"). */
export function cleanCredit(credit: string): string {
  // Only brackets around the whole credit go: "Ana Ruiz (Europa Press)" keeps its own.
  return credit.trim().replace(/^[([]\s*(.*?)\s*[)\]]$/su, '$1').replace(/\.$/u, '').replace(CREDIT_LABEL, '').trim();
}

export interface CaptionParts {
  caption: string;
  credit: string;
}

/** A caption ending in its photo credit ("... on Monday. (AP Photo/Jane Doe)"), or null. */
export function captionOf(text: string): CaptionParts | null {
  if (text.length > MAX_CAPTION) return null;
  const prefixed = CAPTION_PREFIX.exec(text);
  if (!prefixed && !mayEndInCredit(text)) return null;
  const body = prefixed?.groups?.caption ?? text;
  const match = CAPTION_WITH_CREDIT.exec(body);
  if (match?.groups) {
    const { caption = '', bracketed, after, handle } = match.groups;
    return { caption: caption.trim(), credit: cleanCredit(bracketed ?? after ?? handle ?? '') };
  }
  return gluedCaption(body) ?? namedCaption(body) ?? (prefixed ? { caption: body.trim(), credit: '' } : null);
}

/**
 * A caption and its credit run together with no space, as a page's caption and credit spans
 * paste ("... on Monday.EFE", "... highwaysImage: Name", "... de septiembreAna Ruiz"). No
 * sentence joins a word to a capital that way, so the seam itself is the evidence; the part
 * after it must still read as a credit or a name.
 */
function gluedCaption(text: string): CaptionParts | null {
  for (const seam of text.matchAll(/(?<=[\p{Ll}.!?”’)])(?=[\p{Lu}(])/gu)) {
    const caption = text.slice(0, seam.index).trim();
    const credit = text.slice(seam.index).trim();
    if (wordCount(caption) < MIN_CAPTION_WORDS || REPORTED_SPEECH.test(caption)) continue;
    const bracketed = /^\((.{2,80})\)$/u.exec(credit)?.[1];
    const printed = bracketed ?? credit;
    if (photoCreditOf(printed) !== null || PHOTO_CREDIT_LINE.test(printed) || isCreditName(printed)) return { caption, credit: cleanCredit(printed) };
  }
  return null;
}

/** "... el pasado agosto. Ana Ruiz": a short descriptive sentence and the photographer's name after it. */
function namedCaption(text: string): CaptionParts | null {
  const match = /^(?<caption>.{12,}?[.!?])\s+(?<name>\S.{2,60})$/u.exec(text);
  if (!match?.groups || wordCount(text) > MAX_NAMED_CAPTION_WORDS || REPORTED_SPEECH.test(text)) return null;
  const { caption, name } = match.groups;
  return isCreditName(name) && !/[.!?]$/u.test(name) ? { caption: caption.trim(), credit: name.trim() } : null;
}

/** Fewest words of a caption found by its seam. */
const MIN_CAPTION_WORDS = 4;
/** A caption signed with a bare name is short; story text ending in a name is not a caption. */
const MAX_NAMED_CAPTION_WORDS = 45;

/** A person or organisation as a credit prints it: 2–5 capitalised words ("Albert García", "NIRMAL HARINDRAN") or an agency. */
function isCreditName(text: string): boolean {
  if (agencyNamed(text)) return true;
  const words = text.split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && words.every((word) => /^(?:\p{Lu}[\p{L}'’.-]*|de|del|la|van|von|da|for|of|the)$/u.test(word)) && /^\p{Lu}/u.test(words.at(-1)!);
}

const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** A caption describes a picture; a paragraph that quotes or reports someone is story text. */
export const REPORTED_SPEECH = /["“”«»]|\b(?:said|says|told|according to|dijo|afirmó|aseguró|según|sagte|hieß es|teilte .{1,40} mit)\b/iu;

/** A caption with its credit, or a line that is a photo credit alone (caption ""); null for anything else. */
export function captionParts(text: string): CaptionParts | null {
  const caption = captionOf(text);
  if (caption) return caption;
  const credit = photoCreditOf(text);
  return credit === null ? null : { caption: '', credit };
}

/** A cheap look at a paragraph's end before the caption pattern runs: most paragraphs are story text. */
function mayEndInCredit(text: string): boolean {
  return /[)\]]\.?$/u.test(text) || /[/©@|]|photo|foto|bild|image|pic|illustration|getty|credit|courtesy|handout|pool|file|shutterstock/iu.test(text.slice(-120)) || /[.!?”"’]\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}\.?$/u.test(text) || /[\p{Ll}.!?”’)](?=[\p{Lu}(])/u.test(text.slice(-90));
}

/** A line that is a photo credit and nothing else ("Image copyright EPA", "(AP Photo/Jane Doe)", "Getty Images"). */
export function photoCreditOf(line: string): string | null {
  if (line.length > 120 || isWriterWithTitle(line)) return null;
  const match = PHOTO_CREDIT_LINE.exec(line);
  if (!match?.groups) return null;
  // An agency's name alone is a closing credit unless it is bracketed or labelled as a photo's.
  const photoLike = /[/©@]|photo|foto|image|picture|illustration|getty|shutterstock|alamy|handout|courtesy|pool|^\(|^\[/iu.test(line);
  return photoLike ? cleanCredit(match.groups.credit) : null;
}

/** A closing credit line: the credit text as printed (no final full stop) and the organisation it names. */
export function closingCreditOf(line: string, { agencyAlone }: { agencyAlone: boolean }): { line: string; source: string } | null {
  const text = withoutFinalStop(line.trim());
  // The credit is kept without the brackets it is printed in: "(Reporting by ...)" is the line "Reporting by ...".
  // "(NAN)(www.nannews.ng)" is two bracketed parts, not one.
  const unbracketed = text.replace(/^\(((?:[^()]|\([^()]*\))*)\)$/su, '$1').trim();
  if (text.length > 400) return null;
  for (const form of CLOSING_CREDIT_FORMS) {
    const match = form.exec(unbracketed);
    if (match) return { line: unbracketed, source: sourceOf(match.groups?.source ?? unbracketed) };
  }
  const agency = agencyAlone ? CLOSING_AGENCY.exec(text) : null;
  return agency?.groups ? { line: text, source: sourceOf(agency.groups.source) } : null;
}

/** A sentence's final stop goes; an abbreviation's stays ("Source: Acme Holdings, Inc."). */
function withoutFinalStop(text: string): string {
  return /(?:^|[\s,])(?:Inc|Ltd|Corp|Co|Bros|Jr|Sr|Cía|Ltda|S\.A|S\.L|\p{Lu})\.$/u.test(text) ? text : text.replace(/\.$/u, '');
}

/** The organisation a credit names: a known agency by its house-style name, several as printed ("Reuters y EFE"), else as printed ("News agencies"). */
function sourceOf(text: string): string {
  const several = severalAgencies(text);
  if (several) return several;
  const named = agencyNamed(text) ?? agenciesIn(text)[0];
  if (named) return named.name;
  const trimmed = text.trim();
  // A sentence ("Reporting by Jane Roe") names no organisation; a short name does.
  return /^(?:[\p{Lu}][\p{L}.&'-]*,?|news|agencies|wires|and|de|of|the|y)(?:\s+(?:[\p{Lu}][\p{L}.&'-]*,?|news|agencies|wires|and|de|of|the|y)){0,5}$/u.test(trimmed) && !/\b(?:by|por)\b/iu.test(trimmed)
    ? trimmed
    : '';
}

/** Two or more agencies named together ("Reuters y EFE", "efe, afp, reuters"), as printed from the first to the last; else "". */
export function severalAgencies(text: string): string {
  const mentions = [...text.matchAll(AGENCY_MENTION)];
  if (new Set(mentions.map((mention) => agencyNamed(mention[0])?.name)).size < 2) return '';
  const last = mentions.at(-1)!;
  return text.slice(mentions[0].index, last.index + last[0].length);
}

const AGENCY_MENTION = new RegExp(ANY_AGENCY, 'giu');

/** A byline: "By Jane Roe", "Por Laura Gómez", "Jane Roe, AP Science Writer", "Associated Press", "JANE ROE". */
export function isByline(line: string, { inHead }: { inHead: boolean }): boolean {
  const text = line.trim();
  if (text.length > 150 || /[!?]$/.test(text)) return false;
  const words = text.split(/\s+/u);
  if (BYLINE_OPENER.test(text)) return words.length <= 16 && /^\S+\s+(?:\S+\s+)?[\p{Lu}@]/u.test(text) && !/\.\s*$/.test(text.replace(/\b\p{Lu}\.$/u, ''));
  if (!inHead) return false;
  if (isWriterWithTitle(text)) return true;
  const agency = agencyNamed(text.replace(/^by\s+/iu, ''));
  // "Getty Images" over a story credits a photo, not the story.
  if (agency) return agency.kind !== 'photo agency';
  // "Jane Roe with AFP, dpa", "Jane Roe with agencies"
  const joined = /^(.{3,60}?)\s+with\s+(.{2,60})$/u.exec(text);
  if (joined && isNameLine(joined[1]) && (severalAgencies(joined[2]) !== '' || agencyNamed(joined[2]) !== undefined || /^(?:agencies|wires)$/iu.test(joined[2]))) return true;
  if (/[.:;]$/.test(text) && !/\b\p{Lu}\.$/u.test(text)) return false;
  // "Jane Roe, AP Science Writer", "John Poe | Staff Reporter"
  if (/[,|]/.test(text) && BYLINE_TITLE.test(text) && words.length <= 12 && /^\p{Lu}/u.test(text)) return true;
  // "JANE ROE and LEE PARK", "ANA RUIZ"
  return /^\p{Lu}[\p{Lu}'’.-]+(?:\s+(?:\p{Lu}[\p{Lu}'’.-]*|AND|and|y|&|,))+$/u.test(text) && words.length >= 2 && words.length <= 8;
}

/** "Christopher Thomas/Gleaner Writer": a writer and the title, slash-separated like a photo credit but naming no photographer. */
function isWriterWithTitle(text: string): boolean {
  const match = /^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*\/\s*(?<title>\p{Lu}[\p{L}'’ -]{2,40})$/u.exec(text.trim());
  return match?.groups !== undefined && BYLINE_TITLE.test(match.groups.title) && !/photo|foto|imag|pic|camera/iu.test(match.groups.title);
}

/** "Jane Roe and Lee Park": names only, for a line next to a time line or just under the headline. */
export function isNameLine(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  return words.length >= 2 && words.length <= 9 && words.every((word) => /^(?:\p{Lu}[\p{L}'’.-]*,?|and|y|&|de|del|van|von|da|la|of|the|in)$/u.test(word)) && /^\p{Lu}/u.test(words.at(-1)!) && /^\p{Lu}/u.test(words[0]);
}

export interface Dateline {
  place: string;
  day: string;
  source: string;
  /** Characters the dateline takes at the start of the paragraph. */
  length: number;
}

// Belga prints the day after a space, in figures: "LIÈGE 04/03 (BELGA) =".
const PLACE_AND_DAY = String.raw`(?<place>${DATELINE_PLACE})(?:(?:[,.]\s*|\s+(?=\d{1,2}\/\d))(?<day>${DATELINE_DAY})\.?)?`;
const WITH_SOURCE = DATELINE_SOURCE_FORMS.map((form) => new RegExp(String.raw`^${PLACE_AND_DAY}${form}(?:${DATELINE_END}|\.(?=\s))?\s*`, 'u'));
/** A dateline without an agency needs its dash, and a place in capitals or a date: "WASHINGTON —", "London, 6 November 2026 –". */
const CAPS_PLACE = new RegExp(String.raw`^(?<place>\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+)*(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)?)(?:,\s*(?<day>${DATELINE_DAY}))?${DATELINE_DASH}\s+`, 'u');
/** A company release's "Espoo, Finland – 9 March 2026": the place, a dash, then the whole date (with its year). */
const PLACE_THEN_DATE = new RegExp(String.raw`^(?<place>${DATELINE_PLACE})${DATELINE_DASH}\s*(?<day>\d{1,2}\.?\s+\p{L}{3,10}\.?,?\s+\d{4}|\p{L}{3,10}\.?\s+\d{1,2},?\s+\d{4})(?:${DATELINE_DASH})?\s+`, 'u');
const DATED_PLACE = new RegExp(String.raw`^(?<place>${DATELINE_PLACE}),\s*(?<day>${DATELINE_DAY})${DATELINE_DASH}\s+`, 'u');
/** ANSA's "(ANSA) - ROME, NOV 6 -" and Bloomberg's "(Bloomberg) --": the source first. */
const SOURCE_FIRST = new RegExp(String.raw`^\((?<source>[^()\n]{1,30})\)${DATELINE_END}\s*(?:(?<place>\p{Lu}[\p{Lu}\p{L}'’. -]*?)(?:,\s*(?<day>${DATELINE_DAY}))?${DATELINE_END}\s*)?`, 'u');
/** ACCESSWIRE's "PITTSBURGH, PA / ACCESSWIRE / March 9, 2026 /": place, wire and day between slashes. */
const SLASHED_FORM = new RegExp(String.raw`^(?<place>${DATELINE_PLACE})\s+\/\s+(?<source>[^/
]{2,30}?)\s+\/\s+(?<day>${DATELINE_DAY})\s+\/\s*`, 'u');
/** Business Wire's "SAN DIEGO--(BUSINESS WIRE)--". */
const WIRE_FORM = /^(?<place>\p{Lu}[\p{L}'’., -]*?)-{1,2}\((?<source>[^()\n]{2,30})\)-{1,2}\s*/u;

/**
 * "MUMBAI: The ...", "NEW DELHI: ..." (the colon form of Indian papers): a place in capitals and a
 * colon. Labels printed the same way ("UPDATE:", "WATCH:") are not places.
 */
const CAPS_COLON = /^(?<place>\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?):\s+(?=["“\p{Lu}])/u;
/** "ALGHERO. Dodici nuove rotte ...": the Italian papers' place in capitals closed by a full stop. */
const CAPS_STOP = /^(?<place>\p{Lu}{3,}(?:[\s'’-]+\p{Lu}{2,}){0,2})\.\s+(?=["“«\p{Lu}])/u;
const NOT_A_PLACE = /^(?:UPDATE|UPDATED|BREAKING|BREAKING NEWS|EXCLUSIVE|WATCH|LISTEN|NOTE|EDITOR'S NOTE|CORRECTION|CLARIFICATION|ANALYSIS|OPINION|LIVE|VIDEO|PHOTOS?|READ|ALSO READ|READ MORE|FILE|WARNING|SUMMARY|FACT CHECK|EXPLAINER|REVIEW|INTERVIEW|FILE PHOTO|FILE PIC|PICTURE|Q|A)$/u;

const MONTH_NAME = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic)[\p{L}]*\.?$/iu;

/** Text after a dateline with no agency must be this long: "UK — EU talks resume" is a headline. */
const MIN_TEXT_AFTER_DATELINE = 40;

/** The dateline opening a paragraph, or null. */
export function datelineOf(text: string): Dateline | null {
  const attempts: Array<RegExpExecArray | null> = [WIRE_FORM.exec(text), SLASHED_FORM.exec(text), ...WITH_SOURCE.map((form) => form.exec(text)), SOURCE_FIRST.exec(text)];
  for (const match of attempts) {
    const found = match?.groups && checkSourced(match);
    if (found) return found;
  }
  const colon = CAPS_COLON.exec(text);
  const stop = CAPS_STOP.exec(text);
  for (const match of [CAPS_PLACE.exec(text), DATED_PLACE.exec(text), PLACE_THEN_DATE.exec(text), colon && !NOT_A_PLACE.test(colon.groups!.place) ? colon : null, stop && !NOT_A_PLACE.test(stop.groups!.place) ? stop : null]) {
    if (match?.groups && text.length - match[0].length >= MIN_TEXT_AFTER_DATELINE && match.groups.place.split(/\s+/u).length <= 6) {
      return { place: match.groups.place.trim(), day: (match.groups.day ?? '').trim(), source: '', length: match[0].length };
    }
  }
  return null;
}

/** A line holding only a dateline, the story on the line under it: "SANTA CRUZ, St Elizabeth:", "MOSCOW, September 14. /TASS/.". */
export function isDatelineAlone(text: string): boolean {
  const line = text.trim();
  const found = datelineOf(`${line} ${STORY_STAND_IN}`);
  return found !== null && found.length >= line.length;
}

/** What a dateline line is tried with: the forms need the story's words after them. */
const STORY_STAND_IN = 'The story begins on the line under the dateline, as the page prints it.';

/** "(who has denied wrongdoing) -" is a sentence, not a dateline: the source must be an agency or a short proper name. */
function checkSourced(match: RegExpExecArray): Dateline | null {
  const { place = '', day = '', source = '' } = match.groups!;
  const agency = agencyNamed(source) ?? agenciesIn(source)[0];
  // "The Municipal Corporation (BMC) declared": an unknown name in brackets is a dateline's source only with the dateline's dash after it.
  // A service's short code in lower case is a source too ("Brennsdorf (ots) -"), with the same dash after it.
  if (!agency && (!/^(?:\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}|\p{Ll}{2,5})$/u.test(source.trim()) || !/(?:[—–:-]|\/)\s*$/u.test(match[0]))) return null;
  // A dateline opens the story's text: a feed's slug line ("Germany/Energy/") has the shape but nothing after it.
  if (!agency && !match.input.slice(match.index + match[0].length).trim()) return null;
  if (place.split(/\s+/u).length > 7) return null;
  // "Feb. 18 (UPI) --": a day with no place before it.
  if (MONTH_NAME.test(place.trim())) return { place: '', day: `${place.trim()} ${day}`.trim(), source: source.trim(), length: match[0].length };
  return { place: place.trim().replace(/,$/u, ''), day: day.trim(), source: source.trim(), length: match[0].length };
}
