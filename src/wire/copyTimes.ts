/**
 * Dates in pasted copy, read with chrono-node: web time lines ("Published 20 Nov 2019 08:00 GMT",
 * "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: ...", "2024-09-10 13:21 Last Updated At: 13:31",
 * "Nov 20 2019, 11:06am IST", "The Daily Planet | 20 November 2019") and a dateline's day.
 * The local time is kept as printed; the zone's offset is added only when the line names one.
 */
import * as chrono from 'chrono-node';
import { ANY_AGENCY } from './houseStyles';

const AGENCY_WORDS = new RegExp(ANY_AGENCY, 'giu');

export interface CopyDate {
  /** "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:00+HH:MM". */
  iso: string;
  /** The year was printed (a dateline's "Nov. 6" has none). */
  hasYear: boolean;
  /** The line called it an update, not the first publication. */
  updated: boolean;
  /** Printed in figures only ("11/12/2025"): day and month may be either way round. */
  numeric?: boolean;
}

/**
 * Which of two time lines dates the story: the first publication over an update, a day with
 * its time over the same day without one, a month printed in words over figures that may be
 * read either way round; otherwise the first one read.
 */
export function betterTime(held: CopyDate | null, found: CopyDate): CopyDate {
  if (!held) return found;
  if (held.updated !== found.updated) return held.updated ? found : held;
  if (held.numeric && !found.numeric) return found;
  const sameDay = held.iso.slice(0, 10) === found.iso.slice(0, 10);
  return sameDay && !held.iso.includes('T') && found.iso.includes('T') ? found : held;
}

/** Words a time line wraps its date in; what is left after them and the date is the test of a time line. */
// French, Portuguese, German and Italian words with letters \b does not know, bounded by letters instead.
const TIME_LINE_WORDS_ELSEWHERE =
  /(?<!\p{L})(?:publié|mis\s+à\s+jour|modifié|le|à|publicado|atualizado|em|às|veröffentlicht|aktualisiert|am|um|uhr|stand|pubblicato|aggiornato|il|alle|ore|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|segunda|terça|quarta|quinta|sexta|feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?!\p{L})/giu;
