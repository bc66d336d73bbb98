import { ANONYMOUS_MARKERS, CLAUSE_WORDS, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, ORG_NAME_WORDS, ORG_ROLES, PERSON_ROLES, PRONOUNS, TITLE_WORDS } from './lexicon';
import type { Token } from './tokens';

type Gender = 'male' | 'female' | null;

/** A person or organisation the story has named, for resolving later "he" or "the ministry". */
interface Entity {
  name: string;
  kind: 'person' | 'org';
  gender: Gender;
  /** Lower-case role words written with the name ("president", "ministry"). */
  roles: Set<string>;
  /** Offset of the latest mention: resolution prefers the nearest. */
  lastSeen: number;
}

export interface SpeakerDescription {
  speaker: string | null;
  anonymous: boolean;
  /** How the speaker was found; lowers confidence for pronouns and roles. */
  via: 'name' | 'pronoun' | 'role' | 'none';
}

const FEMALE_WORDS = new Set(['mrs', 'ms', 'miss', 'spokeswoman', 'chairwoman', 'congresswoman', 'dame', 'lady', 'queen', 'ministra', 'señora', 'doña', 'alcaldesa', 'directora']);
const MALE_WORDS = new Set(['mr', 'sir', 'lord', 'spokesman', 'chairman', 'congressman', 'king', 'señor', 'don', 'alcalde']);
/** "the 23-year-old": an age used as a noun refers back to a person. */
const AGE_NOUN = /^\d{1,3}-year-old$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una']);
const NAME_GLUE = new Set(['of', 'for', 'de', 'del', 'and', 'y', '&']);
/** Words joining a person to where they work: "Ana Ruiz of Leeds University", "Li Wei at the ministry". */
const AFFILIATION_GLUE = new Set(['of', 'at', 'from', 'in']);
/** Explicit anonymity, which outweighs any name in the phrase ("a source close to President X"). */
const EXPLICIT_ANONYMITY = new Set(['unnamed', 'anonymous', 'anonymity', 'familiar', 'source', 'sources', 'fuente', 'fuentes', 'insider', 'insiders']);

/** Nationality adjectives describe a name rather than belong to it: "Chinese President Xi Jinping". */
function isDemonym(word: string): boolean {
  return /(?:ian|ean|ese|ish|an|i|ic)$/u.test(word) && !/(?:Iran|Sudan|Oman|Japan|Taiwan|Pakistan|Afghanistan|Jordan|Bhutan|Vatican)$/u.test(word);
}

/**
 * Names the speakers of a story in reading order. Call `noteMentions` on each sentence as it is
 * read so that later pronouns and role phrases can find their antecedent.
 */
export class SpeakerRegister {
  private readonly entities: Entity[] = [];
  /** Entities by every lower-case name they were written under, and people by surname. */
  private readonly byName = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity>();
  /**
   * Two- or three-word capitalised runs with no title ("Walter Penn was 19 ..."): maybe people,
   * maybe places, so they only complete a later bare surname and stand in for a pronoun's
   * antecedent when the story has named no one more certainly.
   */
  private readonly fullNames = new Map<string, { name: string; at: number }>();
  private lastSpeaker: string | null = null;

  /** The speaker of the latest finding, for quotes that continue without a cue. */
  get previousSpeaker(): string | null {
    return this.lastSpeaker;
  }

  set previousSpeaker(name: string | null) {
    if (name) this.lastSpeaker = name;
  }

