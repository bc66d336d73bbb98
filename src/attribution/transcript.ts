import type { Span } from './types';

/**
 * Interview transcripts: paragraphs that open with a speaker label instead of quotation marks
 * ("((WN)) How did it start?" / "((Ana Ruiz)) In 2015 ..."; "Q: ..." / "A: ..."; "Tom Berg: ..."
 * then "TB: ..."; "PM We ..."). An answer is the speaker's words, a direct quotation with the
 * label as its source; a question is the interviewer's and attributes nothing. Neither is read
 * sentence by sentence: a "told" or "said" inside an answer is the interviewee's own wording.
 *
 * A label counts only where the story reads as a transcript: the same label (or its initials)
 * opens two paragraphs or more, and some label's turns are mostly questions. One-off openers
 * ("Update: ...", "US officials ...") never make a transcript on their own.
 */

export interface TranscriptLabel extends Span {
  text: string;
}

export type TranscriptTurn =
  | { role: 'question' }
  /** The answer's words (over the paragraphs it runs on for), who gave it, and the colon after the label if any. */
  | { role: 'answer'; content: Span; label: TranscriptLabel; colon: Span | null; initials: string }
  /** A paragraph carrying on the answer before it. */
  | { role: 'continuation' };

type LabelForm = 'bracketed' | 'colon' | 'initials' | 'name';

interface LabelCandidate {
  form: LabelForm;
  label: TranscriptLabel;
  colon: Span | null;
  /** Where the turn's words start. */
  speech: number;
  /** Upper-case initials of the label: "Ana Ruiz" and "AR" are one speaker. */
  initials: string;
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}'’.-]*`;
/** "((WN))", "((Ana Ruiz))": the convention of wiki interview pages. */
const BRACKETED = /^\(\(\s*([^()\n]{1,40}?)\s*\)\)\s*/u;
/** "Q:", "Ana Ruiz:", "Dr. Ana Ruiz:": at most four capitalised words and a colon. */
const COLON = new RegExp(String.raw`^(${CAPITALISED}(?:\s+${CAPITALISED}){0,3})\s*(:)\s+`, 'u');
/** "AR We started ...": two to four capitals, then a word or quotation that starts a sentence. */
const INITIALS = /^(\p{Lu}{2,4})\s+(?=[\p{Lu}\p{N}"“‘'])/u;
/** "Ana Ruiz We started ...": a full name with no colon, taken only when its initials label other turns. */
const NAME = new RegExp(String.raw`^(${CAPITALISED}(?:\s+${CAPITALISED}){1,2})\s+(?=\p{Lu})`, 'u');

function initialsOf(label: string): string {
  if (/^\p{Lu}{1,4}$/u.test(label)) return label;
  return label
    .split(/\s+/u)
    .filter((word) => !/^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/u.test(word))
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}

function readLabel(text: string, paragraph: Span): LabelCandidate | null {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 80));
  const make = (form: LabelForm, match: RegExpExecArray, colonGroup: boolean): LabelCandidate => {
    const name = match[1];
    const start = paragraph.start + match[0].indexOf(name);
    const colonAt = colonGroup ? paragraph.start + match[0].lastIndexOf(':') : -1;
    return {
      form,
      label: { start, end: start + name.length, text: name },
      colon: colonAt >= 0 ? { start: colonAt, end: colonAt + 1 } : null,
      speech: paragraph.start + match[0].length,
      initials: initialsOf(name),
    };
  };
  let match = BRACKETED.exec(head);
  if (match) return make('bracketed', match, false);
  match = COLON.exec(head);
  if (match) return make('colon', match, true);
  match = INITIALS.exec(head);
  if (match) return make('initials', match, false);
  match = NAME.exec(head);
  return match ? make('name', match, false) : null;
}

function isQuestion(text: string, paragraph: Span): boolean {
  return text.slice(paragraph.start, paragraph.end).trimEnd().endsWith('?');
}

/** Opens like a pull quote or its credit line, which a transcript keeps between turns. */
function isAside(text: string, paragraph: Span): boolean {
  return /^["“”„«—–-]/u.test(text[paragraph.start]);
}

/** The transcript turns of a story, by paragraph index; empty when the story is not a transcript. */
export function findTranscriptTurns(text: string, paragraphs: readonly Span[]): Map<number, TranscriptTurn> {
  const turns = new Map<number, TranscriptTurn>();
  const candidates = paragraphs.map((paragraph) => readLabel(text, paragraph));
  // A bare name opening a paragraph is usually the sentence's subject: it counts only beside a real label with its initials.
  const opens = new Map<string, number>();
  const labelled = new Set<string>();
  for (const c of candidates) {
    if (!c) continue;
    opens.set(c.initials, (opens.get(c.initials) ?? 0) + 1);
    if (c.form !== 'name') labelled.add(c.initials);
  }
  const recurring = (c: LabelCandidate) => labelled.has(c.initials) && (opens.get(c.initials) ?? 0) >= 2;
  const anyRecurring = candidates.some((c) => c !== null && c.form !== 'name' && recurring(c));
  if (!anyRecurring) return turns;
  // A bracketed label is a transcript convention of its own once other labels recur ("((Wikinews))" once, "((WN))" after).
  const accepted = candidates.map((c) => (c && (recurring(c) || (c.form === 'bracketed' && anyRecurring)) ? c : null));

  // Interviewers are the labels whose turns are mostly questions.
  const questions = new Map<string, { asked: number; turns: number }>();
  accepted.forEach((c, p) => {
    if (!c) return;
    const tally = questions.get(c.initials) ?? { asked: 0, turns: 0 };
    tally.turns++;
    if (isQuestion(text, paragraphs[p])) tally.asked++;
    questions.set(c.initials, tally);
  });
  const asks = (initials: string) => {
    const tally = questions.get(initials);
    return tally !== undefined && tally.asked * 2 >= tally.turns;
  };
  const interviewers = [...questions.keys()].filter(asks);
  if (interviewers.length === 0 || interviewers.length === questions.size) return turns;

  const lastTurn = accepted.findLastIndex((c) => c !== null);
  for (let p = 0; p < paragraphs.length; p++) {
    const c = accepted[p];
    if (!c) continue;
    if (asks(c.initials)) {
      turns.set(p, { role: 'question' });
      continue;
    }
    // An answer runs on over unlabelled paragraphs until the next turn; past the last turn the story resumes.
    let end = p;
    while (end + 1 < lastTurn && !accepted[end + 1] && !isAside(text, paragraphs[end + 1]) && !isQuestion(text, paragraphs[end + 1])) {
      end++;
      turns.set(end, { role: 'continuation' });
    }
    const content = { start: c.speech, end: paragraphs[end].end };
    if (content.end > content.start) turns.set(p, { role: 'answer', content, label: c.label, colon: c.colon, initials: c.initials });
  }
  return turns;
}
