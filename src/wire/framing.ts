/**
 * What IPTC 7901 and ANPA-1312 share: the control bytes, the sequence field, the transmission
 * time and single-byte encoding. See ../shared/standards/README.md, "framing".
 */
import type { Story } from '../story/story';
import { photosNotCarried } from './photos';
import type { ExportOptions, Loss } from './types';

export const SOH = '\x01';
export const STX = '\x02';
export const ETX = '\x03';
export const EOT = '\x04';
export const DC1 = '\x11';
export const DC3 = '\x13';
export const SYN = '\x16';
export const CRLF = '\r\n';

/** Message numbers are four digits on both wires; the counter wraps at 10000 as transmitters' do. */
export function sequenceField(sequence = 1): string {
  if (!Number.isInteger(sequence) || sequence < 0) throw new RangeError(`sequence must be a whole number >= 0, got ${sequence}`);
  return String(sequence % 10_000).padStart(4, '0');
}

/** The moment written into the message: the send time, else the last edit, so the bytes are reproducible. */
export function transmissionTime(story: Pick<Story, 'updatedAt'>, options: ExportOptions): Date {
  return parseInstant(options.sentAt ?? story.updatedAt);
}

/** An ISO date or date-time as an instant; a date alone is midnight UTC. Throws on anything else. */
export function parseInstant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO date or date-time: ${iso}`);
  return date;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** `DDHHMM Mon YY` in UTC, the IPTC 7901 transmission-time field (e.g. `251037 Sep 24`). */
export function dayTimeMonthYear(date: Date): string {
  return `${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())} ${MONTHS[date.getUTCMonth()]} ${two(date.getUTCFullYear() % 100)}`;
}

/** `MM-DD`, the ANPA filing date, in UTC. */
export function monthDay(date: Date): string {
  return `${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/** `HHMM`, in UTC. */
export function hourMinute(date: Date): string {
  return `${two(date.getUTCHours())}${two(date.getUTCMinutes())}`;
}

/**
 * One byte per character. Callers transliterate first; a character above 0xFF here is a bug
 * in the exporter, so it throws rather than writing a wrong byte.
 */
export function singleByteEncode(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) throw new RangeError(`character U+${code.toString(16)} at ${i} does not fit one byte`);
    bytes[i] = code;
  }
  return bytes;
}

/**
 * Greedy word wrap. A word longer than the line (a URL) is split across lines rather than
 * overflowing, because receiving terminals cut at the column anyway.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length <= width) {
      line += ` ${word}`;
      continue;
    }
    if (line) lines.push(line);
    while (word.length > width) {
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** What a text-only wire cannot carry at all: the photos (with captions and credits) and the related links. */
export function textOnlyLosses(story: Pick<Story, 'body' | 'related'>, formatLabel: string): Loss[] {
  const losses: Loss[] = photosNotCarried(story.body, `${formatLabel} carries no pictures, nor their captions and credits`);
  if (story.related.length > 0) {
    losses.push({ code: 'related-not-carried', field: 'related', message: `${story.related.length} related link(s) not carried: ${formatLabel} has no place for them` });
  }
  return losses;
}