  /** Register names in a sentence's unquoted words: title + name, role + name, organisations. */
  noteMentions(tokens: readonly Token[], isQuoted: (token: Token) => boolean): void {
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i].capitalized || isQuoted(tokens[i])) continue;
      let end = i;
      while (end < tokens.length && (tokens[end].capitalized || isDot(tokens, end) || (NAME_GLUE.has(tokens[end].lower) && tokens[end + 1]?.capitalized))) end++;
      const run = tokens.slice(i, end);
      const before = tokens[i - 1];
      const after = tokens.slice(end, end + 3);
      const roleBefore = before !== undefined && PERSON_ROLES.has(before.lower);
      const appositiveAfter = after[0]?.text === ',' && after[1] !== undefined && ['a', 'an', 'the', 'who', 'whose'].includes(after[1].lower);
      const hasTitle = run.some((t) => TITLE_WORDS.has(t.lower.replace(/\.$/u, '')));
      // "Council member Omar Haddad": an organisation word before a role and a name titles the person.
      const titlesPerson = PERSON_ROLES.has(tokens[end]?.lower ?? '') && tokens[end + 1]?.capitalized === true;
      if (titlesPerson) {
        i = end - 1;
        continue;
      }
      if (run.some((t) => ORG_NAME_WORDS.has(t.lower))) this.remember(orgName(run), 'org', run, tokens[i].start);
      else if (hasTitle || roleBefore || appositiveAfter) {
        const name = personName(run);
        if (name) this.remember(name, 'person', roleBefore ? [before, ...run] : run, tokens[i].start);
      } else if (looksLikeFullName(run, before)) {
        // "When Nadia Okoro ...": a capitalised clause word opening the sentence is not part of the name.
        const named = CLAUSE_WORDS.has(run[0].lower) || DETERMINERS.has(run[0].lower) ? run.slice(1) : run;
        const name = named.map((t) => t.text).join(' ');
        if (named.length >= 2) this.fullNames.set(name.toLowerCase().split(' ').pop() ?? name, { name, at: named[0].start });
      }
      i = end;
    }
  }

  /**
   * The person last named inside `span` (a paragraph just read), as a speaker: a titled name or
   * a bare full name ("Peter Vance has run the shop ..."), which from now on counts as a person.
   */
  personNamedIn(span: { start: number; end: number }): string | null {
    const inside = (at: number) => at >= span.start && at < span.end;
    let best: { name: string; at: number } | null = null;
    for (const e of this.entities) if (e.kind === 'person' && inside(e.lastSeen) && (!best || e.lastSeen > best.at)) best = { name: e.name, at: e.lastSeen };
    for (const n of this.fullNames.values()) if (inside(n.at) && (!best || n.at > best.at)) best = n;
    return best ? this.entityFor(best.name, best.at).name : null;
  }

  /**
   * The person an interview label names: "Ana Ruiz" as written; initials ("AR") as the person
   * the story named with those initials, nearest before; else the label itself.
   */
  nameTranscriptSpeaker(label: string, initials: string, at: number): string {
    if (label !== initials) return this.remember(label, 'person', [], at);
    const person = this.nearest(at, (e) => e.kind === 'person' && e.name.split(' ').map((w) => w[0]).join('').toUpperCase() === initials);
    return person ? person.name : label;
  }

  /** Who a source phrase names, resolving pronouns and role phrases to earlier names. */
  describe(phrase: readonly Token[], at: number): SpeakerDescription {
    const words = phrase.filter((t) => t.isWord);
    if (words.length === 0) return { speaker: this.lastSpeaker, anonymous: false, via: this.lastSpeaker ? 'pronoun' : 'none' };
    const lower = words.map((t) => t.lower);
    if (words.length === 1 && PRONOUNS[lower[0]] !== undefined) {
      const speaker = this.resolvePronoun(lower[0], at);
      return { speaker, anonymous: false, via: speaker ? 'pronoun' : 'none' };
    }
    const explicitlyAnonymous = lower.some((w) => EXPLICIT_ANONYMITY.has(w));
    const named = words.filter((t, index) => t.capitalized && !(index === 0 && DETERMINERS.has(t.lower)));
    if (named.length > 0 && !explicitlyAnonymous) return { speaker: this.nameFromPhrase(phrase, at), anonymous: false, via: 'name' };
    const head = lower[lower.length - 1];
    const definite = DETERMINERS.has(lower[0]) && ['the', 'el', 'la', 'los', 'las'].includes(lower[0]);
    const personRole = PERSON_ROLES.has(head) || AGE_NOUN.test(head);
    if (definite && !explicitlyAnonymous && (personRole || ORG_ROLES.has(head))) {
      // A bare "the agency" refers back; "the transit agency" may be a body the story has not named.
      const resolved = this.resolveRole(head, personRole || words.length === 2, at);
      if (resolved) return { speaker: resolved, anonymous: false, via: 'role' };
      if (personRole) return { speaker: null, anonymous: false, via: 'none' };
      const body = words.slice(1);
      return { speaker: this.remember(body.map((t) => t.text).join(' '), 'org', body, at), anonymous: false, via: 'name' };
    }
    const anonymous = explicitlyAnonymous || lower.some((w) => ANONYMOUS_MARKERS.has(w));
    return { speaker: null, anonymous, via: 'none' };
  }

  private nameFromPhrase(phrase: readonly Token[], at: number): string {
    // "a spokesman for the fire service, Brian Mitchelhill": the name after the last comma is the person.
    const parts: Token[][] = [[]];
    for (const token of phrase) {
      if (token.text === ',') parts.push([]);
      else parts[parts.length - 1].push(token);
    }
    for (let p = parts.length - 1; p >= 0; p--) {
      // "Council member Rosa Delgado": the words after a lower-case role name the person whatever came before.
      const role = lastRoleWord(parts[p]);
      let part = role >= 0 ? parts[p].slice(role + 1) : parts[p];
      // "Professor Ana Ruiz of Leeds University": a person's name before "of", "at" or "from" an institution.
      const glue = part.findIndex((t) => AFFILIATION_GLUE.has(t.lower));
      if (glue > 0 && (personName(part.slice(0, glue))?.includes(' ') ?? false)) part = part.slice(0, glue);
      const isOrg = role < 0 && part.some((t) => ORG_NAME_WORDS.has(t.lower) || ORG_ROLES.has(t.lower));
      const person = isOrg ? null : personName(part);
      if (person) return this.remember(person, 'person', part, at);
    }
    const whole = phrase.filter((t) => t.text !== ',');
    return this.remember(orgName(whole), 'org', whole, at);
  }

  /** Store or refresh an entity; a bare surname joins the full name met earlier ("Haddox" -> "Eric Haddox"). */
  private remember(name: string, kind: Entity['kind'], context: readonly Token[], at: number): string {
    let lowerName = name.toLowerCase();
    let entity = this.byName.get(lowerName);
    if (!entity && kind === 'person' && !lowerName.includes(' ')) {
      entity = this.bySurname.get(lowerName);
      const full = entity ? undefined : this.fullNames.get(lowerName);
      if (full) {
        name = full.name;
        lowerName = name.toLowerCase();
        entity = this.byName.get(lowerName);
      }
    }
    if (!entity && kind === 'person') {
      // "Zelensky" met first and "Volodymyr Zelensky" now: one person, who now has a full name.
      const known = this.bySurname.get(surnameOf(lowerName));
      if (known && !known.name.includes(' ')) {
        known.name = name;
        entity = known;
      }
    }
    if (!entity) {
      entity = { name, kind, gender: null, roles: new Set(), lastSeen: at };
      this.entities.push(entity);
    }
    this.byName.set(lowerName, entity);
    if (entity.kind === 'person') this.bySurname.set(surnameOf(entity.name.toLowerCase()), entity);
    entity.lastSeen = Math.max(entity.lastSeen, at);
    if (kind === 'person' && entity.gender === null) entity.gender = genderOfFirstName(entity.name);
    for (const token of context) {
      const word = token.lower.replace(/\.$/u, '');
      if (FEMALE_WORDS.has(word)) entity.gender = 'female';
      if (MALE_WORDS.has(word)) entity.gender = 'male';
      if (PERSON_ROLES.has(word) || ORG_ROLES.has(word) || TITLE_WORDS.has(word)) entity.roles.add(word);
    }
    return entity.name;
  }

  private entityFor(name: string, at: number): Entity {
    return this.byName.get(this.remember(name, 'person', [], at).toLowerCase())!;
  }

  private nearest(at: number, accept: (entity: Entity) => boolean): Entity | null {
    let best: Entity | null = null;
    for (const entity of this.entities) {
      if (entity.lastSeen <= at && accept(entity) && (!best || entity.lastSeen > best.lastSeen)) best = entity;
    }
    return best;
  }

  private resolvePronoun(pronoun: string, at: number): string | null {
    const type = PRONOUNS[pronoun];
    let entity: Entity | null = null;
    if (type === 'male' || type === 'female') {
      entity = this.nearest(at, (e) => e.kind === 'person' && (e.gender === null || e.gender === type));
      if (!entity && !this.entities.some((e) => e.kind === 'person')) {
        const guess = [...this.fullNames.values()].filter((n) => n.at <= at).sort((a, b) => a.at - b.at).at(-1);
        if (guess) entity = this.entityFor(guess.name, at);
      }
      if (entity && entity.gender === null) entity.gender = type;
    } else if (type === 'thing' || type === 'plural') {
      entity = this.nearest(at, (e) => e.kind === 'org');
    }
    if (!entity) return null;
    entity.lastSeen = at;
    return entity.name;
  }

  /** The entity a role phrase refers back to: one written with that role, else (when `nearestOfKind`) the nearest person or body. */
  private resolveRole(head: string, nearestOfKind: boolean, at: number): string | null {
    const kind = PERSON_ROLES.has(head) || AGE_NOUN.test(head) ? 'person' : 'org';
    const entity =
      this.nearest(at, (e) => e.roles.has(head) || e.name.toLowerCase().includes(head)) ?? (nearestOfKind ? this.nearest(at, (e) => e.kind === kind) : null);
    if (!entity) return null;
    entity.lastSeen = at;
    return entity.name;
  }
}

