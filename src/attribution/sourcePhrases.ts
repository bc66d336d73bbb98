import { CLAUSE_WORDS, CUE_VERBS, DOCUMENT_NOUNS, HEDGE_ADVERBS, ORG_ROLES, PERSON_ROLES, PRONOUNS, SOURCE_QUALIFIERS, SOURCE_WITH_NOUNS, SUBJECT_CUE_GAP } from './lexicon';
import type { Token } from './tokens';

/**
 * Finding the words that name a speaker around a cue, without a parser: a source phrase is a
 * short run of determiners, capitalised words and nouns, bounded by clause words ("that",
 * "and", prepositions), punctuation and other cues. Appositives between commas are skipped
 * ("The US, a key ally ..., said" names "The US").
 */

/** Longest source phrase walked back from a cue; real ones are "NAO Radio Astronomy ... director Peng Bo". */
const MAX_PHRASE_TOKENS = 14;
/** An appositive or relative clause between a name and its cue is rarely longer than this. */
const MAX_APPOSITIVE_TOKENS = 30;

export interface TokenRange {
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

const isQuoteMark = (token: Token): boolean => !token.isWord && '"“”„«»'.includes(token.text);

/** Inner words allowed in a name or role phrase even though they are clause words elsewhere. */
const PHRASE_GLUE = new Set(['of', 'for', 'de', 'del', 'la', 'el', 'los', 'las']);
const PLACE_GLUE = new Set(['in', 'at']);
/** The glue words that cannot start a phrase (articles can: "La Agencia Estatal"). */
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'in', 'at']);

/** Whether the cue word at a token index is used as a noun here ("reports" in "investigators' reports say"). */
export type NounTest = (index: number) => boolean;
/** The part-of-speech tag of the token at an index (wink-nlp's: "VERB", "NOUN", "ADV", ...; "" when unknown). */
export type PosAt = (index: number) => string;

/** A lower-case word that is not an article, a glue word or a role: only such words are worth tagging (tagging a sentence costs). */
export function mayBeVerb(token: Token): boolean {
  const word = token.lower;
  return token.isWord && !token.capitalized && !SUBJECT_DETERMINERS.has(word) && !PHRASE_GLUE.has(word) && !PERSON_ROLES.has(word) && !ORG_ROLES.has(word);
}

/** Relative pronouns that open a clause between a name and its cue: "Terri Collins who sponsored the bill remarked". */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/**
 * A subject phrase holding a verb of its own is a predicate, not a speaker: in "He also promoted a
 * theory suggesting ..." or "Terri Collins who sponsored the bill remarked ...", the words before the
 * cue run back over "promoted a theory" or "sponsored the bill". The speaker is that verb's subject,
 * found before it (past adverbs and a relative pronoun), unless the verb's object is a document
 * ("filed a motion claiming ..."). Null when the phrase holds no verb.
 */
export function subjectOfInnerVerb(tokens: readonly Token[], phrase: TokenRange, pos: PosAt, isNoun?: NounTest): TokenRange | null {
  let verb = -1;
  for (let i = phrase.from; i < phrase.to; i++) {
    if (mayBeVerb(tokens[i]) && pos(i) === 'VERB') {
      verb = i;
      break;
    }
  }
  if (verb < 0) return null;
  let end = verb;
  while (end > 0 && pos(end - 1) === 'ADV') end--;
  if (end > 0 && RELATIVE_PRONOUNS.has(tokens[end - 1].lower)) end--;
  // "filed a motion claiming ...": a document the verb produced speaks for itself (not in a relative clause: "who sponsored the bill said").
  else if (verb + 1 < phrase.to && DOCUMENT_NOUNS.has(tokens[phrase.to - 1].lower)) return { from: verb + 1, to: phrase.to };
  return end > 0 ? phraseBefore(tokens, end, 0, isNoun, pos) : null;
}

