import anyAscii from 'any-ascii';
import type { Loss } from './types';

/** Which characters a wire character set can carry. Control characters never fit: they would break the framing. */
export type CharacterSet = 'ascii' | 'latin1';

const FITS: Record<CharacterSet, (char: string) => boolean> = {
  // ANPA-1312 text is 7-bit ASCII: printable 0x20-0x7E only.
  ascii: (char) => /^[\x20-\x7e]$/.test(char),
  // ISO 8859-1: printable ASCII plus 0xA0-0xFF (C1 controls 0x80-0x9F excluded).
  latin1: (char) => /^[\x20-\x7e\xa0-\xff]$/.test(char),
};

/** What NFKD cannot reduce to ASCII: the desk's usual spellings. Every value is printable ASCII. */
const TABLE: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2039': "'", '\u203a': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2212': '-',
  '\u2014': '--', '\u2015': '--',
  '\u2026': '...',
  '\u2022': '*', '\u00b7': '*',
  '\u2044': '/',
  '\t': ' ',
  '\u00df': 'ss', '\u1e9e': 'SS',
  '\u00e6': 'ae', '\u00c6': 'AE', '\u0153': 'oe', '\u0152': 'OE',
  '\u00f8': 'o', '\u00d8': 'O', '\u0111': 'd', '\u0110': 'D', '\u0142': 'l', '\u0141': 'L',
  '\u00fe': 'th', '\u00de': 'Th', '\u00f0': 'd', '\u00d0': 'D', '\u0131': 'i',
  '\u00bf': '?', '\u00a1': '!', '\u00d7': 'x', '\u00f7': '/',
  '\u20ac': 'EUR', '\u00a3': 'GBP', '\u00a5': 'JPY', '\u00a2': 'c',
  '\u00a9': '(c)', '\u00ae': '(R)', '\u00b0': ' deg', '\u00a7': 'Sec.', '\u00b6': 'Par.',
};

/** Marks NFKD splits off letters (é -> e + U+0301). */
const COMBINING_MARKS = /\p{M}/gu;

/** A stand-in for a character the set cannot carry in any form. */
export const REPLACEMENT = '?';

/** One change, counted over the text: `é → e, 3 places`, or a whole word: `Путин → Putin, 2 places`. */
export interface CharacterChange {
  from: string;
  to: string;
  count: number;
  /** True when the set has no spelling for it and it was written as `?`. */
  unrepresentable: boolean;
}