/** Index of the last lower-case role word followed by a capitalised word ("member" in "Council member Rosa Delgado"), or -1. */
function lastRoleWord(part: readonly Token[]): number {
  for (let i = part.length - 2; i >= 0; i--) if (!part[i].capitalized && PERSON_ROLES.has(part[i].lower) && part[i + 1].capitalized) return i;
  return -1;
}

function surnameOf(lowerName: string): string {
  return lowerName.slice(lowerName.lastIndexOf(' ') + 1);
}

/** "Walter Penn", "Sofia Andersson": 2-3 capitalised words, not after a preposition or article (places, events). */
function looksLikeFullName(run: readonly Token[], before: Token | undefined): boolean {
  const words = run.filter((t) => t.isWord);
  if (words.length < 2 || words.length > 3 || words.some((t) => !t.capitalized || t.text.length < 2 || t.text === t.text.toUpperCase())) return false;
  return before === undefined || !['in', 'at', 'from', 'to', 'of', 'near', 'the', 'on', 'en', 'de', 'el', 'la'].includes(before.lower);
}

/**
 * A first name's usual gender: the name lists first, then the ending "-a", which marks women's
 * names in Spanish, Italian, Slavic and many other languages (Maria, Olena, Sofia). A guess,
 * used only to pick between candidate antecedents; pronouns met later override nothing written.
 */
