/**
 * IPTC 7901 plain-text wire message. There is no schema: the framing follows
 * ../shared/standards/README.md and the real dpa message next to it (iptc7901/eil.iptc).
 *
 * Character set: ISO 8859-1, one byte per character. 7901 predates Unicode and receivers of
 * 7901 feeds decode it as Latin-1 (some agencies, dpa among them, now send UTF-8 over the same
 * framing; a receiver that expects Latin-1 would show that as mojibake, so Latin-1 is the safe
 * choice). What Latin-1 lacks (curly quotes, dashes, €, CJK...) is transliterated and every
 * change is reported as a loss.
 */
import { countWords } from '../story/counts';
import type { Story } from '../story/story';
import { CRLF, EOT, ETX, SOH, STX, dayTimeMonthYear, parseInstant, sequenceField, singleByteEncode, textOnlyLosses, transmissionTime, wrapText } from './framing';
import { killLine, plainBlocks } from './text';
import { createFieldSpeller, type FieldSpeller } from './transliterate';
import type { ExportOptions, ExportResult, Loss } from './types';
import { fileTypeOf } from './formats';

/** Text lines and keyword lines are at most 69 characters (7901 heritage: the teleprinter line). */
export const LINE_WIDTH = 69;

/** IPTC urgency 1-9 onto 7901's priority digits 1 (flash) to 6 (lowest). */
export function priorityDigit(urgency: number): number {
  if (urgency <= 3) return Math.max(1, urgency);
  if (urgency <= 5) return 4;
  if (urgency <= 7) return 5;
  return 6;
}

const LETTERS = /^[A-Za-z]{1,3}$/;

function checkCode(name: string, value: string): string {
  if (!LETTERS.test(value)) throw new RangeError(`IPTC 7901 ${name} must be 1-3 letters, got "${value}"`);
  return value;
}

/** `Berlin (dpa) - `: the dpa-style dateline that opens the first paragraph. */
function datelinePrefix(story: Story): string {
  const place = story.dateline.place.trim();
  if (!place) return '';
  const source = story.dateline.source.trim();
  return source ? `${place} (${source}) - ` : `${place} - `;
}

/** Slug and keywords joined by `/`, each line at most 69 characters with a trailing `/`. */
function keywordLines(story: Story, speller: FieldSpeller, losses: Loss[]): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of [story.slug, ...story.keywords]) {
    let word = speller.spell('keywords', raw.trim());
    if (!word || seen.has(word.toLowerCase())) continue;
    seen.add(word.toLowerCase());
    if (word.includes('/')) {
      losses.push({ code: 'keyword-changed', field: 'keywords', message: `"${word}": "/" separates keywords, written as "-"` });
      word = word.replaceAll('/', '-');
    }
    if (word.length > LINE_WIDTH - 1) {
      // Room for the trailing '/'.
      losses.push({ code: 'truncated', field: 'keywords', message: `"${word}" cut to ${LINE_WIDTH - 1} characters` });
      word = word.slice(0, LINE_WIDTH - 1);
    }
    words.push(`${word}/`);
  }
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length > LINE_WIDTH) {
      lines.push(line);
      line = '';
    }
    line += word;
  }
  // An empty keyword line keeps the message's shape when a story has neither slug nor keywords.
  lines.push(line);
  return lines;
}

/** A paragraph wrapped at 69 columns; a hard line break in the story starts a new line. */
function wrapParagraph(text: string): string[] {
  return text.split('\n').flatMap((line) => wrapText(line, LINE_WIDTH));
}

/** The lines between STX and ETX: headline ending ` =`, notices, byline, paragraphs, closing credit. */
function textLines(story: Story, options: ExportOptions, speller: FieldSpeller): { lines: string[]; words: number } {
  const headline = wrapText(speller.spell('headline', story.headline.replace(/\s+/g, ' ')), LINE_WIDTH - 2);
  const blocks: string[][] = [[...headline.slice(0, -1), `${headline.at(-1) ?? ''} =`]];
  if (options.kill) blocks.push(wrapParagraph(killLine(options.kill.note, (note) => speller.spell('kill', note))));
  if (story.embargo) blocks.push([`EMBARGOED until ${dayTimeMonthYear(parseInstant(story.embargo))} UTC`]);
  if (options.correction) blocks.push(wrapParagraph(`CORRECTION: ${speller.spell('correction', options.correction.note)}`));
  if (story.byline.trim()) blocks.push(wrapParagraph(speller.spell('byline', story.byline.trim())));

  // The standfirst is the first paragraph (standards README mapping), so it carries the dateline.
  const paragraphs = [
    ...(story.standfirst.trim() ? [speller.spell('standfirst', story.standfirst.trim())] : []),
    ...plainBlocks(story.body).flatMap((block) => (block.kind === 'text' ? [block.text.split('\n').map((line) => speller.spell('body', line)).join('\n')] : [])),
  ];
  const dateline = speller.spell('dateline', datelinePrefix(story));
  if (dateline) paragraphs[0] = paragraphs.length > 0 ? `${dateline}${paragraphs[0]}` : dateline.trimEnd();
  const words = countWords(paragraphs.join('\n'));
  for (const paragraph of paragraphs) blocks.push(wrapParagraph(paragraph));

  const closing = speller.spell('credit', story.credit.line.trim() || story.credit.source.trim());
  if (closing) blocks.push(wrapParagraph(closing));
  return { lines: blocks.flatMap((block, i) => (i === 0 ? block : ['', ...block])), words };
}

/** The story as one IPTC 7901 message, ISO 8859-1 bytes with CRLF line ends. The ednote is never written. */
export function exportToIptc7901(story: Story, options: ExportOptions = {}): ExportResult {
  const sequence = sequenceField(options.sequence);
  const service = checkCode('service', options.service ?? 'gly');
  const category = checkCode('category', options.category ?? 'a');
  const speller = createFieldSpeller('latin1', 'ISO 8859-1');
  const structural: Loss[] = [];

  const keywords = keywordLines(story, speller, structural);
  const { lines, words } = textLines(story, options, speller);
  const agency = speller.spell('credit', (story.credit.source || story.dateline.source).trim().replace(/\s+/g, '-'));
  const heading = [
    `${service}${sequence} ${priorityDigit(story.urgency)} ${category} ${words}`,
    agency ? `  ${agency} ${sequence}` : '',
    story.embargo ? `  EMBARGO ${dayTimeMonthYear(parseInstant(story.embargo))}` : '',
  ].join('');

  const text = [
    `${SOH}${heading}${CRLF}`,
    keywords.map((line) => `${line}${CRLF}`).join(''),
    `${STX}${lines.map((line) => `${line}${CRLF}`).join('')}`,
    `${ETX}${dayTimeMonthYear(transmissionTime(story, options))}${CRLF}`,
    EOT,
  ].join('');
  return {
    format: 'iptc7901',
    text,
    bytes: singleByteEncode(text),
    ...fileTypeOf('iptc7901'),
    losses: [...speller.losses(), ...structural, ...textOnlyLosses(story, 'IPTC 7901')],
  };
}
