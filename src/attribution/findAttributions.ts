import { findCues, findPhraseCues, type Cue } from './cues';
import { ACCUSATION_VERBS, BELIEF_VERBS, CLAIM_VERBS, CLAUSE_WORDS, HEARER_VERBS, isPastTenseCue, NAMING_VERBS, NOMINAL_OBJECT_VERBS, CUE_PARTICLES, PARTICIPLE_CUES, POINTING_DETERMINERS, POINTING_NOUNS, QUOTE_ONLY_VERBS, QUOTING_VERBS, SAY_VERBS, SPANISH_CUE_VERBS, TAKEN_LIFE_NOUNS, TITLE_NOUNS, WORDING_VERBS } from './lexicon';
import { tagSpan, type TaggedWord } from './partsOfSpeech';
import { isNonSpeechQuote, isSpeechLike } from './nonSpeech';
import { findQuotations, type Quotation } from './quotes';
import { splitParagraphs, splitSentences, withoutDateline } from './sentences';
import { accordingSource, leadingSubject, mayBeVerb, phraseAfter, phraseBefore, possessorBefore, type TokenRange } from './sourcePhrases';
import { SpeakerRegister, type SpeakerDescription } from './speakers';
import { tokenize, type Token } from './tokens';
import { findTranscriptTurns, type TranscriptTurn } from './transcript';
import type { Finding, FindingKind, Span } from './types';

/** Words that, just before a cue word, make it a noun: "the report", "his claims", "new findings". */
const NOUN_MAKERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'that', 'new', 'latest', 'such', 'of', 'in', 'for', 'among', 'amongst', 'about', 'from', 'over', 'without', 'into', 'upon', 'el', 'la', 'un', 'una']);
/** "declined to comment", "refused to say": an infinitive cue reports nothing. */
const INFINITIVE_MARKERS = new Set(['to']);
const THAT = new Set(['that', 'que']);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);
const AND = new Set(['and', 'y']);
const BUT = new Set(['but', 'pero']);

/**
 * Whether token `i` joins a second cue sharing the subject: "stated X and warned Y", "said X, but said Y".
 * "but" only after a comma: without one it joins two predicates of one report ("described it as calm but noted delays").
 */
function joinsSecondCue(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? '';
  return AND.has(word) || (BUT.has(word) && tokens[i - 1]?.text === ',');
}
/** Time and place phrases that may follow a sentence-final cue: "..., she said on Monday." */
const TRAILING_ADVERBIAL = new Set([
  ...'on in at late early earlier later last this yesterday today tonight recently afterwards during el en este a'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles jueves viernes sábado domingo'.split(' '),
]);
/** After a sentence-final cue, a comma may open a clause that adds circumstances: "..., police said, after a raid." */
const TRAILING_CLAUSE_OPENERS = new Set(['after', 'before', 'as', 'when', 'while', 'but', 'despite', 'in', 'without', 'although', 'adding', 'speaking', 'citing', 'noting', 'because', 'which', 'who', 'tras', 'aunque']);

interface SentenceScope {
  text: string;
  span: Span;
  paragraph: Span;
  tokens: Token[];
  /** Quotations that open in this sentence, in order. */
  quotes: Quotation[];
  cues: Cue[];
  usedCues: Set<Cue>;
  claimed: Set<Quotation>;
  /** Findings made from this sentence, for coordinated cues ("stated that ... and believed ..."). */
  made: Finding[];
  /** The sentence's parts of speech, tagged the first time a rule asks (see partsOfSpeech.ts). */
  tagged: TaggedWord[] | null;
}

/** A cue and speaker announced at the end of a paragraph ("The ministry said in a statement:"), awaiting its quote. */
interface PendingIntroduction {
  cue: Span;
  source: Finding['source'];
  description: SpeakerDescription;
}

/**
 * A speaker introduced without a cue, for a quote with no cue of its own opening the next
 * sentence: a vox-pop line ("Maria Santos, 34, Leeds"), or the person last named in a paragraph
 * with no attribution ("Peter Vance has run the shop for thirty years.").
 */
interface Introduced {
  source: NonNullable<Finding['source']>;
  speaker: string;
}

/** A vox-pop line: a name, an age, perhaps a job and a town, and nothing else ("Colin Marsh, 61, retired teacher, Hull:"). */
const VOX_POP_LINE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s*(?:aged\s+)?\d{1,3}\b[^"“”„«».!?]{0,80}[:.]?$/u;

/** Backshifted reported speech continuing in the next sentence: "They would start work in the spring." */
const CONTINUED_REPORT = /^(?:He|She|They|It|This|That|These|Those)\s+(?:(?:also|still|then|now|only|soon)\s+)?(?:would|could|might|should)\b/u;

/**
 * Every attribution relation in a plain text: direct, mixed and indirect quotes, "according to"
 * claims and unattributed hedges, with offsets into `text`. Never throws; linear in the text's length.
 */
export function findAttributions(text: string): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const paragraphs = splitParagraphs(text);
  const quotations = findQuotations(text, paragraphs);
  const phraseCues = findPhraseCues(text);
  const turns = findTranscriptTurns(text, paragraphs);
  let nextPhrase = 0;
  const register = new SpeakerRegister();
  const findings: Finding[] = [];
  let pending: PendingIntroduction | null = null;
  let introduced: Introduced | null = null;
  /** The latest finding with a named speaker: a quote with no cue that continues that speaker points at its source. */
  let lastNamed: Finding | null = null;
  let firstQuote = 0;

  paragraphs.forEach((paragraph, p) => {
    const foundBefore = findings.length;
    while (firstQuote < quotations.length && quotations[firstQuote].lastParagraph < p) firstQuote++;
    const turn = turns.get(p);
    if (turn) {
      if (turn.role === 'answer') {
        const answer = transcriptAnswer(turn, register);
        register.previousSpeaker = answer.speaker;
        lastNamed = answer;
        findings.push(answer);
      }
      pending = null;
      introduced = null;
      return;
    }
    const touching: Quotation[] = [];
    for (let q = firstQuote; q < quotations.length && quotations[q].firstParagraph <= p; q++) touching.push(quotations[q]);
    const sentences = splitSentences(text, withoutDateline(text, paragraph), touching);
    // Quotations are in text order and so are sentences: one moving index per paragraph keeps this linear.
    let nextTouching = 0;
    let previousInParagraph: Finding | null = null;
    sentences.forEach((span, s) => {
      const tokens = tokenize(text, span);
      while (nextTouching < touching.length && touching[nextTouching].end <= span.start) nextTouching++;
      const quotes: Quotation[] = [];
      const quoted: Span[] = [];
      for (let q = nextTouching; q < touching.length && touching[q].start < span.end; q++) {
        const quote = touching[q];
        quoted.push({ start: Math.max(quote.start, span.start), end: Math.min(quote.end, span.end) });
        if (quote.firstParagraph === p && quote.start >= span.start) quotes.push(quote);
      }
      const isQuoted = (token: Token): boolean => quoted.some((q) => token.start >= q.start && token.end <= q.end);
      while (nextPhrase < phraseCues.length && phraseCues[nextPhrase].start < span.start) nextPhrase++;
      const sentencePhrases: Cue[] = [];
      for (let c = nextPhrase; c < phraseCues.length && phraseCues[c].end <= span.end; c++) sentencePhrases.push(phraseCues[c]);
      const scope: SentenceScope = {
        text,
        span,
        paragraph,
        tokens,
        quotes,
        cues: findCues(tokens, quoted, sentencePhrases),
        usedCues: new Set(),
        claimed: new Set(),
        made: [],
        tagged: null,
      };
      register.noteMentions(tokens, isQuoted);
      if (s === 0 && pending && quotes[0]?.start === paragraph.start) {
        scope.made.push(introducedQuote(quotes[0], pending));
        scope.claimed.add(quotes[0]);
      }
      pending = null;
      setAsideSourceWords(scope);
      linkDirectQuotes(scope, register);
      linkCues(scope, register);
      if (s > 0 && previousInParagraph && continuesReport(scope, previousInParagraph, sentences[s - 1])) addContinuation(scope, previousInParagraph);
      previousInParagraph = placeLeftoverQuotes(scope, { previous: previousInParagraph ?? findings.at(-1) ?? null, introduced, lastNamed });
      introduced = voxPopLine(text, span, register);
      for (const finding of scope.made) {
        if (!finding.speaker) continue;
        register.previousSpeaker = finding.speaker;
        lastNamed = finding;
      }
      findings.push(...scope.made);
      // The report nearest before the next sentence, not the last one made: a quotation after '... noted X: "A,"
      // said Lind.' continues Lind, whose quote comes later in the sentence than the "noted" report found after it.
      if (scope.made.length > 0) previousInParagraph = scope.made.reduce((latest, f) => (f.content.end > latest.content.end ? f : latest));
      if (s === sentences.length - 1) pending = introductionAtEnd(scope, register);
    });
    if (!introduced && findings.length === foundBefore) introduced = personNamedIn(text, paragraph, register);
  });
  return findings.sort((a, b) => a.content.start - b.content.start);
}

