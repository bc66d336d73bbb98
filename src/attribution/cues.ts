import {
  ACCORDING_TO,
  CUE_VERBS,
  HEDGE_ADVERBS,
  IMPERSONAL_PASSIVE,
  NOMINAL_REPORT,
  PARTICIPLE_CUES,
  PASSIVE_REPORTING,
  THERE_ARE_CLAIMS,
} from './lexicon';
import type { Token } from './tokens';
import type { Span } from './types';


/**
 * verb: a reporting verb ("said", "afirmó"); according: "according to", "según";
 * hedge: "reportedly"; passive: "are said to be"; impersonal: "It is thought";
 * claim: "There are concerns" (these three have no source by construction);
 * nominal: "Berg's claim that", the noun, whose possessor is the source.
 */
export type CueKind = 'verb' | 'according' | 'hedge' | 'passive' | 'impersonal' | 'claim' | 'nominal';

export interface Cue extends Span {
  kind: CueKind;
  /** For verb and nominal cues: index of the verb or noun in the sentence's token list. */
  tokenIndex: number;
  lower: string;
}

/**
 * Multi-word cues of the whole text ("according to", "is said to be", "It is thought that"),
 * in order. One pass per pattern over the text keeps the checker linear; findCues then takes
 * each sentence's share.
 */
export function findPhraseCues(text: string): Cue[] {
  const phrases: Cue[] = [];
  const addMatches = (pattern: RegExp, kind: CueKind, trimThat: boolean): void => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const length = trimThat ? m[0].replace(/\s+that$/u, '').length : m[0].trimEnd().length;
      phrases.push({ kind, start: m.index, end: m.index + length, tokenIndex: -1, lower: m[0].toLowerCase() });
    }
  };
  addMatches(ACCORDING_TO, 'according', false);
  addMatches(PASSIVE_REPORTING, 'passive', false);
  addMatches(IMPERSONAL_PASSIVE, 'impersonal', true);
  addMatches(THERE_ARE_CLAIMS, 'claim', true);
  addMatches(NOMINAL_REPORT, 'nominal', false);
  return phrases.sort((a, b) => a.start - b.start);
}

/**
 * Cues of one sentence, in reading order, ignoring anything inside a quotation (a verb in
 * the quoted words is the speaker's, not the reporter's). Multi-word cues win over the verb
 * they contain: "is said to be" is a passive hedge, not a "said" with a missing subject.
 * `phraseCues` are the sentence's share of findPhraseCues.
 */
export function findCues(tokens: readonly Token[], quoted: readonly Span[], phraseCues: readonly Cue[]): Cue[] {
  const phrases = phraseCues
    .filter((cue) => !insideAny(cue, quoted))
    .map((cue) => (cue.kind === 'nominal' ? { ...cue, tokenIndex: tokens.findIndex((t) => t.start === cue.start) } : cue))
    .filter((cue) => cue.kind !== 'nominal' || cue.tokenIndex > 0);
  const cues: Cue[] = [...phrases];
  tokens.forEach((token, index) => {
    if (!token.isWord || insideAny(token, quoted) || phrases.some((p) => overlaps(p, token))) return;
    if (HEDGE_ADVERBS.has(token.lower)) cues.push({ kind: 'hedge', start: token.start, end: token.end, tokenIndex: index, lower: token.lower });
    // A capitalised cue word is a name ("Tell City") or opens an adverbial ("Asked about X, she ..."), never the cue;
    // except a participle opening the sentence: "Calling the plan "reckless", the mayor ...".
    else if (CUE_VERBS.has(token.lower) && (!token.capitalized || (index === 0 && PARTICIPLE_CUES.has(token.lower))))
      cues.push({ kind: 'verb', start: token.start, end: token.end, tokenIndex: index, lower: token.lower });
  });
  return cues.sort((a, b) => a.start - b.start);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function insideAny(span: Span, containers: readonly Span[]): boolean {
  return containers.some((c) => span.start >= c.start && span.end <= c.end);
}