function isPhraseWord(tokens: readonly Token[], i: number, isNoun?: NounTest): boolean {
  const token = tokens[i];
  if (!token.isWord) return false;
  if (PHRASE_GLUE.has(token.lower)) return true;
  // "of the University of Guelph in Ontario", "a professor at Harvard Law School": a place or body after a name or role.
  if (PLACE_GLUE.has(token.lower)) return tokens[i + 1]?.capitalized === true && (tokens[i - 1]?.capitalized === true || PERSON_ROLES.has(tokens[i - 1]?.lower ?? ''));
  // "Fire and Rescue", "Ernst & Young": a conjunction between two capitalised words is part of a name.
  if (token.lower === 'and' || token.lower === 'y') return Boolean(tokens[i - 1]?.capitalized && tokens[i + 1]?.capitalized);
  // "WHO", "IT": an acronym is a name even when it spells a clause word.
  if (CLAUSE_WORDS.has(token.lower) && !isAcronym(token)) return qualifiesSource(tokens, i);
  if (!token.capitalized && CUE_VERBS.has(token.lower)) return isNoun?.(i) ?? false;
  return true;
}

function isAcronym(token: Token): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

/** A preposition inside an anonymous source's description: "familiar with", "close to", "with knowledge of". */
function qualifiesSource(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]?.lower ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  return (PREPOSITION_AFTER_QUALIFIER.has(tokens[i].lower) && SOURCE_QUALIFIERS.has(previous)) || (tokens[i].lower === 'with' && SOURCE_WITH_NOUNS.has(next));
}

const PREPOSITION_AFTER_QUALIFIER = new Set(['with', 'to', 'on', 'in', 'of', 'about']);

/** The possessor before a nominal cue: "Berg's", "the senator's", "the Greaves campaign's", "her". */
export function possessorBefore(tokens: readonly Token[], nounIndex: number): TokenRange | null {
  const last = nounIndex - 1;
  if (last < 0) return null;
  if (PRONOUNS[tokens[last].lower] !== undefined || ['his', 'her', 'their', 'its'].includes(tokens[last].lower)) return { from: last, to: nounIndex };
  // "the nurses' claim": the apostrophe is a token of its own.
  let from = /^['’]$/u.test(tokens[last].text) && last > 0 ? last - 1 : last;
  while (from > 0 && (tokens[from - 1].capitalized || SUBJECT_DETERMINERS.has(tokens[from - 1].lower) || PERSON_ROLES.has(tokens[from - 1].lower) || ORG_ROLES.has(tokens[from - 1].lower) || isAbbreviationDot(tokens, from - 1))) from--;
  return { from, to: nounIndex };
}

/** "(Aemet)", "(UK)": a bracketed acronym inside a name. */
function isBracketedName(tokens: readonly Token[], i: number): boolean {
  const text = tokens[i].text;
  if (text === ')') return tokens[i - 1]?.capitalized === true && tokens[i - 2]?.text === '(';
  if (text === '(') return tokens[i + 1]?.capitalized === true && tokens[i + 2]?.text === ')';
  return false;
}

/** The apostrophe of a plural possessive ("inspectors' reports") belongs to the phrase. */
function isPluralPossessive(tokens: readonly Token[], i: number): boolean {
  return (tokens[i].text === "'" || tokens[i].text === '’') && tokens[i - 1]?.isWord === true && tokens[i - 1].lower.endsWith('s') && tokens[i - 1].end === tokens[i].start && tokens[i + 1]?.isWord === true;
}

/** The abbreviation dot in "Mr. Haddox" belongs to the phrase. */
function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  return tokens[i].text === '.' && i > 0 && tokens[i - 1].isWord && tokens[i - 1].text.length <= 4 && tokens[i - 1].capitalized;
}