// ---------------------------------------------------------------------------------------------
// Step 1: quotations tied to a cue next to them.

/** "according to agreed facts heard in court": a cue word inside an "according to" source is part of the source. */
function setAsideSourceWords(scope: SentenceScope): void {
  for (const cue of scope.cues) {
    if (cue.kind !== 'according') continue;
    const source = accordingSource(scope.tokens, lastTokenIn(scope.tokens, cue), scope.tokens.length);
    if (!source) continue;
    for (const word of scope.cues) if (word.kind === 'verb' && word.tokenIndex >= source.from && word.tokenIndex < source.to) scope.usedCues.add(word);
  }
}

function linkDirectQuotes(scope: SentenceScope, register: SpeakerRegister): void {
  let lastDirect: { finding: Finding; quote: Quotation; cueTokenEnd: number } | null = null;
  scope.quotes.forEach((quote, index) => {
    if (scope.claimed.has(quote)) return;
    const leftLimit = index > 0 ? scope.quotes[index - 1].end : scope.span.start;
    const rightLimit = index + 1 < scope.quotes.length ? scope.quotes[index + 1].start : scope.span.end;

    // The second half of a split quote: "We will," he said, "win." / "...," she said in her address, "..."
    if (lastDirect && continuesSplitQuote(scope, lastDirect.cueTokenEnd, quote)) {
      lastDirect.finding.content.end = quote.end;
      scope.claimed.add(quote);
      return;
    }
    const linked = linkDash(scope, register, quote) ?? linkRight(scope, register, quote, rightLimit) ?? linkLeft(scope, register, quote, leftLimit);
    if (!linked) return;
    scope.claimed.add(quote);
    scope.made.push(linked.finding);
    lastDirect = { finding: linked.finding, quote, cueTokenEnd: linked.cueTokenEnd };
  });
}

interface Linked {
  finding: Finding;
  /** Offset just after the cue and its source, where a split quote's second half may start. */
  cueTokenEnd: number;
}

/** Dashes that, after a quotation, introduce its speaker. */
const DASHES = new Set(['—', '–', '-']);
/** A pull quote's credit line is a name and perhaps a role: "— Council member Rosa Delgado, District 4". */
const MAX_CREDIT_TOKENS = 16;

/** A pull quote: `"..." — Council member Rosa Delgado`, the dash and a name closing the sentence. */
function linkDash(scope: SentenceScope, register: SpeakerRegister, quote: Quotation): Linked | null {
  const { tokens } = scope;
  let dash = firstTokenAt(tokens, quote.end);
  while (DASHES.has(tokens[dash + 1]?.text ?? '') && DASHES.has(tokens[dash]?.text)) dash++; // "--"
  if (!DASHES.has(tokens[dash]?.text ?? '') || !tokens[dash + 1]?.capitalized) return null;
  const rest = tokens.slice(dash + 1);
  if (rest.length > MAX_CREDIT_TOKENS || rest.some((t) => isQuoteText(t.text) || scope.cues.some((c) => c.start === t.start)) || !isSpeechLike(scope.text, quote)) return null;
  let to = tokens.length;
  while (to > dash + 1 && !tokens[to - 1].isWord) to--;
  const cue = { start: tokens[dash].start, end: tokens[dash].end };
  return { finding: makeFinding(scope, register, 'direct', quote, cue, { from: dash + 1, to }, 0.85), cueTokenEnd: scope.span.end };
}