const TIME_LINE_WORDS =
  /\b(?:first\s+)?(?:published|updated|last\s+updated|posted|modified|created|date|dated|hour|time|at|on|am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|ist|jst|hkt|sgt|aest|aedt|et|pt|ct|mt|local|eastern|pacific|central|mountain|standard|daylight|actualizado|publicado|fecha|hora|el|a\s+las|de|del|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b/giu;
/** Words that call a time an update, not the first publication, in the desk's languages. */
export const UPDATED = /(?<!\p{L})(?:updated|last\s+updated|modified|actualizado|actualización|aktualisiert|mis\s+à\s+jour|modifié|atualizado|aggiornato)(?!\p{L})/iu;
const RELATIVE_TIME = /^(?:(?:published|updated|posted)\s+)?(?:\d{1,3}\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago|just now|yesterday|hace\s+\d{1,3}\s+\p{L}+)$/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Minutes east of UTC as an ISO 8601 offset: 60 → "+01:00". */
export function offsetOf(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function isoOf(result: chrono.ParsedResult): string {
  const { start } = result;
  const date = `${start.get('year')}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
  if (!start.isCertain('hour')) return date;
  const time = `${date}T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}`;
  return start.isCertain('timezoneOffset') ? `${time}:00${offsetOf(start.get('timezoneOffset') ?? 0)}` : time;
}

/** The languages time lines are read in after English, in the order tried: the desk's other wire languages. */
const OTHER_LANGUAGES = [chrono.es, chrono.fr, chrono.pt, chrono.de, chrono.it];

function parseAll(text: string): chrono.ParsedResult[] {
  const english = chrono.en.GB.parse(text, undefined, { forwardDate: false });
  if (english.some(isDated)) return english;
  // "12 de março" is "12 de mar" to the Spanish parser: the language that reads the most of the line wins.
  let best = english;
  let covered = 0;
  for (const language of OTHER_LANGUAGES) {
    const found = language.parse(text);
    const length = found.filter(isDated).reduce((sum, result) => sum + result.text.length, 0);
    if (length > covered) [best, covered] = [found, length];
  }
  return best;
}

const isDated = (result: chrono.ParsedResult): boolean => result.start.isCertain('day') && result.start.isCertain('month');

/** The chrono parser for a page's language ("fr-FR" → French), English when Galley has none for it. */
export function timeParserFor(language: string): TimeParser {
  const locale = language.slice(0, 2).toLowerCase();
  const parsers: Record<string, TimeParser> = { es: chrono.es, fr: chrono.fr, pt: chrono.pt, de: chrono.de, it: chrono.it };
  return parsers[locale] ?? chrono;
}

export interface TimeParser {
  parse(text: string, reference?: Date): chrono.ParsedResult[];
}

/** Dates with a day and a month, as printed. */
function datesIn(text: string): chrono.ParsedResult[] {
  return parseAll(text).filter((result) => result.start.isCertain('day') && result.start.isCertain('month'));
}

/**
 * A whole line that is a time line, or null. The line may carry a site name before a bar and
 * an updated time after the first; the first publication wins. A relative time ("2 hours ago")
 * is a time line without a date.
 */
export function readTimeLine(line: string): CopyDate | null | 'relative' {
  const text = line.trim();
  // chrono is the costly part of reading a paste: only lines that could be a time line reach it.
  if (text.length > 160 || !MAY_BE_TIME.test(text) || text.split(/\s+/u).length > MAX_TIME_LINE_WORDS) return null;
  const known = seen.get(text);
  if (known !== undefined) return known;
  if (seen.size > SEEN_LIMIT) seen.clear();
  const found = parseTimeLine(text);
  seen.set(text, found);
  return found;
}

/** A digit beside a month's name, a clock, an ISO or numeric date, or a relative time. */
const MAY_BE_TIME = /\d|\bago\b|just now|yesterday/iu;
const MAX_TIME_LINE_WORDS = 22;
/** Lines already read in this paste (a paste repeats its furniture); bounded so a long session does not grow it. */
const seen = new Map<string, CopyDate | null | 'relative'>();
const SEEN_LIMIT = 2_000;

function parseTimeLine(text: string): CopyDate | null | 'relative' {
  if (RELATIVE_TIME.test(text)) return 'relative';
  // "Valencia | 22 jul. 2025 | 13:05 (Actualizado: 22 jul. 2025 | 16:40)": what comes before the update is the first publication.
  const update = text.search(UPDATED);
  const published = update > 0 ? parseParts(text.slice(0, update).replace(/[\s(|·•,-]+$/u, '')) : null;
  if (published && published !== 'relative' && published.hasYear) return published;
  return parseParts(text);
}

/** A place in capitals before a comma, opening a time line. */
const PLACE_BEFORE_DATE = /^\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2},\s/u;

function parseParts(text: string): CopyDate | null | 'relative' {
  // Spans pasted together: "Published Jan. 7, 2026Updated Jan. 7, 2026", "20255:01 AM" (a year run into the hour),
  // "7 Mar 20257 Mar 2025", "CSTActualizado"; and "12 dic 2026 - 15:37".
  const unglued = text
    .replace(/(?<=[\d\p{L}])(?=(?:updated|published|actualizado|publicado)\b)/giu, ' | ')
    .replace(/\b((?:19|20)\d{2})(?=\d{1,2}(?::\d{2}|\s+\p{L}))/gu, '$1 ')
    .replace(/(\d{4})\s+[-–]\s+(?=\d{1,2}[:.]\d{2})/gu, '$1 ')
    // "12:47h": the Spanish hour mark
    .replace(/\b(\d{1,2}:\d{2})h\b/gu, '$1')
    // "14:27 May 01, 2026" (Yonhap): the clock before the day, where the parser does not look for it
    .replace(/\b(\d{1,2}:\d{2})\s+(\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4})\b/gu, '$2 $1');
  const parts = unglued.split(/\s+[|·•/]\s+|\s{2,}/u);
  const dates: CopyDate[] = [];
  let clock: chrono.ParsedResult | undefined;
  for (const part of parts) {
    // "2 hours ago · Thursday 12 March 2026": the relative part is read against today; the date beside it is the copy's.
    if (RELATIVE_TIME.test(part)) continue;
    const found = parseAll(part);
    const dated = found.filter((result) => result.start.isCertain('day') && result.start.isCertain('month'));
    let rest = part;
    for (const result of found) rest = rest.replace(result.text, ' ');
    // An agency's name beside its time ("KYODO NEWS - Dec 23, 2026 - 15:17") is the line's byline, not a sentence.
    // "Buenos Aires, 21 Febrero, 2026 - 12:11h": the place the time line opens with is one word of it, however many it has.
    const leftover = rest.replace(PLACE_BEFORE_DATE, 'place ').replace(AGENCY_WORDS, ' ').replace(TIME_LINE_WORDS, ' ').replace(TIME_LINE_WORDS_ELSEWHERE, ' ').replace(/[\s,:|.\-–—()/]+/gu, ' ').trim();
    const words = leftover ? leftover.split(' ').length : 0;
    // "4:12 PM CST, 18 de junio de 2025": the Spanish parser reads the day, the English one the clock.
    if (dated.length > 0 && !dated[0].start.isCertain('hour')) clock ??= chrono.en.parse(part).find((result) => result.start.isCertain('hour'));
    if (dated.length > 0 && words <= 1) dates.push({ iso: isoOf(dated[0]), hasYear: dated[0].start.isCertain('year'), updated: UPDATED.test(part), numeric: !/\p{L}{3}/u.test(dated[0].text) });
    else if (found.length > 0 && words <= 1 && UPDATED.test(part)) continue; // "Last Updated At: 13:31"
    else if (found.length > 0 && words <= 1 && found[0].start.isCertain('hour')) clock ??= found[0]; // "Feb. 18, 2026 / 6:52 AM"
    else if (words > 4 || parts.length === 1) return null; // a site name beside a date is fine; a sentence is not
  }
  const first = dates[0];
  if (clock && first && !first.iso.includes('T')) dates[0] = { ...first, iso: `${first.iso}T${pad(clock.start.get('hour') ?? 0)}:${pad(clock.start.get('minute') ?? 0)}` };
  // A time line without a year ("2 SEP, 14:24") is still page furniture; it gives no date.
  return dates.find((date) => date.hasYear && !date.updated) ?? dates.find((date) => date.hasYear) ?? dates[0] ?? null;
}

/** The day a dateline prints ("Nov. 6", "6 nov", "September 14", "Jan 5, 2026"), or null. */
export function readDatelineDay(text: string): CopyDate | null {
  const [result] = datesIn(text);
  return result ? { iso: isoOf(result), hasYear: result.start.isCertain('year'), updated: false } : null;
}
