/**
 * ANPA-1312 plain-text wire message: framing per ../shared/standards/README.md (no schema
 * exists). The text is 7-bit ASCII, so everything else is transliterated and reported.
 *
 * Choices the standard leaves to the sender, made here:
 * - version is `v` + the story's version; reference is `NEW`, `CORR` when correcting a send, `KILL` for a kill;
 * - the dateline is AP style with `--` for the dash (`KYIV, Nov. 6 (AFP) --`);
 * - after the body: the credit line as the source, then the agency as sign-off;
 * - the time stamp after ETX is `MM-DD-YY HHMMGMT`, the AP wire's form.
 */
import { countWords } from '../story/counts';
import { formatDateline } from '../story/dateline';
import type { Story } from '../story/story';
import { CRLF, DC1, DC3, EOT, ETX, SOH, STX, SYN, hourMinute, monthDay, sequenceField, singleByteEncode, textOnlyLosses, transmissionTime } from './framing';
import { killLine, plainBlocks } from './text';
import { createFieldSpeller, type FieldSpeller } from './transliterate';
import type { ExportOptions, ExportResult, Loss } from './types';
import { fileTypeOf } from './formats';

export const MAX_KEYWORD = 24;
export const MAX_HEADLINE = 64;
const MAX_WORD_COUNT = 9999;
const PARAGRAPH_INDENT = '   ';

/** IPTC urgency 1-9 onto ANPA priority: f flash, b bulletin, u urgent, r routine (most to least urgent). */
export function priorityLetter(urgency: number): 'f' | 'b' | 'u' | 'r' {
  if (urgency <= 1) return 'f';
  if (urgency === 2) return 'b';
  if (urgency === 3) return 'u';
  return 'r';
}

function checkLetter(name: string, value: string): string {
  if (!/^[A-Za-z]$/.test(value)) throw new RangeError(`ANPA-1312 ${name} must be one letter, got "${value}"`);
  return value;
}

/** Cuts at the last space that keeps at least half the text, else at the limit. */
function cutAtWord(text: string, max: number): string {
  const space = text.lastIndexOf(' ', max);
  return (space >= max / 2 ? text.slice(0, space) : text.slice(0, max)).trimEnd();
}

/** The slug as the keyword field: no spaces (they separate fields), at most 24 characters. */
function keywordField(story: Story, speller: FieldSpeller, losses: Loss[]): string {
  const slug = speller.spell('slug', story.slug.trim()).replace(/\s+/g, '-');
  if (!slug) {
    losses.push({ code: 'slug-missing', field: 'slug', message: 'No slug: the keyword field is sent as UNSLUGGED' });
    return 'UNSLUGGED';
  }
  if (slug.length <= MAX_KEYWORD) return slug;
  const cut = slug.slice(0, MAX_KEYWORD);
  losses.push({ code: 'truncated', field: 'slug', message: `Slug cut at ${MAX_KEYWORD} characters: "${cut}"` });
  return cut;
}

function headlineLine(story: Story, speller: FieldSpeller, losses: Loss[]): string {
  const headline = speller.spell('headline', story.headline.replace(/\s+/g, ' ').trim());
  if (headline.length <= MAX_HEADLINE) return headline;
  const cut = cutAtWord(headline, MAX_HEADLINE);
  losses.push({ code: 'truncated', field: 'headline', message: `Headline cut at ${MAX_HEADLINE} characters: "${cut}"` });
  return cut;
}

/** Body paragraphs, each opening with the 3-space indent that marks a new ANPA paragraph. */
function paragraphLines(story: Story, options: ExportOptions, speller: FieldSpeller): { lines: string[]; words: number } {
  const spellLines = (field: string, text: string): string => text.split('\n').map((line) => speller.spell(field, line)).join('\n');
  const paragraphs: string[] = [];
  if (options.kill) paragraphs.push(killLine(options.kill.note, (note) => spellLines('kill', note)));
  if (story.embargo) paragraphs.push(`EMBARGOED until ${story.embargo}`);
  if (options.correction) paragraphs.push(`CORRECTION: ${spellLines('correction', options.correction.note)}`);
  const storyParagraphs = [
    ...(story.standfirst.trim() ? [spellLines('standfirst', story.standfirst.trim())] : []),
    ...plainBlocks(story.body).flatMap((block) => (block.kind === 'text' ? [spellLines('body', block.text)] : [])),
  ];
  // formatDateline ends with an em dash; ANPA writes it `--` (AP's ASCII spelling), not a reported change.
  const dateline = speller.spell('dateline', formatDateline(story.dateline).replace(/—$/, '--'));
  if (dateline) storyParagraphs[0] = storyParagraphs.length > 0 ? `${dateline} ${storyParagraphs[0]}` : dateline;
  paragraphs.push(...storyParagraphs);
  return {
    lines: paragraphs.flatMap((paragraph) => paragraph.split('\n').map((line, i) => (i === 0 ? `${PARAGRAPH_INDENT}${line}` : line))),
    words: countWords(storyParagraphs.join('\n')),
  };
}

function wordCountField(words: number, losses: Loss[]): string {
  if (words <= MAX_WORD_COUNT) return String(words).padStart(4, '0');
  losses.push({ code: 'word-count-capped', field: 'body', message: `${words} words: the 4-digit word count field says ${MAX_WORD_COUNT}` });
  return String(MAX_WORD_COUNT);
}

/** The story as one ANPA-1312 message, 7-bit ASCII bytes with CRLF line ends. The ednote is never written. */
export function exportToAnpa(story: Story, options: ExportOptions = {}): ExportResult {
  const serviceLevel = checkLetter('service level', options.service ?? 'a');
  const category = checkLetter('category', options.category ?? 'a');
  const sentAt = transmissionTime(story, options);
  const speller = createFieldSpeller('ascii', 'ASCII');
  const structural: Loss[] = [];

  const keyword = keywordField(story, speller, structural);
  const headline = headlineLine(story, speller, structural);
  const byline = speller.spell('byline', story.byline.replace(/\s+/g, ' ').trim());
  const { lines: body, words } = paragraphLines(story, options, speller);
  const source = speller.spell('credit', story.credit.line.replace(/\s+/g, ' ').trim());
  const signOff = speller.spell('credit', (story.credit.source || story.dateline.source).replace(/\s+/g, ' ').trim());
  const reference = options.kill ? 'KILL' : options.correction ? 'CORR' : 'NEW';

  const text = [
    `${SYN}${SYN}${SOH}${serviceLevel}${sequenceField(options.sequence)}${CRLF}`,
    `${priorityLetter(story.urgency)} ${category}${DC3}${DC1} ${keyword} v${story.version} ${reference} ${monthDay(sentAt)} ${wordCountField(words, structural)}${CRLF}`,
    STX,
    [headline, byline, ...body, source, signOff].filter(Boolean).map((line) => `${line}${CRLF}`).join(''),
    `${ETX}${monthDay(sentAt)}-${String(sentAt.getUTCFullYear() % 100).padStart(2, '0')} ${hourMinute(sentAt)}GMT${EOT}`,
  ].join('');
  return {
    format: 'anpa',
    text,
    bytes: singleByteEncode(text),
    ...fileTypeOf('anpa'),
    losses: [...speller.losses(), ...structural, ...textOnlyLosses(story, 'ANPA-1312')],
  };
}