/** The subject phrase just before the cue at `cueIndex`, or null. `floor` is the first token it may use. */
export function phraseBefore(tokens: readonly Token[], cueIndex: number, floor: number, isNoun?: NounTest, pos?: PosAt): TokenRange | null {
  let end = cueIndex;
  while (end > floor && tokens[end - 1].isWord && (SUBJECT_CUE_GAP.has(tokens[end - 1].lower) || HEDGE_ADVERBS.has(tokens[end - 1].lower) || isAdverb(tokens[end - 1]))) end--;
  // "The committee on Tuesday confirmed": a day between subject and cue is not part of the subject.
  if (end > floor && WEEKDAYS.has(tokens[end - 1].lower)) {
    end--;
    if (end > floor && tokens[end - 1].lower === 'on') end--;
  }
  if (end > floor && tokens[end - 1].text === ',') {
    // "The ministry has, in a statement, called ...": a circumstance set off by commas after the auxiliary.
    const circumstance = skipCircumstanceBefore(tokens, end - 1, floor);
    if (circumstance !== null) return phraseBefore(tokens, circumstance, floor, isNoun, pos);
    const skipped = skipAppositive(tokens, end - 1, floor, pos);
    if (skipped === null) return nameBetweenCommas(tokens, end - 1, floor);
    end = skipped;
  }
  let start = end;
  while (start > floor && end - start < MAX_PHRASE_TOKENS && (isPhraseWord(tokens, start - 1, isNoun) || isAbbreviationDot(tokens, start - 1) || isBracketedName(tokens, start - 1) || isPluralPossessive(tokens, start - 1))) start--;
  // "Yesterday the rescue agency told": a time word opening the sentence is not part of the subject.
  while (start < end && (CONNECTORS.has(tokens[start].lower) || WEEKDAYS.has(tokens[start].lower))) start++;
  if (start >= end || !namesSomeone(tokens, start, end)) return null;
  const phrase = { from: start, to: end };
  return (pos && subjectOfInnerVerb(tokens, phrase, pos, isNoun)) ?? phrase;
}

/** "2,741 confirmed cases", "officially described": a number or a lone adverb before a cue word names nobody. */
function namesSomeone(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to).filter((t) => t.isWord);
  if (words.length > 0 && words.every((t) => /^[\d.,]+$/u.test(t.text))) return false;
  return !(words.length === 1 && isAdverb(words[0]));
}

/** "audibly", "publicly", "officially": a lower-case "-ly" word (not "family", "ally", "rally", "Italy"). */
function isAdverb(token: Token): boolean {
  return !token.capitalized && token.lower.length > 5 && token.lower.endsWith('ly') && !NOT_ADVERBS.has(token.lower);
}
const NOT_ADVERBS = new Set(['family', 'assembly', 'supply', 'monopoly', 'anomaly', 'butterfly']);

/** Prepositions that open a circumstance between a subject and its cue: ", in a statement,", ", on Monday,". */
const CIRCUMSTANCE_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'through', 'via']);
/** Longest circumstance between commas: ", in a statement on its website,". */
const MAX_CIRCUMSTANCE_TOKENS = 8;

/**
 * From the comma just before a cue, the opening comma of a circumstance that follows an auxiliary or
 * a name ("has, in a statement, called", "Ana Smith, in Boston, said"), so the subject is looked for
 * before it; null when there is none.
 */
function skipCircumstanceBefore(tokens: readonly Token[], closingComma: number, floor: number): number | null {
  for (let i = closingComma - 1; i > floor && closingComma - i <= MAX_CIRCUMSTANCE_TOKENS; i--) {
    if (!tokens[i].isWord && tokens[i].text !== ',') return null;
    if (tokens[i].text !== ',') continue;
    const opens = CIRCUMSTANCE_OPENERS.has(tokens[i + 1]?.lower ?? '');
    return opens && (SUBJECT_CUE_GAP.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.capitalized === true) ? i : null;
  }
  return null;
}

/**
 * From the comma just before a cue, the end of the phrase before the matching opening comma,
 * when the part between reads as an appositive ("a BBC executive", "who visited the site").
 */
