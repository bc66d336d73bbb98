/** A half-open range of JavaScript string indices (UTF-16 code units) into the checked text. */
export interface Span {
  start: number;
  end: number;
}

export type FindingKind = 'direct' | 'mixed' | 'indirect' | 'according-to' | 'unattributed';

/** One attribution relation: who said what, where. */
export interface Finding {
  kind: FindingKind;
  /** The quoted or reported words; for a quote split around its cue, from the first mark to the last. */
  content: Span;
  /** The cue word(s): said / told / according to / ":"; null when a quote continues an earlier speaker. */
  cue: Span | null;
  /** The speaker as written ("he", "the Kremlin"); null when none is written. */
  source: (Span & { text: string }) | null;
  /** The resolved name ("Zelensky" for a later "he"); null when nobody can be named. */
  speaker: string | null;
  /** True for "a source said", "officials said", "reportedly" and the like. */
  anonymous: boolean;
  /** 0..1: how sure the rules are; patterns with a written source and cue score highest. */
  confidence: number;
}
