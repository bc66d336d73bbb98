/**
 * Date and date-time lines as agencies and outlets print them, read into ISO 8601.
 * English, Spanish, German and French month names; numeric forms; times with a.m./p.m.,
 * 24-hour clocks and the common zone abbreviations. A time without a known zone keeps only
 * the date: a wrong offset would move the story to another day.
 */

/** Month names and abbreviations, lower case without accents or dots. */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      [1, 'january jan enero ene januar janner janvier janv'],
      [2, 'february feb febrero februar fevrier fevr fev'],
      [3, 'march mar marzo marz maerz mars'],
      [4, 'april apr abril abr avril avr'],
      [5, 'may mayo mai'],
      [6, 'june jun junio juni juin'],
      [7, 'july jul julio juli juillet juil'],
      [8, 'august aug agosto ago aout'],
      [9, 'september sep sept septiembre setiembre set septembre'],
      [10, 'october oct octubre oktober okt octobre'],
      [11, 'november nov noviembre novembre'],
      [12, 'december dec diciembre dic dezember dez decembre'],
    ] as const
  ).flatMap(([month, names]) => names.split(' ').map((name) => [name, month])),
);

/** Offsets of the zone abbreviations wire copy uses. CST is read as US Central, as US copy means it. */
const ZONES: Readonly<Record<string, string>> = {
  Z: '+00:00', GMT: '+00:00', UTC: '+00:00', BST: '+01:00', WET: '+00:00', WEST: '+01:00',
  CET: '+01:00', CEST: '+02:00', MEZ: '+01:00', MESZ: '+02:00', EET: '+02:00', EEST: '+03:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', JST: '+09:00', AEST: '+10:00', AEDT: '+11:00',
};

const PREFIX = /^(?:first\s+published|last\s+updated|published|updated|posted|date|fecha|actualizado|publicado|datum|stand|aktualisiert|mis\s+à\s+jour|publié\s+le)\b\s*:?\s*(?:on\s+)?/iu;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?|\b(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b,?/giu;
const ZONE = /\b(?:GMT|UTC)\s*([+-]\d{1,2})(?::?(\d{2}))?\b|\b(Z|GMT|UTC|BST|WET|WEST|CET|CEST|MEZ|MESZ|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|JST|AEST|AEDT)\b/u;
const CLOCK_12 = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/iu;
const CLOCK_24 = /\b(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:\s*(?:Uhr|hrs?|h)\b)?/iu;

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

const pad = (n: number): string => String(n).padStart(2, '0');

export interface ParsedDate {
  /** ISO 8601 date, or date-time with offset when the line gives a time and a known zone. */
  iso: string;
  /** What the reader guessed and the user should confirm. */
  warnings: string[];
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '').toLowerCase()];
}

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

interface Day {
  year: number;
  month: number;
  day: number;
  warning?: string;
}

/** The date part alone, once time, zone, weekday and prefix have been taken out. */
function parseDay(text: string): Day | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return { year: +m[1], month: +m[2], day: +m[3] };
  // "November 6, 2026", "Nov. 6th 2026"
  m = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(text);
  if (m && monthNumber(m[1])) return { year: +m[3], month: monthNumber(m[1])!, day: +m[2] };
  // "6 November 2026", "6 de noviembre de 2026", "6. November 2026", "06 nov 2026"
  m = /^(\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})$/u.exec(text);
  if (m && monthNumber(m[2])) return { year: +m[3], month: monthNumber(m[2])!, day: +m[1] };
  // "06.11.2026": German and most of Europe, always day first.
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m) return { year: +m[3], month: +m[2], day: +m[1] };
  // "11/06/2026": the order is only certain when one number is over 12.
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) {
    const [a, b, year] = [+m[1], +m[2], +m[3]];
    if (a > 12) return { year, month: b, day: a };
    if (b > 12) return { year, month: a, day: b };
    return { year, month: b, day: a, warning: `"${text}" could be day/month or month/day: read as day/month` };
  }
  return null;
}

function parseClock(text: string): { rest: string; hour: number; minute: number; second: number } | null {
  const twelve = CLOCK_12.exec(text);
  if (twelve) {
    const hour = (+twelve[1] % 12) + (twelve[3].toLowerCase() === 'p' ? 12 : 0);
    return { rest: text.replace(twelve[0], ' '), hour, minute: +(twelve[2] ?? 0), second: 0 };
  }
  const clock = CLOCK_24.exec(text);
  if (clock && +clock[1] < 24 && +clock[2] < 60) {
    return { rest: text.replace(clock[0], ' '), hour: +clock[1], minute: +clock[2], second: +(clock[3] ?? 0) };
  }
  return null;
}

function parseZone(text: string): { rest: string; offset: string } | null {
  const zone = ZONE.exec(text);
  if (!zone) return null;
  const offset = zone[3] ? ZONES[zone[3]] : `${zone[1][0]}${pad(Math.abs(+zone[1]))}:${zone[2] ?? '00'}`;
  return { rest: text.replace(zone[0], ' '), offset };
}

/**
 * A whole line read as a date or date-time ("Nov. 6, 2026 10:37 a.m. EST",
 * "Published: 06 Nov 2026 14:30 GMT", "6 de noviembre de 2026"), or null if it is not one.
 */
export function parseDateLine(line: string): ParsedDate | null {
  let text = line.trim().replace(PREFIX, '');
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) {
    const offset = iso[5] === 'Z' ? '+00:00' : iso[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    return validDay(+iso[1].slice(0, 4), +iso[1].slice(5, 7), +iso[1].slice(8)) ? { iso: `${iso[1]}T${iso[2]}:${iso[3]}:${iso[4] ?? '00'}${offset}`, warnings: [] } : null;
  }
  text = text.replace(WEEKDAY, ' ');
  if (text.length > 80) return null;
  const clock = parseClock(text);
  if (clock) text = clock.rest;
  const zone = clock ? parseZone(text) : null;
  if (zone) text = zone.rest;
  text = text
    .replace(/(?:^|\s)(?:at|a\s+las|um|à|[-–—|])(?=\s|$)/giu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,|]+|[\s,|]+$/g, '');
  const day = parseDay(text);
  if (!day || !validDay(day.year, day.month, day.day)) return null;

  const warnings = day.warning ? [day.warning] : [];
  const date = `${day.year}-${pad(day.month)}-${pad(day.day)}`;
  if (!clock) return { iso: date, warnings };
  if (!zone) {
    warnings.push(`"${line.trim()}" gives a time without a time zone: kept the date only`);
    return { iso: date, warnings };
  }
  return { iso: `${date}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${zone.offset}`, warnings };
}