/** `"...," Smith said` / `"...," said Smith` / `"...," according to Smith`. */
function linkRight(scope: SentenceScope, register: SpeakerRegister, quote: Quotation, rightLimit: number): Linked | null {
  const { tokens, text } = scope;
  const inner = text.slice(quote.start + 1, quote.closed ? quote.end - 1 : quote.end).replace(/[\s'’]+$/u, '');
  let floor = firstTokenAt(tokens, quote.end);
  const commaOutside = tokens[floor]?.text === ',';
  if (commaOutside) floor++;
  if (!commaOutside && !/[,.!?…—–-]$/u.test(inner)) return null;
  const cue = scope.cues.find((c) => c.start >= quote.end && c.start < rightLimit && !scope.usedCues.has(c));
  // A participle after the comma ('"...", blaming ...') adds a clause; it never names the quote's speaker.
  if (!cue || (cue.kind !== 'verb' && cue.kind !== 'according') || PARTICIPLE_CUES.has(cue.lower)) return null;
  const ceiling = firstTokenAt(tokens, rightLimit);
  let sourceRange: TokenRange | null;
  if (cue.kind === 'according') {
    if (firstTokenAt(tokens, cue.start) !== floor) return null;
    sourceRange = accordingSource(tokens, lastTokenIn(tokens, cue), ceiling);
  } else {
    const before = phraseBefore(tokens, cue.tokenIndex, floor);
    if (before ? before.from !== floor : cue.tokenIndex !== floor) return null;
    sourceRange = before ?? phraseAfter(tokens, cue.tokenIndex, ceiling);
    // '"...", the bishop urged senators to vote no': a verb that is speech only beside a quote must close the sentence to own it.
    if (QUOTE_ONLY_VERBS.has(cue.lower) && !endsSentence(tokens, before ? cue.tokenIndex + 1 : (sourceRange?.to ?? cue.tokenIndex + 1))) return null;
  }
  scope.usedCues.add(cue);
  const finding = makeFinding(scope, register, 'direct', quote, cue, sourceRange, 0.95);
  const end = sourceRange && sourceRange.to > cue.tokenIndex ? tokens[sourceRange.to - 1].end : cue.end;
  return { finding, cueTokenEnd: end };
}

/** `Smith said: "..."` / `Xi said during a conference, "..."` / `He said "We will win."`. */
function linkLeft(scope: SentenceScope, register: SpeakerRegister, quote: Quotation, leftLimit: number): Linked | null {
  const { tokens } = scope;
  const quoteToken = firstTokenAt(tokens, quote.start);
  const gapEnd = quoteToken - 1;
  // "She said, in remarks published by ..., "..."": a cue word used as a noun introduces nothing; the verb before it does.
  const cue = [...scope.cues].reverse().find((c) => c.end <= quote.start && c.start >= leftLimit && !scope.usedCues.has(c) && !isCueNoun(scope, c));
  const lastGapToken = tokens[gapEnd];
  const introducedByPunctuation = lastGapToken !== undefined && (lastGapToken.text === ':' || lastGapToken.text === ',');

  const quoted = cue ? quotedAsSaying(scope, cue, firstTokenAt(tokens, leftLimit)) : null;
  if (cue && quoted && quoteToken === cue.tokenIndex + 1) {
    scope.usedCues.add(cue);
    return { finding: makeFinding(scope, register, 'direct', quote, cue, quoted, 0.9), cueTokenEnd: quote.end };
  }
  if (cue && (cue.kind === 'verb' || cue.kind === 'according')) {
    const cueLast = lastTokenIn(tokens, cue);
    const gap = tokens.slice(cueLast + 1, quoteToken);
    const gapOk =
      (introducedByPunctuation && gap.length <= 12 && !gap.some((t) => THAT.has(t.lower))) ||
      (gap.length === 0 && runsToSentenceEnd(scope, quote) && isSpeechLike(scope.text, quote) && !isNonSpeechQuote(scope.text, quote)) ||
      // "told reporters "..."": the hearer between the cue and a quote that closes the sentence.
      (gap.length > 0 && HEARER_VERBS.has(cue.lower) && skipTrailingHearer(scope, cue, cueLast + 1) === quoteToken && runsToSentenceEnd(scope, quote) && isSpeechLike(scope.text, quote));
    if (gapOk) {
      const floor = firstTokenAt(tokens, leftLimit);
      let sourceRange: TokenRange | null = null;
      if (cue.kind === 'according') sourceRange = accordingSource(tokens, cueLast, gapEnd);
      else if (PARTICIPLE_CUES.has(cue.lower) && tokens[cue.tokenIndex - 1]?.text === ',') sourceRange = leadingSubject(tokens, floor, cue.tokenIndex);
      else sourceRange = phraseBefore(tokens, cue.tokenIndex, floor) ?? phraseAfter(tokens, cue.tokenIndex, gapEnd) ?? sharedSubject(scope, cue);
      scope.usedCues.add(cue);
      return { finding: makeFinding(scope, register, 'direct', quote, cue, sourceRange, 0.9), cueTokenEnd: quote.end };
    }
  }
  // A colon introduction without a verb: "Mayor Ana Ruiz was blunt: "..."".
  if (lastGapToken?.text === ':' && isSpeechLike(scope.text, quote)) {
    const floor = firstTokenAt(tokens, leftLimit);
    const sourceRange = leadingSubject(tokens, floor, gapEnd);
    if (!sourceRange) return null;
    const colon = { start: lastGapToken.start, end: lastGapToken.end };
    return { finding: makeFinding(scope, register, 'direct', quote, colon, sourceRange, 0.75), cueTokenEnd: quote.end };
  }
  return null;
}

/**
 * 'David Clay called it "a step back" and said "..."': a second cue joined by "and" shares the
 * subject of the cue before it in the sentence; null when it is not so joined.
 */
function sharedSubject(scope: SentenceScope, cue: Cue): TokenRange | null {
  const { tokens } = scope;
  if (!joinsSecondCue(tokens, cue.tokenIndex - 1)) return null;
  const first = scope.cues.find((c) => c.kind === 'verb' && c.tokenIndex < cue.tokenIndex - 1 && !insideQuote(scope, tokens[c.tokenIndex]));
  return first ? phraseBefore(tokens, first.tokenIndex, 0, (i) => isNounUse(scope, i), (i) => posOf(scope, tokens[i])) : null;
}

/** Furthest a quoting verb may stand before "as saying": "quoted Tim Manning, formerly a deputy administrator at FEMA, as saying". */
const MAX_QUOTED_OBJECT_TOKENS = 14;

/**
 * "Politico quoted Tim Manning, a former official, as saying "..."", "She was quoted as saying "..."":
 * the one quoted is the source (annotation guide, decision 1), not the outlet and not nobody.
 */
function quotedAsSaying(scope: SentenceScope, cue: Cue, floor: number): TokenRange | null {
  const { tokens } = scope;
  const as = cue.tokenIndex - 1;
  if (cue.kind !== 'verb' || cue.lower !== 'saying' || tokens[as]?.lower !== 'as') return null;
  let verb = as - 1;
  while (verb >= floor && as - verb <= MAX_QUOTED_OBJECT_TOKENS && !QUOTING_VERBS.has(tokens[verb].lower)) verb--;
  if (verb < floor || !QUOTING_VERBS.has(tokens[verb].lower)) return null;
  if (verb + 1 === as) return leadingSubject(tokens, floor, verb);
  let to = verb + 1;
  while (to < as && tokens[to].text !== ',') to++;
  return { from: verb + 1, to };
}

function introducedQuote(quote: Quotation, pending: PendingIntroduction): Finding {
  return {
    kind: 'direct',
    content: { start: quote.start, end: quote.end },
    cue: pending.cue,
    source: pending.source,
    speaker: pending.description.speaker,
    anonymous: pending.description.anonymous,
    confidence: 0.8,
  };
}

/** "The ministry said in a statement:" closing a paragraph introduces the next paragraph's quote. */
function introductionAtEnd(scope: SentenceScope, register: SpeakerRegister): PendingIntroduction | null {
  const { tokens } = scope;
  if (tokens.at(-1)?.text !== ':') return null;
  const cue = scope.cues.filter((c) => c.kind === 'verb' && !scope.usedCues.has(c)).at(-1);
  if (!cue || tokens.length - cue.tokenIndex > 8) return null;
  const range = phraseBefore(tokens, cue.tokenIndex, 0) ?? phraseAfter(tokens, cue.tokenIndex, tokens.length - 1);
  const source = range ? sourceOf(scope, range) : null;
  const description = register.describe(range ? tokens.slice(range.from, range.to) : [], cue.start);
  return { cue: { start: cue.start, end: cue.end }, source, description };
}

/** An interview answer: the label is its source, named in full when the label is initials another turn or the story spelled out. */
function transcriptAnswer(turn: Extract<TranscriptTurn, { role: 'answer' }>, register: SpeakerRegister): Finding {
  const { label } = turn;
  return {
    kind: 'direct',
    content: turn.content,
    cue: turn.colon,
    source: { start: label.start, end: label.end, text: label.text },
    speaker: register.nameTranscriptSpeaker(label.text, turn.initials, label.start),
    anonymous: false,
    confidence: 0.8,
  };
}

function voxPopLine(text: string, sentence: Span, register: SpeakerRegister): Introduced | null {
  const match = VOX_POP_LINE.exec(text.slice(sentence.start, sentence.end));
  if (!match) return null;
  const name = { start: sentence.start, end: sentence.start + match[1].length };
  const speaker = register.describe(tokenize(text, name), name.start).speaker;
  return speaker ? { source: { ...name, text: match[1] }, speaker } : null;
}

function personNamedIn(text: string, paragraph: Span, register: SpeakerRegister): Introduced | null {
  const speaker = register.personNamedIn(paragraph);
  if (!speaker) return null;
  // The name as written in the paragraph: in full, or the surname the register completed.
  const written = [speaker, speaker.slice(speaker.lastIndexOf(' ') + 1)];
  for (const name of written) {
    const at = text.lastIndexOf(name, paragraph.end - name.length);
    if (at >= paragraph.start) return { source: { start: at, end: at + name.length, text: name }, speaker };
  }
  return null;
}

/**
 * A sentence with no attribution of its own that carries on the indirect speech reported by
 * the sentence before it, in backshifted modal form ("Berg said the ministry would hire 2,000
 * nurses. They would start work in the spring."): a relation of its own, same source.
 */
function continuesReport(scope: SentenceScope, previous: Finding, previousSentence: Span): boolean {
  if (previous.kind !== 'indirect' || previous.content.start < previousSentence.start || scope.made.length > 0 || scope.quotes.length > 0 || scope.cues.length > 0) return false;
  return CONTINUED_REPORT.test(scope.text.slice(scope.span.start, scope.span.start + 24));
}

function addContinuation(scope: SentenceScope, previous: Finding): void {
  const content = { start: scope.span.start, end: trimEndSpaces(scope.text, scope.span.start, scope.span.end) };
  scope.made.push({ ...previous, kind: 'indirect', content, cue: null, confidence: Math.min(previous.confidence, 0.6) });
}

// ---------------------------------------------------------------------------------------------
// Step 2: cues not used by a direct quote make indirect, mixed, according-to and hedged relations.

function linkCues(scope: SentenceScope, register: SpeakerRegister): void {
  // Hedges last: "UNESCO reportedly said ..." is one report, under "said", wherever the hedge stands.
  const hedgesLast = [...scope.cues.filter((c) => c.kind !== 'hedge'), ...scope.cues.filter((c) => c.kind === 'hedge')];
  for (const cue of hedgesLast) {
    if (scope.usedCues.has(cue)) continue;
    switch (cue.kind) {
      case 'verb':
        // "Police said they believe him to be 25": a belief inside reported words is part of what was said.
        if (!BELIEF_VERBS.has(cue.lower) || !scope.made.some((f) => cue.start >= f.content.start && cue.end <= f.content.end)) linkVerb(scope, register, cue);
        break;
      case 'according':
        linkAccordingTo(scope, register, cue);
        break;
      case 'passive':
        addUnattributed(scope, cue, clauseAround(scope, cue));
        break;
      case 'impersonal':
      case 'claim':
        addUnattributed(scope, cue, { start: skipSpaces(scope.text, cue.end), end: contentEnd(scope, cue.end) });
        break;
      case 'hedge': {
        // "UNESCO reportedly said ...": a hedged clause that holds its own report is that report, once.
        const clause = clauseAround(scope, cue);
        const holdsReport = scope.made.some((f) => f.cue !== null && f.cue.start >= clause.start && f.cue.start < clause.end);
        if (!holdsReport && !modifiesNounPhrase(scope, cue)) addUnattributed(scope, cue, clause);
        break;
      }
      case 'nominal':
        linkNominal(scope, register, cue);
        break;
    }
  }
}

function linkVerb(scope: SentenceScope, register: SpeakerRegister, cue: Cue): void {
  const { tokens } = scope;
  const index = cue.tokenIndex;
  if (index === 0 && PARTICIPLE_CUES.has(cue.lower)) {
    linkOpeningParticiple(scope, register, cue);
    return;
  }
  if (linkAgentivePassive(scope, register, cue)) return;
  const previous = tokens[index - 1];
  const carriedOn = carryingOnVerb(tokens, index);
  if (previous && (NOUN_MAKERS.has(previous.lower) || (INFINITIVE_MARKERS.has(previous.lower) && carriedOn < 0))) return;
  if (isNounUse(scope, index)) return;
  if (isGerundObject(scope, index)) return;
  if (CLAIM_VERBS.has(cue.lower) && takesLives(tokens, index + 1)) return;
  if (NAMING_VERBS.has(cue.lower) && namesWithoutSpeaker(scope, index)) return;
  // "referred to the jet as a "cargo plane"", "urged drivers to "slow down"": quoted words the verb governs make it speech whatever follows it.
  // Not after "and": "said the data were weak and called for "better methods"" reports once, under "said".
  const governed = governedQuote(scope, cue);
  const governsQuote = previous?.lower !== 'and' && governed !== null;
  if (WORDING_VERBS.has(cue.lower) && !(governed && isSpeechLike(scope.text, governed) && !isNonSpeechQuote(scope.text, governed))) return;
  // "pointed out (that) ...": the particle belongs to the cue and makes it a verb of saying on its own.
  const particle = CUE_PARTICLES.get(cue.lower);
  const withParticle = particle !== undefined && tokens[index + 1]?.lower === particle;
  const last = withParticle ? index + 1 : index;
  const quoteOnly = QUOTE_ONLY_VERBS.has(cue.lower) && !withParticle;
  if (tokens[index + 1]?.lower === 'to' && tokens[index + 2]?.isWord && !CUE_AS_PREPOSITION.has(cue.lower) && !governsQuote) return;

  // "CONTENT, a spokeswoman said." and "CONTENT, said a senior diplomat."
  // "Early investigators' reports say ...": a cue word the tagger reads as a noun can be the subject.
  // "She went on to say ...": the subject stands before the verb that carries the report on.
  const subject = phraseBefore(tokens, carriedOn < 0 ? index : carriedOn, 0, (i) => isNounUse(scope, i), (i) => posOf(scope, tokens[i]));
  const wordsAfter = phraseAfter(tokens, last, tokens.length);
  const after = invertedSource(scope, wordsAfter);
  const trailingFrom = subject ? subject.from : index;
  // "told state media": the hearer after a sentence-final cue is not more content.
  const closing = subject ? skipTrailingHearer(scope, cue, last + 1) : (wordsAfter?.to ?? last + 1);
  // "..., claiming this would help": a participle never closes an inverted report ("CONTENT, said X"), it opens one.
  if (tokens[trailingFrom - 1]?.text === ',' && !PARTICIPLE_CUES.has(cue.lower)) {
    const before = { start: scope.span.start, end: tokens[trailingFrom - 1].start };
    if (wordCount(tokens, before) >= 3 && endsSentence(tokens, closing)) {
      addRelation(scope, register, cue, before, subject ?? after, 0.8);
      return;
    }
    // "The fuel, officials said, spilled and ignited.": a cue set off by commas inside the reported sentence.
    if (wordCount(tokens, before) >= 2 && !PARTICIPLE_CUES.has(cue.lower) && !quoteOnly && tokens[closing]?.text === ',' && closing + 1 < tokens.length && !insideQuote(scope, tokens[closing])) {
      const content = { start: scope.span.start, end: contentEnd(scope, tokens[closing + 1].start) };
      if (wordCount(tokens, { start: tokens[closing + 1].start, end: content.end }) >= 2) {
        addRelation(scope, register, cue, content, subject ?? after, 0.75);
        return;
      }
    }
  }

  const isParticiple = PARTICIPLE_CUES.has(cue.lower) && previous?.text === ',';
  const afterConjunction = joinsSecondCue(tokens, index - 1);
  const coordinated = afterConjunction && scope.made.length > 0;
  let sourceRange: TokenRange | null = subject;
  let inherited: Finding | null = null;
  if (isParticiple) sourceRange = scope.made.length > 0 ? null : leadingSubject(tokens, 0, index - 1);
  if ((isParticiple && scope.made.length > 0) || (coordinated && !subject)) inherited = scope.made[scope.made.length - 1];
  // "called for calm, and stated ...": the first verb made no relation, so the sentence's subject is the source.
  else if (afterConjunction && !subject) sourceRange = leadingSubject(tokens, 0, index - 1);
  if (!sourceRange && !inherited) return;

  let contentStart = skipCircumstance(scope, last + 1);
  if (HEARER_VERBS.has(cue.lower)) contentStart = skipCircumstance(scope, skipHearer(tokens, contentStart));
  if (contentStart >= tokens.length) return;
  // "wrote on LinkedIn that ...", "reported in the journal X that ...": the content starts at "that";
  // a cue followed by a preposition and no "that" is not reporting ("estimate of $1bn").
  if (PREPOSITIONS.has(tokens[contentStart].lower) && !SAY_VERBS.has(cue.lower) && !governsQuote) {
    const that = findThatAhead(tokens, contentStart);
    if (that < 0) return;
    contentStart = that;
  }
  const start = tokens[contentStart].start;
  const end = contentEnd(scope, start);
  const content = { start, end };
  if (end <= start || wordCount(tokens, content) < 2) return;
  const opensWithThat = THAT.has(tokens[contentStart].lower);
  const holdsQuote = governed !== null && governed.start >= start && governed.start < end;
  const charges = accuses(scope, cue, contentStart);
  // "maintains a position that ...": a short object before "that" still introduces the clause.
  // Not when the object is itself a nominal report: in "accept the senator's argument that ...", "that" is the argument's.
  const that = opensWithThat ? -1 : thatAfterObject(tokens, contentStart);
  const thatSoon = that > 0 && !scope.cues.some((c) => c.kind === 'nominal' && c.start > cue.end && c.start < tokens[that].start);
  if (quoteOnly && !opensWithThat && !holdsQuote && !charges && !thatSoon) return;
  const nominalObject = NOMINAL_OBJECT_VERBS.has(cue.lower);
  if (nominalObject && !opensWithThat && !holdsQuote && !thatSoon && pointsBack(scope, contentStart)) return;
  const saysSomething = opensWithThat || holdsQuote || charges || thatSoon || SAY_VERBS.has(cue.lower) || nominalObject;
  if (!saysSomething && !looksLikeClause(scope, contentStart, end)) return;
  if (inherited) addInheritedRelation(scope, cue, content, inherited);
  else addRelation(scope, register, cue, content, sourceRange, 0.75);
}

/**
 * A cue's "-ing" form as the object of another verb ("a law to mandate reporting abuses", "began
 * warning drivers"): the act named, not a report of what was said. Still a report with "that" or a
 * quotation after it ("kept saying that ...", "started calling it "a scam"").
 */
function isGerundObject(scope: SentenceScope, index: number): boolean {
  const { tokens } = scope;
  const previous = tokens[index - 1];
  if (!tokens[index].lower.endsWith('ing') || !previous?.isWord || posOf(scope, previous) !== 'VERB') return false;
  if (scope.cues.some((c) => c.tokenIndex === index - 1)) return false;
  return !THAT.has(tokens[index + 1]?.lower ?? '') && thatAfterObject(tokens, index + 1) < 0 && governedQuote(scope, scope.cues.find((c) => c.tokenIndex === index)!) === null;
}

/** Verbs that carry a report on through an infinitive: "went on to say", "proceeded to explain". */
const CARRYING_ON = new Set(['go', 'goes', 'went', 'gone', 'going', 'proceed', 'proceeds', 'proceeded']);

/** Index of the verb in "went on to say" / "proceeded to say" before the cue at `index`; -1 when the cue's "to" is another infinitive ("declined to say"). */
function carryingOnVerb(tokens: readonly Token[], index: number): number {
  if (!INFINITIVE_MARKERS.has(tokens[index - 1]?.lower ?? '')) return -1;
  const verb = tokens[index - 2]?.lower === 'on' ? index - 3 : index - 2;
  return CARRYING_ON.has(tokens[verb]?.lower ?? '') && (verb === index - 3 || tokens[verb].lower.startsWith('proceed')) ? verb : -1;
}

/** "claimed 6,600 lives", "claimed the lives of 40 people": the object's first noun is a life, within three words. */
function takesLives(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from < 4; i++) {
    if (TAKEN_LIFE_NOUNS.has(tokens[i].lower)) return true;
    if (THAT.has(tokens[i].lower) || (!tokens[i].isWord && tokens[i].text !== ',')) return false;
  }
  return false;
}

/** Longest object between a cue and its "that": "maintains a position that", "made the argument that". */
const MAX_OBJECT_BEFORE_THAT = 3;

/** Index of a "that" after a short object starting at `from` ("a position that"); -1 when there is none. */
function thatAfterObject(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length && i - from <= MAX_OBJECT_BEFORE_THAT; i++) {
    if (THAT.has(tokens[i].lower)) return i > from ? i : -1;
    if (!tokens[i].isWord) return -1;
  }
  return -1;
}

