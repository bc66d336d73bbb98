import { offsetOf, readTimeLine, timeParserFor } from '../../../src/wire/copyTimes';
import { UPDATED } from './printedHead';

const pad = (n: number) => String(n).padStart(2, '0');

/** A date in figures only ("04-03-2026", "4/3/26"), which sites print day first or month first. */
const NUMERIC_DATE = /\d{1,2}[-./]\d{1,2}[-./]\d{2,4}/u;

/** A clock time printed in a time line: "9:30 AM", "08:00 GMT", "11:06am". */
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\.?\b/iu;

/** "2026-03-14T09:30:00-04:00" → "2026-03-14T09:30" (the publisher's local time, its offset apart), or just the date. */
function localPart(iso: string, withTime: boolean): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(iso);
  if (!match) return '';
  return withTime && match[2] ? `${match[1]}T${match[2]}` : match[1];
}

/** The machine date's own offset ("+0100", "+01:00", "Z"), written "+01:00"; "" when it names none. */
function machineOffset(iso: string): string {
  const zone = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/u.exec(iso)?.[1];
  if (!zone) return '';
  return zone === 'Z' ? '+00:00' : zone.replace(/^([+-]\d{2}):?(\d{2})$/u, '$1:$2');
}

/**
 * The offset of the printed local time from the page's machine instant ("5.45pm" printed,
 * "06:45Z" in the markup: "+11:00"), when the machine date names a zone and the two differ by
 * a real zone's offset; "" otherwise (the printed time is another moment, not the same one).
 */
function printedOffset(local: string, machine: string): string {
  if (!machineOffset(machine)) return '';
  // The printed minute drops the machine date's seconds: up to the whole minute again.
  const minutes = Math.ceil((Date.parse(`${local}:00Z`) - Date.parse(machine)) / 60_000);
  return Number.isInteger(minutes / 15) && minutes >= -12 * 60 && minutes <= 14 * 60 ? offsetOf(minutes) : '';
}

/** The first-published part of a line that prints both ("Published 8:00 AM … Updated 9:30 AM …"). */
function publishedPart(text: string): string {
  const at = text.search(UPDATED);
  return at > 0 ? text.slice(0, at) : at === 0 ? '' : text;
}

/**
 * The story's date as the page prints it: the time line's own words when they name a day
 * (the local time as printed, which is what the reader saw), else the page's machine date;
 * with the time only when the page prints one. The first publication, never the update.
 */
export function pageDate(timeLines: readonly { text: string; datetime: string }[], published: string, language: string): string {
  const machine = published || timeLines.find((line) => !UPDATED.test(line.text))?.datetime || '';
  const parser = timeParserFor(language);
  const reference = machine ? new Date(Date.parse(machine)) : undefined;
  // A clock printed apart from its day ("<time>5 jul. 2025</time> | <span class="time">10:38</span>").
  const lone = timeLines.find((line) => !UPDATED.test(line.text) && /^\D*\d{1,2}[:.]\d{2}\D*$/u.test(line.text))?.text.match(CLOCK)?.[0] ?? '';
  for (const line of timeLines) {
    // "3 hours ago" names no day: the parser would count back from the machine date.
    if (readTimeLine(line.text) === 'relative') continue;
    // "10 mar 2026 - 12:31 CET", "Mar 3, 2026 | 10:12 IST": a separator between date and time hides the time from the parser;
    // "11.15 BST": a clock written with a point.
    const text = `${publishedPart(line.text)} ${CLOCK.test(line.text) ? '' : lone}`.trim().replace(/\s+[-–—|·•]\s+/gu, ' ').replace(/\b(\d{1,2})\.(\d{2})\b(?!\.\d)/gu, '$1:$2');
    if (!text) continue;
    const [result] = parser.parse(text, Number.isNaN(reference?.getTime()) ? undefined : reference);
    if (!result || !result.start.isCertain('day') || !result.start.isCertain('month')) continue;
    const start = result.start;
    const read = `${start.get('year')}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
    // "04-03-2026" is read month first; the page's machine date says which order the site prints.
    const swapped = `${start.get('year')}-${pad(start.get('day')!)}-${pad(start.get('month')!)}`;
    const date = read !== localPart(machine, false) && swapped === localPart(machine, false) && NUMERIC_DATE.test(result.text) ? swapped : read;
    if (start.isCertain('hour')) {
      const local = `${date}T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}`;
      const named = start.isCertain('timezoneOffset') ? offsetOf(start.get('timezoneOffset') ?? 0) : '';
      return `${local}${printedOffset(local, machine) || named}`;
    }
    // The line prints the day only; the page's machine date of that same day gives the time, in the zone it is written in.
    const exact = localPart(machine, true);
    return exact.startsWith(`${date}T`) ? `${exact}${machineOffset(machine)}` : date;
  }
  // No printed first-publication day (none, only the update's, or "3 hours ago"): the machine date, with its time when it has one.
  const exact = localPart(machine, true);
  return exact.includes('T') ? `${exact}${machineOffset(machine)}` : exact;
}