function skipAppositive(tokens: readonly Token[], closingComma: number, floor: number, pos?: PosAt): number | null {
  for (let i = closingComma - 1; i > floor && closingComma - i < MAX_APPOSITIVE_TOKENS; i--) {
    if (isQuoteMark(tokens[i])) return null;
    if (tokens[i].text !== ',') continue;
    const first = tokens[i + 1];
    // "Ana Ruiz, co-author of the study, said", "Li Wei, speaking for the ministry, said": after a name, any lower-case phrase.
    // "Hurley, on radio after the launch, said": a circumstance after a name, however long, is set off the same way.
    const afterName = tokens[i - 1]?.capitalized === true && first?.isWord === true && !first.capitalized && (!CLAUSE_WORDS.has(first.lower) || CIRCUMSTANCE_OPENERS.has(first.lower));
    const opensAppositive =
      first !== undefined &&
      (['a', 'an', 'the', 'who', 'whose', 'which', 'un', 'una', 'el', 'la', 'quien'].includes(first.lower) ||
        PERSON_ROLES.has(first.lower) ||
        afterName ||
        (pos !== undefined && tokens[i - 1]?.capitalized === true && describesByRelation(tokens, i + 1, closingComma, pos)) ||
        /^\d/.test(first.text));
    // "The Revolutionary Guard Corps (IRGC), which ...": a bracketed acronym may end the name.
    return opensAppositive && (isPhraseWord(tokens, i - 1) || isBracketedName(tokens, i - 1)) ? i : null;
  }
  return null;
}

/**
 * "Susan Bro, Heather Heyer's mother, told": a possessive name and a common noun with no verb
 * between the commas describe the person before them.
 */
function describesByRelation(tokens: readonly Token[], from: number, to: number, pos: PosAt): boolean {
  const last = to - 1;
  if (last <= from || tokens[last].capitalized || pos(last) !== 'NOUN') return false;
  const possessive = tokens.slice(from, last).some((t) => /^['’]s$/u.test(t.text) || /['’]s$/u.test(t.text));
  return possessive && !tokens.slice(from, to).some((_, k) => pos(from + k) === 'VERB');
}

/**
 * "The minister of foreign affairs, José Luis Herrera, said": the part between the commas is
 * a name, and the source runs from the role before it to the name.
 */
function nameBetweenCommas(tokens: readonly Token[], closingComma: number, floor: number): TokenRange | null {
  let start = closingComma;
  while (start > floor && (tokens[start - 1].capitalized || isAbbreviationDot(tokens, start - 1))) start--;
  if (start === closingComma || start === floor || tokens[start - 1].text !== ',') return null;
  const role = phraseBefore(tokens, start - 1, floor);
  return { from: role ? role.from : start, to: closingComma };
}

/** The inverted source after a cue ("said a spokesman for the ministry, Brian Smith"), or null. */
export function phraseAfter(tokens: readonly Token[], cueIndex: number, ceiling: number, isNoun?: NounTest): TokenRange | null {
  let end = cueIndex + 1;
  while (end < ceiling && end - cueIndex <= MAX_PHRASE_TOKENS) {
    const token = tokens[end];
    const strayArticle = (token.lower === 'a' || token.lower === 'an') && end > cueIndex + 1 && tokens[end - 1].text !== ',';
    if (strayArticle) break;
    if (isPhraseWord(tokens, end, isNoun) || isAbbreviationDot(tokens, end) || token.text === '(' || token.text === ')') {
      end++;
      continue;
    }
    // A comma followed by a capitalised name that ends the clause is an appositive name:
    // "a BBC executive, Caroline Thomson." but not "court documents, Lindqvist bought ...".
    if (token.text === ',' && tokens[end + 1]?.capitalized === true && endsWithName(tokens, end + 1, ceiling)) {
      end++;
      continue;
    }
    break;
  }
  while (end > cueIndex + 1 && !tokens[end - 1].isWord && tokens[end - 1].text !== ')' && !isAbbreviationDot(tokens, end - 1)) end--;
  return end > cueIndex + 1 ? { from: cueIndex + 1, to: end } : null;
}