/**
 * An object that only points back ("this change", "the matter", "it"): no new content (see
 * POINTING_DETERMINERS). Not when a verb follows: "estimated this would take a day" reports a clause.
 */
function pointsBack(scope: SentenceScope, from: number): boolean {
  const { tokens } = scope;
  const first = tokens[from]?.lower ?? '';
  const pointer = POINTING_DETERMINERS.has(first) || (first === 'the' && POINTING_NOUNS.has(tokens[from + 1]?.lower ?? ''));
  if (!pointer) return false;
  const verbAt = (i: number) => tokens[i]?.isWord === true && ['VERB', 'AUX'].includes(posOf(scope, tokens[i]));
  return !verbAt(from + 1) && !verbAt(from + 2);
}

/**
 * "Calling the plan "reckless", the mayor vowed ...", "Saying that ..., she left": a participle clause
 * opening the sentence reports what the main clause's subject said. Only with quoted words or "that",
 * which keep out "Warning lights flashed, ..." and the like.
 */
function linkOpeningParticiple(scope: SentenceScope, register: SpeakerRegister, cue: Cue): void {
  const { tokens, text } = scope;
  const first = cue.tokenIndex + 1;
  const comma = tokens.findIndex((t, i) => i > first && t.text === ',' && !insideQuote(scope, t));
  if (comma < 0 || comma + 1 >= tokens.length) return;
  const content = { start: tokens[first].start, end: trimEndSpaces(text, tokens[first].start, tokens[comma].start) };
  const governed = governedQuote(scope, cue);
  if (!(governed && governed.start < content.end) && !THAT.has(tokens[first].lower)) return;
  const subject = leadingSubject(tokens, comma + 1, tokens.length);
  if (subject) addRelation(scope, register, cue, content, subject, 0.7);
}