export interface Transliteration {
  text: string;
  /** In order of first occurrence, so messages are deterministic. */
  changes: CharacterChange[];
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A word: letters with their marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A letter of a script other than Latin (Cyrillic, Greek, Arabic, Hebrew, CJK…). */
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** The cluster spelled in the set, or null when it has no spelling there. */
function replacementFor(cluster: string, fits: (char: string) => boolean): string | null {
  const listed = TABLE[cluster];
  if (listed !== undefined) return listed;
  // Keep what survives of the cluster: "é" -> "e", "ﬁ" -> "fi", "½" -> "1/2".
  const parts = [...cluster.normalize('NFKD').replace(COMBINING_MARKS, '')].map((char) => (fits(char) ? char : TABLE[char]));
  if (parts.length === 0 || parts.some((part) => part === undefined)) return null;
  return parts.join('');
}

/** Han, kana and Hangul: any-ascii capitalises each syllable ("BeiJing"); a name is written as one word ("Beijing"). */
const SYLLABIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function romanise(word: string): string {
  const romanised = anyAscii(word);
  return SYLLABIC.test(word) ? romanised.charAt(0) + romanised.slice(1).toLowerCase() : romanised;
}

/**
 * Rewrites `text` so every character fits `charset`. A word in another script is spelled in
 * Latin letters whole, as desks do ("Путин" -> "Putin", by any-ascii's romanisation tables);
 * everything else one grapheme cluster at a time (an emoji with skin tone is one `?`, not
 * three). Nothing is dropped unreported: every change is counted.
 */
export function transliterate(text: string, charset: CharacterSet): Transliteration {
  const fits = FITS[charset];
  const counts = new Map<string, CharacterChange>();
  const count = (from: string, to: string, unrepresentable: boolean) => {
    const change = counts.get(from);
    if (change) change.count++;
    else counts.set(from, { from, to, count: 1, unrepresentable });
  };
  const spellClusters = (part: string): string => {
    let out = '';
    for (const { segment } of graphemes.segment(part)) {
      if ([...segment].every(fits)) {
        out += segment;
        continue;
      }
      const spelled = replacementFor(segment, fits);
      out += spelled ?? REPLACEMENT;
      count(segment, spelled ?? REPLACEMENT, spelled === null);
    }
    return out;
  };
  const source = text.normalize('NFC');
  let out = '';
  let at = 0;
  for (const match of source.matchAll(WORD)) {
    const word = match[0];
    if (!NON_LATIN.test(word)) continue;
    const romanised = romanise(word);
    if (!/[A-Za-z0-9]/.test(romanised) || ![...romanised].every(fits)) continue;
    out += spellClusters(source.slice(at, match.index));
    out += romanised;
    count(word, romanised, false);
    at = match.index + word.length;
  }
  return { text: out + spellClusters(source.slice(at)), changes: [...counts.values()] };
}

/** Merges change lists, keeping first-occurrence order. */
export function mergeChanges(lists: readonly CharacterChange[][]): CharacterChange[] {
  const merged = new Map<string, CharacterChange>();
  for (const change of lists.flat()) {
    const seen = merged.get(change.from);
    if (seen) seen.count += change.count;
    else merged.set(change.from, { ...change });
  }
  return [...merged.values()];
}

/** Control and invisible characters are shown by code point, others as themselves. */
function visible(char: string): string {
  return /^[\p{L}\p{N}\p{P}\p{S}]/u.test(char) ? char : [...char].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

function places(count: number): string {
  return count === 1 ? '1 place' : `${count} places`;
}

/** "Путин → Putin, 2 places", one phrase per change, joined by "; ". */
export function describeChanges(changes: readonly CharacterChange[]): string {
  return changes.map((change) => `${visible(change.from)} → ${visible(change.to)}, ${places(change.count)}`).join('; ');
}

/**
 * The desk's view of a transliteration: one `transliterated` loss for the changes that keep
 * the meaning, one `unrepresentable` loss for characters written as `?`.
 */
export function transliterationLosses(field: string, changes: readonly CharacterChange[], charsetLabel: string): Loss[] {
  const replaced = changes.filter((change) => change.unrepresentable);
  const rewritten = changes.filter((change) => !change.unrepresentable);
  const losses: Loss[] = [];
  if (rewritten.length > 0) {
    losses.push({ code: 'transliterated', field, message: `${charsetLabel}: ${describeChanges(rewritten)}` });
  }
  if (replaced.length > 0) {
    const list = replaced.map((change) => `${visible(change.from)} (${places(change.count)})`).join(', ');
    losses.push({ code: 'unrepresentable', field, message: `${charsetLabel} cannot carry ${list}: written as ${REPLACEMENT}` });
  }
  return losses;
}

/** Spells many fields into one character set and remembers what changed in each, for the loss report. */
export interface FieldSpeller {
  /** `text` spelled in the set; its changes are recorded under `field`. */
  spell(field: string, text: string): string;
  /** One or two losses per field that changed, fields in first-use order. */
  losses(): Loss[];
}

export function createFieldSpeller(charset: CharacterSet, charsetLabel: string): FieldSpeller {
  const byField = new Map<string, CharacterChange[][]>();
  return {
    spell(field, text) {
      const result = transliterate(text, charset);
      const lists = byField.get(field) ?? [];
      lists.push(result.changes);
      byField.set(field, lists);
      return result.text;
    },
    losses() {
      return [...byField].flatMap(([field, lists]) => transliterationLosses(field, mergeChanges(lists), charsetLabel));
    },
  };
}