function genderOfFirstName(name: string): Gender {
  const parts = name.split(' ');
  if (parts.length < 2) return null;
  const first = parts[0].toLowerCase();
  if (FEMALE_FIRST_NAMES.has(first)) return 'female';
  if (MALE_FIRST_NAMES.has(first)) return 'male';
  return first.length > 2 && first.endsWith('a') ? 'female' : null;
}

function isDot(tokens: readonly Token[], i: number): boolean {
  return tokens[i].text === '.' && i > 0 && tokens[i - 1].capitalized && tokens[i - 1].text.length <= 4;
}

/** Longest personal name: "Carlos de la Vega" has four words. */
const MAX_NAME_WORDS = 4;

/**
 * The name at the end of a run: the trailing capitalised words that are not titles, roles or
 * nationalities ("Chinese President Xi Jinping" -> "Xi Jinping", "Area Manager Joanne Pike" -> "Joanne Pike").
 */
function personName(run: readonly Token[]): string | null {
  const words = run.filter((t) => t.isWord);
  let start = words.length;
  while (start > 0 && words.length - start < MAX_NAME_WORDS) {
    const word = words[start - 1];
    const isNamePart = word.capitalized ? !isTitle(word) && !(isDemonym(word.text) && start < words.length) : NAME_GLUE.has(word.lower) && start < words.length && start > 1;
    if (!isNamePart) break;
    start--;
  }
  while (start < words.length && !words[start].capitalized) start++;
  if (start === words.length) return null;
  return words.slice(start).map((t) => t.text).join(' ').replace(/['’]s$/u, '');
}

function isTitle(token: Token): boolean {
  const word = token.lower.replace(/\.$/u, '');
  return TITLE_WORDS.has(word) || PERSON_ROLES.has(word) || DETERMINERS.has(word) || ORG_NAME_WORDS.has(word);
}

/** An organisation as written, without a leading article or owner ("Ukraine's Foreign Ministry" -> "Foreign Ministry"). */
function orgName(run: readonly Token[]): string {
  const words = run.filter((t) => t.isWord);
  const start = words.length > 1 && (DETERMINERS.has(words[0].lower) || /['’]s$/u.test(words[0].text)) ? 1 : 0;
  return words.slice(start).map((t) => t.text).join(' ');
}