/** Longest object between an accusation verb and its charge: "accused the former finance minister of". */
const MAX_ACCUSED_TOKENS = 6;

/** "accused Avenatti of fraud", "blamed the storm for the delays": the charge is what was said. */
function accuses(scope: SentenceScope, cue: Cue, from: number): boolean {
  if (!ACCUSATION_VERBS.has(cue.lower)) return false;
  const { tokens } = scope;
  const charge = cue.lower.startsWith('blam') ? 'for' : 'of';
  for (let i = from + 1; i < tokens.length && i - from <= MAX_ACCUSED_TOKENS; i++) {
    if (tokens[i].lower === charge) return i + 1 < tokens.length;
    if (!tokens[i].isWord) return false;
  }
  return false;
}

/**
 * An inverted source ("said a spokesman for the ministry") is a noun phrase: words after the cue that
 * hold a verb or a pronoun past their first word ("told reporters she considered the deal acceptable")
 * are the hearer and the report, not the speaker.
 */
function invertedSource(scope: SentenceScope, range: TokenRange | null): TokenRange | null {
  if (!range) return null;
  for (let i = range.from; i < range.to; i++) {
    const token = scope.tokens[i];
    if (!mayBeVerb(token)) continue;
    const tag = posOf(scope, token);
    if (tag === 'VERB' || (tag === 'PRON' && i > range.from)) return null;
  }
  return range;
}

/** The sentence's part-of-speech tag of a token ("" when wink's tokens do not line up). */
function posOf(scope: SentenceScope, token: Token): string {
  scope.tagged ??= tagSpan(scope.text, scope.span);
  return scope.tagged.find((w) => w.start === token.start)?.pos ?? '';
}

/**
 * A naming verb that names a thing rather than reports a speaker: after a form of "be" ("is sometimes
 * called a lake", no agent), after a noun phrase that is a preposition's or a verb's object ("the inventor
 * of a game called a "pocket maze""), or followed by a name and then the sentence's own verb ("a crab
 * called the ghost crab moved in"). "The mayor called the plan "reckless"" has none of these.
 */
function namesWithoutSpeaker(scope: SentenceScope, index: number): boolean {
  const { tokens } = scope;
  let before = index - 1;
  while (before > 0 && tokens[before].isWord && posOf(scope, tokens[before]) === 'ADV') before--;
  if (BE_FORMS.has(tokens[before]?.lower ?? '')) return true;
  const named = phraseBefore(tokens, index, 0, (i) => isNounUse(scope, i));
  const opener = named ? tokens[named.from - 1] : undefined;
  if (opener && (PREPOSITIONS.has(opener.lower) || posOf(scope, opener) === 'VERB')) return true;
  // "called the stabbing "an act of barbarity"": quoted words after the object are what the speaker called it.
  if (PREPOSITIONS.has(tokens[index + 1]?.lower ?? '') || scope.quotes.some((q) => q.start > tokens[index].start)) return false;
  // The name runs to the sentence's verb; a comma, "and" or "that" ends the search.
  for (let i = index + 2; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.text === ',' || AND.has(token.lower) || THAT.has(token.lower)) return false;
    if (token.isWord && posOf(scope, token) === 'VERB') return true;
  }
  return false;
}