/** After "according to", a cue word is a noun of the source: "according to state media", "according to reports". */
const SOURCE_NOUNS: NounTest = () => true;

/** Prepositions that name who made the document an "according to" source names ("a tweet by X", "data from the WHO"). */
const AGENT_PREPOSITIONS = new Set(['by', 'from']);

/**
 * The source after "according to": the phrase, with the author of a document it names
 * ("a tweet on Monday by the secretary of state", "data from the health ministry", "projections by two networks").
 */
export function accordingSource(tokens: readonly Token[], cueIndex: number, ceiling: number): TokenRange | null {
  const range = phraseAfter(tokens, cueIndex, ceiling, SOURCE_NOUNS);
  if (!range) return null;
  let end = range.to;
  if (tokens[end]?.lower === 'on' && WEEKDAYS.has(tokens[end + 1]?.lower ?? '')) end += 2;
  if (end >= ceiling || !AGENT_PREPOSITIONS.has(tokens[end].lower)) return range;
  const agent = phraseAfter(tokens, end, ceiling, SOURCE_NOUNS);
  return agent ? { from: range.from, to: agent.to } : range;
}

/** Words that open an adverbial before the subject: "On Monday, ...", "Asked about the plan, ...". */
const LEAD_IN_WORDS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'asked', 'speaking', 'when', 'while', 'for', 'with', 'as', 'later', 'earlier', 'meanwhile', 'however', 'but', 'yet', 'since', 'despite', 'under', 'from', 'by', 'first', 'second', 'then', 'finally', 'also', 'instead', 'still', 'en', 'tras', 'durante']);
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'her', 'his', 'their', 'its', 'our', 'el', 'la', 'los', 'las', 'su', 'sus']);

function endsWithName(tokens: readonly Token[], from: number, ceiling: number): boolean {
  let i = from;
  while (i < ceiling && (tokens[i].capitalized || isAbbreviationDot(tokens, i))) i++;
  return i >= ceiling || !tokens[i].isWord;
}

/** The subject at the start of a clause: determiners, capitalised words and role nouns ("The Chinese government", "Her opponent"). */
export function leadingSubject(tokens: readonly Token[], from: number, ceiling: number): TokenRange | null {
  let start = from;
  if (tokens[from] && LEAD_IN_WORDS.has(tokens[from].lower)) {
    for (let i = from; i < ceiling && i - from < 12; i++) {
      if (tokens[i].text === ',') {
        start = i + 1;
        break;
      }
    }
  }
  if (start < ceiling && PRONOUNS[tokens[start].lower] !== undefined) return { from: start, to: start + 1 };
  let end = start;
  while (end < ceiling && end - start < MAX_PHRASE_TOKENS) {
    const token = tokens[end];
    const previous = tokens[end - 1];
    // The head noun right after a determiner: "Her opponent", "the union".
    const headAfterDeterminer = end > start && SUBJECT_DETERMINERS.has(previous.lower) && token.isWord && !CLAUSE_WORDS.has(token.lower) && !CUE_VERBS.has(token.lower);
    const fits =
      token.capitalized ||
      SUBJECT_DETERMINERS.has(token.lower) ||
      PHRASE_GLUE.has(token.lower) ||
      PERSON_ROLES.has(token.lower) ||
      ORG_ROLES.has(token.lower) ||
      /['’]s$/u.test(token.text) ||
      headAfterDeterminer ||
      isAbbreviationDot(tokens, end);
    if (!fits) break;
    end++;
  }
  while (end > start && PHRASE_GLUE.has(tokens[end - 1].lower)) end--;
  return end > start ? { from: start, to: end } : null;
}
