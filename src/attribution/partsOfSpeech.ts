/**
 * Parts of speech from wink-nlp's English model (wink-eng-lite-web-model, which ships its model
 * in the npm package: offline, no node:*). Used where a word's form cannot say what it is: a
 * cue word that may be a noun ("claims", "report", "warning") and whether the words after a cue
 * hold a verb. Tagging is per sentence and only on demand, so a story pays for the few sentences
 * that need it; the model is read on the first call (about 150 ms once).
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './types';

/** Universal POS tags as wink gives them: "VERB", "AUX", "NOUN", "PROPN", ... */
export interface TaggedWord extends Span {
  pos: string;
}

let nlp: WinkMethods | null = null;

/** wink's tokens of text[span] with their offsets; [] if wink's tokens do not line up with the text (never seen, but offsets must be exact). */
export function tagSpan(text: string, span: Span): TaggedWord[] {
  nlp ??= winkNLP(model, ['pos']);
  const its = nlp.its;
  const tokens = nlp.readDoc(text.slice(span.start, span.end)).tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as string[];
  const words: TaggedWord[] = [];
  let at = span.start;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    if (text.startsWith(values[i], at) === false) return [];
    words.push({ start: at, end: at + values[i].length, pos: tags[i] });
    at += values[i].length;
  }
  return words;
}