/** Forms of "be" before a passive reporting verb: "were reported by local media to have ...". */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

/**
 * The passive with its agent: "The ministers were reported by local media to have left", "The jet,
 * described by the airline as "a freighter", ...". The agent after "by" is the source and the
 * sentence what was reported. A belief is reported the same way ("was believed by police to be 25",
 * guide decision 18, after PARC 3.0 and PolNeAR).
 */
function linkAgentivePassive(scope: SentenceScope, register: SpeakerRegister, cue: Cue): boolean {
  const { tokens } = scope;
  const index = cue.tokenIndex;
  if (tokens[index + 1]?.lower !== 'by' || QUOTE_ONLY_VERBS.has(cue.lower) || !isPastTenseCue(cue.lower)) return false;
  if (!BE_FORMS.has(tokens[index - 1]?.lower ?? '') && tokens[index - 1]?.text !== ',') return false;
  const agent = phraseAfter(tokens, index + 1, tokens.length);
  if (!agent) return false;
  const content = { start: scope.span.start, end: contentEnd(scope, scope.span.start) };
  if (wordCount(tokens, content) < 4) return false;
  addRelation(scope, register, cue, content, agent, 0.7);
  return true;
}

/** The first unclaimed quotation in the cue's clause with no other cue before it: the words the cue governs. */
function governedQuote(scope: SentenceScope, cue: Cue): Quotation | null {
  const quote = scope.quotes.find((q) => !scope.claimed.has(q) && q.start >= cue.end);
  if (!quote || quote.start >= contentEnd(scope, cue.end)) return null;
  // "was commonly called "the big blow"": straight after a naming verb the quoted words are a name, not what was said.
  if (TITLE_NOUNS.has(cue.lower) && firstTokenAt(scope.tokens, quote.start) === cue.tokenIndex + 1) return null;
  const verbBetween = (c: Cue) =>
    c.kind === 'verb' && c.start > cue.end && c.end <= quote.start && !NOUN_MAKERS.has(scope.tokens[c.tokenIndex - 1]?.lower ?? '') && !isNounUse(scope, c.tokenIndex);
  return scope.cues.some(verbBetween) ? null : quote;
}

/** "Berg's claim that ...", "the senator's argument that ...": the possessor is the source, the "that" clause the content. */
function linkNominal(scope: SentenceScope, register: SpeakerRegister, cue: Cue): void {
  const { tokens } = scope;
  const that = tokens.findIndex((t, i) => i > cue.tokenIndex && THAT.has(t.lower));
  if (that < 0) return;
  const start = tokens[that].start;
  const content = { start, end: contentEnd(scope, start) };
  if (wordCount(tokens, content) < 3) return;
  addRelation(scope, register, cue, content, possessorBefore(tokens, cue.tokenIndex), 0.7);
}

/** Tags that make a cue word something other than a verb: "Police reports show", "the minister's comments". */
const NOT_VERB_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/**
 * Tags of the next word that confirm a noun reading: a verb, a preposition, a conjunction or
 * a noun or the end ("the reports show", "his comments on", "claims and"). wink's small model often reads
 * a present-tense verb after a plural subject as a compound noun ("Employers estimate each
 * day ..."); an object after the word (a determiner, a pronoun, a number) overrules it.
 */
const NOUN_FOLLOWERS = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'PART', 'PUNCT', 'NOUN']);

/** A verb cue written as a noun: after "the", "his", "in" ("in remarks published by"), or so tagged. */
function isCueNoun(scope: SentenceScope, cue: Cue): boolean {
  return cue.kind === 'verb' && (NOUN_MAKERS.has(scope.tokens[cue.tokenIndex - 1]?.lower ?? '') || isNounUse(scope, cue.tokenIndex));
}

/** True when the cue word at token `index` may be a noun ("claims", "report", "warning") and the tagger reads it as one here. */
function isNounUse(scope: SentenceScope, index: number): boolean {
  const token = scope.tokens[index];
  if (isPastTenseCue(token.lower) || SPANISH_CUE_VERBS.has(token.lower)) return false;
  scope.tagged ??= tagSpan(scope.text, scope.span);
  // "one of six states that ...", "two reports": counted, so a noun ("the two warned" is past tense, kept above).
  const previous = scope.tokens[index - 1];
  if (previous && (/^\d/u.test(previous.text) || posOf(scope, previous) === 'NUM')) return true;
  const at = scope.tagged.findIndex((w) => w.start === token.start);
  if (at < 0 || !NOT_VERB_TAGS.has(scope.tagged[at].pos)) return false;
  const next = scope.tagged[at + 1];
  return next === undefined || (NOUN_FOLLOWERS.has(next.pos) && !isQuoteText(scope.text.slice(next.start, next.end)) && scope.text[next.start] !== ':');
}

/** Cue verbs whose "to" introduces the hearer, not an infinitive: "said to reporters", "referred to". */
const CUE_AS_PREPOSITION = new Set(['said', 'says', 'say', 'referred', 'refers', 'explained', 'wrote', 'write', 'writes', 'spoke', 'speaking', 'replied', 'responded', 'reported', 'confirmed', 'declared', 'announced', 'dijo']);

const PREPOSITIONS = new Set([
  ...'on in at of for to from with by about during after before into onto upon through toward towards across between among amongst over under'.split(' '),
  ...'en con por para de'.split(' '),
]);
/** How far past the cue a "that" may sit: "reported in the journal Environmental Health that". */
const MAX_THAT_DISTANCE = 10;

function findThatAhead(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length && i - from <= MAX_THAT_DISTANCE; i++) {
    if (THAT.has(tokens[i].lower)) return i;
    if (!tokens[i].isWord && tokens[i].text !== '.') return -1;
  }
  return -1;
}

/** When and where it was said, which is not what was said: "said on Monday", "said in a statement". */
const CIRCUMSTANCE = /^(?:(?:on|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|^(?:in|during)\s+an?\s+(?:statement|interview|note|letter|post|video|report|speech|briefing|tweet)\b|^on\s+(?:twitter|facebook|instagram|social\s+media|television|radio|(?:its|his|her|their)\s+(?:website|blog|account))\b|^(?:last|this|on|late|early)\s+(?:week|month|year|night|morning|afternoon|evening)\b|^(?:today|yesterday|earlier|later|este\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))\b\s*,?/iu;

function skipCircumstance(scope: SentenceScope, index: number): number {
  const token = scope.tokens[index];
  if (!token) return index;
  const match = CIRCUMSTANCE.exec(scope.text.slice(token.start, Math.min(scope.span.end, token.start + 40)));
  if (!match) return index;
  const next = firstTokenAt(scope.tokens, token.start + match[0].length);
  return next < scope.tokens.length ? next : index;
}

/** Longest hearer after a sentence-final cue: "told state television", "told the local radio station". */
const MAX_TRAILING_HEARER_WORDS = 4;

/** Past the hearer of a cue that closes its sentence ("..., officials told state media."); `from` when there is none. */
function skipTrailingHearer(scope: SentenceScope, cue: Cue, from: number): number {
  const { tokens } = scope;
  if (!HEARER_VERBS.has(cue.lower)) return from;
  let i = from;
  while (i < tokens.length && i - from < MAX_TRAILING_HEARER_WORDS && tokens[i].isWord && !CLAUSE_WORDS.has(tokens[i].lower) && !THAT.has(tokens[i].lower)) i++;
  return i;
}

/** "told reporters that", "told AFP the attack", "warned them": the hearer sits between the cue and the content. */
function skipHearer(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length && i - from <= 6; i++) if (THAT.has(tokens[i].lower)) return i;
  let i = from;
  if (tokens[i] && ['the', 'a', 'an'].includes(tokens[i].lower)) i++;
  while (i < tokens.length && i - from < 3 && tokens[i].isWord && (tokens[i].capitalized || ['reporters', 'journalists', 'us', 'him', 'her', 'them', 'me', 'lawmakers', 'parliament', 'supporters', 'residents', 'the'].includes(tokens[i].lower))) i++;
  return i;
}

/**
 * Words that open a second clause; a reported clause has its verb before them. Not "and" or "but", which
 * also join words inside a noun phrase ("warned rents and charges would rise").
 */
const CLAUSE_JOINERS = new Set(['so', 'because', 'while', 'although', 'though', 'whereas', 'until', 'porque', 'aunque']);

/**
 * A reported clause has a verb after its first word; a bare "said Monday" or "added details" does not count.
 * Auxiliaries and "-ed" forms answer at once; otherwise the tagger decides ("the jet overran the runway").
 */
function looksLikeClause(scope: SentenceScope, from: number, until: number): boolean {
  const { tokens } = scope;
  let end = until;
  let words = 0;
  let second = -1;
  for (let i = from; i < tokens.length && tokens[i].start < end; i++) {
    if (!tokens[i].isWord) continue;
    // "declared a curfew so the streets could be cleared": a verb after "so" belongs to a clause of the
    // reporter's, so the cue's object was a noun phrase.
    if (words > 0 && CLAUSE_JOINERS.has(tokens[i].lower)) {
      end = tokens[i].start;
      break;
    }
    words++;
    if (words === 2) second = tokens[i].start;
    if (/^(?:is|are|was|were|will|would|could|should|can|may|might|must|had|has|have|did|does|do|es|era|fue|será|ha|han|había)$/u.test(tokens[i].lower)) return true;
    if (words > 1 && /(?:ed|es)$/u.test(tokens[i].lower) && !tokens[i].capitalized) return true;
  }
  if (second < 0) return false;
  scope.tagged ??= tagSpan(scope.text, scope.span);
  return scope.tagged.some((w) => w.start >= second && w.start < end && (w.pos === 'VERB' || w.pos === 'AUX'));
}

function linkAccordingTo(scope: SentenceScope, register: SpeakerRegister, cue: Cue): void {
  const { tokens, span } = scope;
  const cueFirst = firstTokenAt(tokens, cue.start);
  const cueLast = lastTokenIn(tokens, cue);
  const sourceRange = accordingSource(tokens, cueLast, tokens.length);
  if (!sourceRange) return;
  let content: Span;
  const sourceEnd = tokens[sourceRange.to - 1].end;
  if (cueFirst === 0 || leadingWordsOnly(tokens, cueFirst)) {
    const comma = tokens.findIndex((t, i) => i >= sourceRange.to && t.text === ',');
    const from = comma >= 0 ? comma + 1 : sourceRange.to;
    if (from >= tokens.length) return;
    content = { start: tokens[from].start, end: contentEnd(scope, tokens[from].start) };
  } else {
    const before = cueFirst > 0 && tokens[cueFirst - 1].text === ',' ? tokens[cueFirst - 1].start : cue.start;
    content = { start: span.start, end: trimEndSpaces(scope.text, span.start, before) };
    if (endsSentence(tokens, sourceRange.to) === false && sourceEnd < span.end) {
      const rest = tokens.findIndex((t, i) => i >= sourceRange.to && t.text === ',');
      if (rest >= 0 && rest + 1 < tokens.length) content = { start: span.start, end: contentEnd(scope, tokens[rest + 1].start) };
    }
  }
  if (content.end <= content.start) return;
  addRelation(scope, register, cue, content, sourceRange, 0.85, 'according-to');
}

/** True when the tokens before `index` are a short lead-in ("But", "Yet,"), not a clause. */
function leadingWordsOnly(tokens: readonly Token[], index: number): boolean {
  return index <= 2 && tokens.slice(0, index).every((t) => !t.isWord || ['but', 'and', 'yet', 'also', 'pero', 'y'].includes(t.lower) || t.text === ',');
}

function addUnattributed(scope: SentenceScope, cue: Cue, content: Span): void {
  if (content.end <= content.start) return;
  scope.usedCues.add(cue);
  claimQuotesIn(scope, content);
  scope.made.push({ kind: 'unattributed', content, cue: { start: cue.start, end: cue.end }, source: null, speaker: null, anonymous: true, confidence: 0.7 });
}

function addRelation(scope: SentenceScope, register: SpeakerRegister, cue: Cue, content: Span, sourceRange: TokenRange | null, confidence: number, kind?: FindingKind): void {
  scope.usedCues.add(cue);
  const mixed = claimQuotesIn(scope, content);
  const finding = makeFinding(scope, register, kind ?? (mixed ? 'mixed' : 'indirect'), content, cue, sourceRange, confidence);
  scope.made.push(finding);
}

/** A second cue sharing the subject of the first: "Branson stated that ..., and believed ...". */
function addInheritedRelation(scope: SentenceScope, cue: Cue, content: Span, from: Finding): void {
  scope.usedCues.add(cue);
  const mixed = claimQuotesIn(scope, content);
  scope.made.push({ ...from, kind: mixed ? 'mixed' : 'indirect', content, cue: { start: cue.start, end: cue.end }, confidence: 0.7 });
}

/** Marks the quotations inside `content` as part of a relation; true when there were any. */
function claimQuotesIn(scope: SentenceScope, content: Span): boolean {
  let any = false;
  for (const quote of scope.quotes) {
    if (quote.start >= content.start && quote.start < content.end && !scope.claimed.has(quote)) {
      scope.claimed.add(quote);
      any = true;
    }
  }
  return any;
}

// ---------------------------------------------------------------------------------------------
// Step 3: quotations with no cue of their own.

interface EarlierSpeakers {
  /** The finding before this sentence's, in the paragraph or else in the story. */
  previous: Finding | null;
  /** A speaker the sentence or paragraph before introduced without a cue. */
  introduced: Introduced | null;
  /** The latest finding with a named speaker. */
  lastNamed: Finding | null;
}

function placeLeftoverQuotes(scope: SentenceScope, { previous, introduced, lastNamed }: EarlierSpeakers): Finding | null {
  let last = previous;
  for (const quote of scope.quotes) {
    if (scope.claimed.has(quote)) continue;
    if (isNonSpeechQuote(scope.text, quote) || !isSpeechLike(scope.text, quote) || !beginsSentence(scope, quote)) continue;
    if (introduced && quote.start === scope.span.start) {
      last = { kind: 'direct', content: { start: quote.start, end: quote.end }, cue: null, source: introduced.source, speaker: introduced.speaker, anonymous: false, confidence: 0.6 };
      scope.made.push(last);
      continue;
    }
    const samePara = last !== null && last.kind === 'direct' && last.content.end >= scope.paragraph.start && last.content.end <= quote.start;
    if (samePara && last) {
      // "...," said a BBC executive. "Where I am there are some injuries." — one relation, as annotated.
      last.content.end = quote.end;
      continue;
    }
    // The speaker continues from the latest attribution, and is named where that attribution named them.
    const speaker = lastNamed?.speaker ?? null;
    const finding: Finding = {
      kind: speaker ? 'direct' : 'unattributed',
      content: { start: quote.start, end: quote.end },
      cue: null,
      source: speaker ? lastNamed!.source : null,
      speaker,
      anonymous: false,
      confidence: speaker ? 0.6 : 0.5,
    };
    scope.made.push(finding);
    last = finding;
  }
  return last;
}

// ---------------------------------------------------------------------------------------------
// Shared helpers.

function makeFinding(scope: SentenceScope, register: SpeakerRegister, kind: FindingKind, content: Span, cue: Span, sourceRange: TokenRange | null, confidence: number): Finding {
  const source = sourceRange ? sourceOf(scope, sourceRange) : null;
  const phrase = sourceRange ? scope.tokens.slice(sourceRange.from, sourceRange.to) : [];
  const description = register.describe(phrase, cue.start);
  const lowered = description.via === 'pronoun' || description.via === 'role' ? 0.1 : description.via === 'none' && !source ? 0.2 : 0;
  return {
    kind,
    content: { start: content.start, end: content.end },
    cue: { start: cue.start, end: cue.end },
    source,
    speaker: description.speaker,
    anonymous: description.anonymous,
    confidence: Math.max(0.1, confidence - lowered),
  };
}

function sourceOf(scope: SentenceScope, range: TokenRange): Finding['source'] {
  const start = scope.tokens[range.from].start;
  const end = scope.tokens[range.to - 1].end;
  return { start, end, text: scope.text.slice(start, end) };
}

/** Where a relation's content ends: the sentence end, or before a coordinated cue (", and believed", ", adding"). */
function contentEnd(scope: SentenceScope, from: number): number {
  const { tokens, text, span } = scope;
  for (let i = firstTokenAt(tokens, from); i < tokens.length; i++) {
    const token = tokens[i];
    if (insideQuote(scope, token)) continue;
    if (token.text === ';') return trimEndSpaces(text, from, token.start);
    // "noted the risks: Berg said ...": a colon before a clause with its own cue ends the content.
    if (token.text === ':' && scope.cues.some((c) => c.kind === 'verb' && c.start > token.end && !insideQuote(scope, tokens[c.tokenIndex]))) return trimEndSpaces(text, from, token.start);
    const next = tokens[i + 1];
    if (token.text === ',' && next && (PARTICIPLE_CUES.has(next.lower) || next.lower === 'according')) return trimEndSpaces(text, from, token.start);
    if (i > 0 && joinsSecondCue(tokens, i) && isCueToken(scope, i + 1)) return trimEndSpaces(text, from, tokens[i - 1].text === ',' ? tokens[i - 1].start : token.start);
  }
  return trimEndSpaces(text, from, span.end);
}

/** A reporting cue that can start a coordinated relation ("and said", "and believed"); "and called for" cannot. */
function isCueToken(scope: SentenceScope, index: number): boolean {
  return scope.cues.some((c) => c.kind === 'verb' && c.tokenIndex === index && !QUOTE_ONLY_VERBS.has(c.lower));
}

function insideQuote(scope: SentenceScope, token: Token): boolean {
  return scope.quotes.some((q) => token.start > q.start && token.end < q.end);
}

/**
 * A hedge on a word inside a noun phrase ("involving allegedly politically motivated traffic chaos",
 * "the reportedly corrupt officials") qualifies that word, not a clause, so no claim is reported
 * (annotation guide, decision 13). A hedge on a verb ("was reportedly backed", "reportedly emailed")
 * or opening the sentence governs its clause.
 */
function modifiesNounPhrase(scope: SentenceScope, cue: Cue): boolean {
  const { tokens } = scope;
  if (cue.tokenIndex === 0) return false;
  let next = cue.tokenIndex + 1;
  while (next < tokens.length && tokens[next].isWord && posOf(scope, tokens[next]) === 'ADV') next++;
  const word = tokens[next];
  if (!word?.isWord) return false;
  const pos = posOf(scope, word);
  const after = tokens[next + 1];
  const beforeNoun = after?.isWord === true && ['NOUN', 'PROPN', 'ADJ'].includes(posOf(scope, after));
  return pos === 'ADJ' ? beforeNoun || !after?.isWord : /(?:ed|en)$/u.test(word.lower) && beforeNoun && !BE_FORMS.has(tokens[cue.tokenIndex - 1]?.lower ?? '');
}

/** The clause around a hedge: from the last clause break before it to the next after it. */
function clauseAround(scope: SentenceScope, cue: Span): Span {
  const { tokens, text, span } = scope;
  // "Reportedly, the plant will close": a hedge opening the sentence governs all of it.
  if (firstTokenAt(tokens, cue.start) === 0 && tokens[1]?.text === ',' && tokens.length > 2) return { start: tokens[2].start, end: contentEnd(scope, tokens[2].start) };
  let start = span.start;
  for (const token of tokens) {
    if (token.start >= cue.start) break;
    if (insideQuote(scope, token)) continue;
    if (token.text === ',' || token.text === ';' || ['where', 'which', 'who', 'while', 'whereas', 'but'].includes(token.lower)) start = skipSpaces(text, token.end);
  }
  let end = span.end;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.start < cue.end || insideQuote(scope, token)) continue;
    // A relative clause after the comma describes what was reported and stays in it (", who knew the family").
    if (token.text === ';' || (token.text === ',' && !RELATIVE_PRONOUNS.has(tokens[i + 1]?.lower ?? ''))) {
      end = token.start;
      break;
    }
  }
  return { start, end: trimEndSpaces(text, start, end) };
}

/**
 * Nothing of substance from token `index` to the end of the sentence: closing punctuation, a
 * time phrase ("on Monday"), or a comma opening a circumstantial clause (", after talks broke down").
 */
function endsSentence(tokens: readonly Token[], index: number): boolean {
  let words = 0;
  let limit = MAX_TRAILING_WORDS;
  for (let i = index; i < tokens.length; i++) {
    const token = tokens[i];
    if (isQuoteText(token.text)) return false;
    if (token.text === ',') return TRAILING_CLAUSE_OPENERS.has(tokens[i + 1]?.lower ?? '');
    if (!token.isWord) continue;
    if (words === 0 && !TRAILING_ADVERBIAL.has(token.lower)) return false;
    // "observed during a question and answer session": a phrase led by a preposition may run longer.
    if (words === 0 && PREPOSITIONS.has(token.lower)) limit = MAX_TRAILING_PHRASE_WORDS;
    if (++words > limit) return false;
  }
  return true;
}

/** Words after a sentence-final cue: an adverbial ("late on Monday"), or a prepositional phrase ("during an interview with local radio"). */
const MAX_TRAILING_WORDS = 5;
const MAX_TRAILING_PHRASE_WORDS = 8;

/** A quotation standing as its own sentence, or after a colon or dash, reads as speech even without a cue. */
function beginsSentence(scope: SentenceScope, quote: Quotation): boolean {
  const before = scope.tokens.filter((t) => t.end <= quote.start).at(-1);
  return before === undefined || [':', '—', '–'].includes(before.text);
}

function runsToSentenceEnd(scope: SentenceScope, quote: Quotation): boolean {
  return scope.tokens.every((t) => t.start < quote.end || !t.isWord);
}

/** Longest adverbial between a cue and the second half of its split quote ("in his nightly address"). */
const MAX_SPLIT_GAP_WORDS = 8;

function continuesSplitQuote(scope: SentenceScope, from: number, quote: Quotation): boolean {
  const between = scope.tokens.filter((t) => t.start >= from && t.end <= quote.start);
  const words = between.filter((t) => t.isWord);
  // '... as saying "A" and "B."': a second quotation joined by "and" under the same cue.
  if (words.length === 0 || (between.length === 1 && AND.has(words[0].lower))) return true;
  const hasCue = scope.cues.some((c) => c.start >= from && c.end <= quote.start);
  return between.at(-1)?.text === ',' && words.length <= MAX_SPLIT_GAP_WORDS && !hasCue && !words.some((t) => THAT.has(t.lower));
}

function isQuoteText(text: string): boolean {
  return '"“”„«»'.includes(text);
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let i = 0;
  while (i < tokens.length && tokens[i].start < offset) i++;
  return i;
}

function lastTokenIn(tokens: readonly Token[], span: Span): number {
  let i = firstTokenAt(tokens, span.start);
  while (i + 1 < tokens.length && tokens[i + 1].end <= span.end) i++;
  return i;
}

function wordCount(tokens: readonly Token[], span: Span): number {
  return tokens.filter((t) => t.isWord && t.start >= span.start && t.end <= span.end).length;
}

function skipSpaces(text: string, from: number): number {
  while (from < text.length && /\s/u.test(text[from])) from++;
  return from;
}

/** End of text[from, end) without trailing spaces and sentence-final punctuation outside quotes. */
function trimEndSpaces(text: string, from: number, end: number): number {
  while (end > from && /[\s.;,:!?]/u.test(text[end - 1])) end--;
  return end;
}
