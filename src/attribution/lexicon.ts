/**
 * Galley's attribution lexicon. src/ cannot read files at run time, so the word lists live here.
 *
 * Provenance of each list:
 * - SHARED_VERBS: the union of the two lists in ../shared/attribution/lexicons/
 *   (GenderGapTracker `quote_verb_list.txt`, MIT, © 2018-2023 Maite Taboada; JournalismAI
 *   quote-extraction `quote_verb_list.txt`, Apache-2.0), copied verbatim.
 * - GALLEY_VERBS and everything else below: written for Galley from the cues the shared README
 *   names as missing (told, asked, recalled, wrote, added, according to, in a statement, called,
 *   hedges), from the AP Stylebook's and Reuters Handbook's advice on attribution verbs
 *   (said, told, added, acknowledged, conceded, stressed...), and from reading agency copy
 *   (AP, Reuters, AFP, dpa English service, EFE Spanish service). Spanish forms are the
 *   third-person preterite, present and plural forms EFE uses.
 */

function words(list: string): string[] {
  return list.trim().split(/\s+/);
}

/** The shared lists, one inflected form each (see file comment for licences). */
const SHARED_VERBS = words(`
accept accepted acclaim acclaimed acclaiming acclaims acknowledge acknowledged acknowledges acknowledging
add added adding adds admit admits admitted admitting advise advised advises advising announce announced
announces announcing answer answered answering answers argue argued argues arguing assert asserted asserting
asserts assure assured assures assuring brand branded branding brands claim claimed claiming claims clarified
clarifies clarify clarifying comment commented commenting comments conclude concluded concludes concluding
confirm confirmed confirming confirms continue continued continues continuing convince convinced convinces
convincing counter countered countering counters criticize criticized criticizes criticizing declaim declaimed
declaiming declaims declare declared declares declaring decried decries decry decrying demonstrate demonstrated
demonstrates demonstrating denounce denounced denounces denouncing describe described describes describing
disclaim disclaimed disclaiming disclaims dispute disputed disputes disputing ensure ensured ensures ensuring
estimated estimates exclaim exclaimed exclaiming exclaims explain explained explaining explains finding finds
highlight highlighted highlighting highlights illustrate illustrated illustrates illustrating indicate indicated
indicates indicating inform informed informing informs insist insisted insisting insists laugh laughed laughing
laughs mention mentioned mentioning mentions note noted notes notified notifies notify notifying noting persist
persisted persisting persists point pointed pointing points preach preached preaches preaching predict predicted
predicting predicts present presenting presents proclaim proclaimed proclaiming proclaims promise promised
promises promising rave raved raves raving reassert reasserted reasserting reasserts reassure reassured reassures
reassuring reckon reckoned reckoning reckons reconfirm reconfirmed reconfirming reconfirms release released
releases releasing remind reminded reminding reminds replied replies reply replying report reported reporting
reports respond responded responding responds restate restated restates restating retell retelling retells
retold said say saying says shout shouted shouting shouts speak speaking speaks spoke spoken state stated states
stating suggest suggested suggesting suggests swear swearing swears swore tell telling tells testified testifies
testify testifying think thinking thinks thought told tweet tweeted tweeting tweets urge urged urges urging warn
warned warning warns write writes writing wrote yell yelled yelling yells
`);

/** Speech and reporting verbs the shared lists miss; the commonest cues in agency copy among them. */
const GALLEY_VERBS = words(`
ask asked asking asks recall recalled recalling recalls call called calling calls
stress stressed stresses stressing emphasise emphasised emphasises emphasising emphasize emphasized emphasizes emphasizing
concede conceded concedes conceding deny denied denies denying allege alleged alleges alleging
maintain maintained maintaining maintains contend contended contending contends observe observed observes observing
remark remarked remarks remarking recount recounted recounting recounts complain complained complaining complains
acknowledge pledge pledged pledges pledging vow vowed vowing vows boast boasted boasting boasts
believe believed believes believing feel felt feels fear feared fears
write wrote written posted post posts
echo echoed echoes echoing reiterate reiterated reiterates reiterating repeat repeated repeats repeating
agree agreed agrees agreeing caution cautioned cautions cautioning predicted forecast forecasts
whisper whispered whispers sigh sighed joke joked jokes joking quip quipped quips
tell insisted lament lamented laments lamenting mourn mourned
reveal revealed reveals revealing disclose disclosed discloses disclosing
acknowledged suggested hinted hint hints hinting demand demanded demands demanding
refer referred referring refers dismiss dismissed dismisses dismissing
rule ruled rules ruling find found conclude concluded
predicted wondered wonder wonders questioned question questions
accuse accused accuses accusing blame blamed blames blaming
explain reply estimate
elaborate elaborated elaborates elaborating characterise characterised characterises characterising
characterize characterized characterizes characterizing label labelled labeled labels term termed
thank thanked thanks praise praised praises praising condemn condemned condemns
reaffirm reaffirmed reaffirms reaffirming underline underlined underlines underlining speculate speculated speculates speculating
show shows showed shown read reads
`);

/** Spanish reporting verbs of agency copy (EFE). */
const SPANISH_VERBS = words(`
dijo dice dicen dijeron afirmó afirma afirman afirmaron aseguró asegura aseguran aseguraron
señaló señala señalan señalaron declaró declara declaran declararon explicó explica explican explicaron
indicó indica indican indicaron añadió añade añadieron agregó agrega agregaron subrayó subraya subrayaron
destacó destaca destacaron manifestó manifiesta manifestaron advirtió advierte advirtieron
sostuvo sostiene sostienen sostuvieron precisó precisa precisaron comentó comenta comentaron
reconoció reconoce reconocieron insistió insiste insistieron apuntó apunta apuntaron expresó expresa
informó informa informaron anunció anuncia anunciaron denunció denuncia denunciaron confirmó confirma
confirmaron negó niega negaron admitió admite admitieron aseveró recalcó puntualizó consideró considera
consideraron estimó estima opinó opina respondió responde respondieron preguntó pregunta relató relata
calificó califica calificaron criticó critica criticaron reiteró reitera lamentó lamenta
`);

/** Spanish cue forms: the English tagger has nothing to say about them. */
export const SPANISH_CUE_VERBS: ReadonlySet<string> = new Set(SPANISH_VERBS);

/**
 * Cue forms that can only be verbs: the past tense ("said", "warned", "wrote"). Any other form
 * ("claims", "report", "warning", "calls") may be a noun, which the part-of-speech tagger decides.
 */
export function isPastTenseCue(word: string): boolean {
  return word.endsWith('ed') || IRREGULAR_PAST.has(word);
}
const IRREGULAR_PAST = new Set(words(`said told wrote spoke thought felt found swore retold foretold`));

/** Every cue verb form, lower case. */
export const CUE_VERBS: ReadonlySet<string> = new Set([...SHARED_VERBS, ...GALLEY_VERBS, ...SPANISH_VERBS]);

/**
 * Cue verbs that are speech only next to a quotation, never on their own: "continued to fall",
 * "ensure the safety", "released the figures", "the findings", "pointed at". Without a quote
 * these make an indirect relation only when followed by "that".
 */
export const QUOTE_ONLY_VERBS: ReadonlySet<string> = new Set(
  words(`
accept accepted acclaim acclaimed acclaiming acclaims continue continued continues continuing convince convinced
convinces convincing ensure ensured ensures ensuring finding finds find found present presenting presents
release released releases releasing point pointed pointing points persist persisted persisting persists
demonstrate demonstrated demonstrates demonstrating illustrate illustrated illustrates illustrating laugh laughed
laughing laughs speak speaking speaks spoke spoken highlight highlighted highlighting highlights
call calls rule rules ruling post posted posts feel felt feels fear feared fears repeat repeated repeats
echo echoed echoes question questions agree agreed agrees brand branding brands counter counters
blame blamed blames accuse accused accuses advise advised advises demand demands demanded urge urged urges
remind reminds reminded answer answered answers mention mentions thinking
preach preached preaches rave raved raves reckoning dispute disputes disputed
mourn mourned maintain maintains maintained maintaining observe observes observed observing
show shows showed shown read reads
label labelled labeled labels term termed thank thanked thanks praise praised praises praising condemn condemned condemns
`),
);

/**
 * Objects that only point back at something the story already said ("announced this change",
 * "disclosed the matter to regulators"): a demonstrative, a pronoun, or the article with one of
 * these nouns. They report nothing new, so they are no content (annotation guide, decision 14).
 */
export const POINTING_DETERMINERS: ReadonlySet<string> = new Set(words(`this these those it them`));
export const POINTING_NOUNS: ReadonlySet<string> = new Set(words(`matter matters issue issues news`));

/**
 * Cue verbs that take a plain noun phrase as what was said ("China announced the attachment of
 * the final panel", "described the telescope's potential"), so their object counts as content
 * even without "that".
 */
export const NOMINAL_OBJECT_VERBS: ReadonlySet<string> = new Set(
  words(`
announce announced announces announcing describe described describes describing deny denied denies denying
confirm confirmed confirms confirming report reported reports reveal revealed reveals disclose disclosed
criticize criticized criticizes criticise criticised dismiss dismissed dismisses predict predicted predicts
conclude concluded concludes welcome welcomed welcomes condemn condemned condemns estimate estimates estimated
anunció anuncia confirmó negó criticó calificó denunció
`),
);

/**
 * Verbs of believing: an attribution of their own ("Police believe the driver was 25", annotation guide
 * decision 18, after PARC 3.0 and PolNeAR), but inside a report ("police said they believe ...") they
 * are the speaker's words, not a second report.
 */
export const BELIEF_VERBS: ReadonlySet<string> = new Set(
  words(`believe believes believed think thinks thought feel feels felt fear fears feared suspect suspects suspected hope hopes hoped`),
);

/**
 * Verbs that give a document's or a sign's wording ("the placard read "..."", "the decree reads"):
 * speech only when the quoted words read as a sentence, not a name ("Banners read "Harbour Festival"").
 */
export const WORDING_VERBS: ReadonlySet<string> = new Set(words(`read reads`));

/**
 * "The storm claimed 12 lives", "the virus has claimed the lives of 40": "claim" taking a life is a
 * death, not a claim. The nouns that give that sense as the object's head.
 */
export const CLAIM_VERBS: ReadonlySet<string> = new Set(words(`claim claims claimed claiming`));
export const TAKEN_LIFE_NOUNS: ReadonlySet<string> = new Set(words(`life lives victims`));

/** Cue verbs whose particle makes them verbs of saying, speech on their own: "pointed out (that) ...". */
export const CUE_PARTICLES: ReadonlyMap<string, string> = new Map(words(`point points pointed pointing`).map((verb) => [verb, 'out']));

/** Verbs that relay someone else's words: "Politico quoted Tim Manning as saying ...", "was cited as saying". */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(words(`quoted quotes quoting cited cites`));

/** Verbs that report a charge against someone: "accused X of ...", "blamed X for ...". */
export const ACCUSATION_VERBS: ReadonlySet<string> = new Set(words(`accuse accused accuses accusing blame blamed blames blaming`));

/** The plain verbs of saying: whatever follows them is what was said, clause or not. */
export const SAY_VERBS: ReadonlySet<string> = new Set(
  words(`say says said told tells tell dijo dice afirmó afirma aseguró asegura señaló señala declaró explicó indicó añadió agregó`),
);

/** Verbs whose next noun phrase is the hearer, not the content: "told reporters that ...". */
export const HEARER_VERBS: ReadonlySet<string> = new Set(
  words(`
tell tells told telling inform informs informed informing assure assures assured assuring reassure reassured
remind reminded reminds warn warned warns warning notify notified advise advised urge urged ask asked asks
`),
);

/** Participles that hang off the main clause: "..., calling it ill-founded", "with X saying ...". */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set(
  words(`
saying adding calling noting warning arguing insisting stressing describing claiming explaining telling asking
urging accusing denying acknowledging blaming praising criticising criticizing condemning promising vowing pledging
suggesting admitting conceding dismissing stating declaring asserting
`),
);

/** Multi-word cues that introduce a source: "according to the ministry", "según fuentes". */
// Case-sensitive alternatives on purpose: a case-insensitive Unicode regex is several times slower.
// "By all accounts, ...", "..., by some estimates, ...": "by" is the cue and the reports the source, set off by commas
// ("alarmed by reports of looting" is no source).
// "citing X" is not among them: after a report ("X reported, citing Y, ...") the speaker is X, and after an act
// ("X postponed it, citing Y") Y is X's reason; the annotation guide marks only the outer speaker.
export const ACCORDING_TO =
  /\b(?:[Aa]ccording to|[Ss]egún|[Aa]s reported by|(?:By|(?<=,\s)by)(?=\s+(?:(?:all|most|some|several|varying|conflicting|other|early|initial|local|media|official|unconfirmed)\s+)?(?:reports|accounts|estimates),))\s/gu;

/**
 * Hedges with no source: the claim is reported but nobody owns it. The desk wants these flagged.
 * Each entry is matched on word boundaries, case-insensitively.
 */
export const HEDGE_ADVERBS: ReadonlySet<string> = new Set(
  words(`reportedly allegedly purportedly supposedly reputedly ostensibly supuestamente presuntamente`),
);

/** "is said to", "are believed to", "was reported to": passive reporting without an agent. */
export const PASSIVE_REPORTING =
  /\b(?:(?:is|are|was|were|being|been|be)\s+(?:also\s+|widely\s+|now\s+)?)?(?:said|believed|thought|reported|understood|alleged|rumou?red|feared|suspected)\s+to\s+(?:be|have)\b/gu;

/** "It is thought that", "It was reported that": the impersonal passive. */
export const IMPERSONAL_PASSIVE =
  /\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|widely\s+)?(?:said|believed|thought|reported|understood|alleged|rumou?red|claimed|feared|suggested|expected)\s+that\b/gu;

/** "There are also concerns that", "There were reports that": a claim with no owner. */
export const THERE_ARE_CLAIMS =
  /\b[Tt]here\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:also\s+|growing\s+|widespread\s+|unconfirmed\s+|some\s+)?(?:concerns?|fears?|reports?|claims?|suggestions?|speculation|rumou?rs?|allegations?|indications?|signs?)\s+that\b/gu;

/**
 * Nominal reports: a possessor, one of these nouns and "that" make an indirect relation
 * ("Berg's claim that ...", "the senator's argument that ...", "her insistence that ...").
 * The possessor is the source; without one ("the claim that") nobody is named and nothing is made.
 */
export const NOMINAL_REPORT =
  /(?<=(?:[\p{L}.]['’]s?|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts)\s+(?:(?:repeated|latest|earlier|public|central|main|own)\s+)?)(?:claims?|arguments?|assertions?|contention|insistence|allegations?|warnings?|promises?|pledges?|belief|suggestion|statements?|denials?|admission|assurances?|view|comments?|remarks?|accusations?|prediction|conclusion|position)(?=\s+that\b)/gu;

/**
 * Words after which a preposition stays inside a source phrase: "people familiar with the
 * figures", "a source close to the talks", "an official briefed on the plan", "with knowledge of".
 */
export const SOURCE_QUALIFIERS: ReadonlySet<string> = new Set(
  words(`familiar close briefed involved knowledgeable aware privy near closest`),
);
/** Nouns that a "with" before them keeps in a source phrase: "an official with knowledge of the matter". */
export const SOURCE_WITH_NOUNS: ReadonlySet<string> = new Set(words(`knowledge direct detailed first-hand firsthand access ties links`));

/** Words that, in a source phrase, mark a person or body the reader cannot identify. */
export const ANONYMOUS_MARKERS: ReadonlySet<string> = new Set(
  words(`
source sources official officials unnamed anonymous anonymity familiar insider insiders aide aides
diplomat diplomats person people someone witness witnesses observer observers analyst analysts
spokesman spokeswoman spokesperson resident residents fuente fuentes
`),
);

/** Subject pronouns that need resolving to a named speaker. */
export const PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'plural' | 'thing' | 'speaker'>> = {
  he: 'male',
  she: 'female',
  they: 'plural',
  it: 'thing',
  we: 'plural',
  i: 'speaker',
  él: 'male',
  ella: 'female',
  ellos: 'plural',
};

/** Role nouns: "the president", "the ministry", "el ministro" refer back to a named speaker. */
export const PERSON_ROLES: ReadonlySet<string> = new Set(
  words(`
president minister premier chancellor mayor governor senator congressman congresswoman secretary chairman
chairwoman chair director chief executive ceo spokesman spokeswoman spokesperson official commander general
prosecutor judge lawyer attorney coach manager captain leader king queen prince pope envoy ambassador
researcher scientist professor doctor economist analyst founder owner engineer officer sheriff
striker midfielder goalkeeper defender forward player athlete actor actress singer writer author novelist
nurse teacher student colleague negotiator partner wife husband daughter son mother father resident passenger
manager governor councillor councilman councilwoman legislator lawmaker candidate activist member
presidente ministro ministra portavoz alcalde alcaldesa gobernador director directora jefe
`),
);

export const ORG_ROLES: ReadonlySet<string> = new Set(
  words(`
ministry government company firm agency department office council commission committee court tribunal
police army military party union group organisation organization bank airline authority authorities
embassy board regulator club federation association hospital university institute kremlin
ministerio gobierno empresa agencia policía ejército partido
`),
);

/** Capitalised words that make a name an organisation rather than a person. */
/**
 * Documents that speak for whoever issued them (guide decisions 15 and 16): "filed a motion claiming
 * ...", "published a report suggesting ...". After another verb, such an object is the source.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  words(`
motion lawsuit suit filing complaint petition letter statement report study survey law decree ruling order
bill resolution memo memorandum release document paper sign placard banner
`),
);

export const ORG_NAME_WORDS: ReadonlySet<string> = new Set(
  words(`
ministry government department council commission committee agency office police service services company
corporation corp inc ltd plc group bank union party association federation institute university hospital
court tribunal army forces navy authority board fund organisation organization nations kremlin pentagon
house parliament congress senate assembly church rail airlines airways times post news reuters press
ministerio gobierno policía tribunal ejército partido empresa
`),
);

/**
 * Capitalised words that are titles or descriptors, not part of a person's name:
 * "Ukrainian President Volodymyr Zelensky" names "Volodymyr Zelensky".
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  words(`
mr mrs ms miss dr prof sir dame lord lady gen col lt capt sgt adm gov sen rep rev judge justice president vice
prime minister foreign finance defence defense interior health economy trade chancellor mayor governor
secretary state general senator chief executive director spokesman spokeswoman chairman chairwoman king queen
prince princess pope coach premier ambassador commissioner officer inspector detective superintendent
deputy acting former opposition party leader señor señora presidente ministro ministra don doña
`),
);

/** Words that are never part of a source noun phrase; walking back from a cue stops at them. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  words(`
that which who whom whose and but or nor because if when while although though as so then than since until
after before where whereas however meanwhile also is was were are be been being has have had do does did will
would could should may might can must not never to in on at by from with into onto upon about over under
this these those there here it's its yet still just even only both either neither
que y pero o porque cuando mientras aunque como en con por para sobre tras desde
`),
);

/** Adverbs and auxiliaries allowed between a subject and its cue: "Smith also told", "she has said", "they did say". */
export const SUBJECT_CUE_GAP: ReadonlySet<string> = new Set(
  words(`
also later earlier previously has have had had then further again once repeatedly publicly separately recently
already first initially finally would will had once reportedly privately himself herself themselves
did does do
`),
);

/**
 * Verbs that give something a name: speech only when a speaker does it in the active ("the mayor called
 * the plan "reckless""), not "a crab called the ghost crab" or "is sometimes called a lake".
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(words(`called named dubbed nicknamed`));

/** Nouns that mark the quoted words as a title or a name, not speech: "the film "Oppenheimer"". */
export const TITLE_NOUNS: ReadonlySet<string> = new Set(
  words(`
book novel film movie song album single play opera series show programme program documentary episode
article essay column poem painting exhibition podcast report paper study campaign operation project slogan
motto hashtag headline titled entitled known as so-called term phrase word ${[...NAMING_VERBS].join(' ')}
libro película canción disco obra serie programa
`),
);

/**
 * Common first names whose gender the "-a" rule gets wrong or cannot see, for resolving he/she.
 * Hand-picked for Galley from names frequent in English-language and agency copy.
 */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`
mary karen ruth helen claire jane sarah elizabeth susan ann anne ingrid denise grace kate katherine catherine
margaret jennifer emily alice rachel rebecca hannah louise caroline charlotte sophie chloe megan michelle
nicole laura carol janet joan jean judith amy beth lynn ellen kim ashley heather rose isabel carmen pilar
mercedes raquel beatriz inés ines dolores lourdes ursula gudrun birgit karin heike sabine ulrike annette
olga tatiana yulia irina natalia svetlana marie juliette camille agnes aurélie madeleine nadine yasmin fatima
aisha leila mariam noor priya anjali sunita deepa mei ling yuki keiko hiroko miriam esther ruth judith
`),
);

export const MALE_FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`
joshua luca andrea nikita ilya mustafa musa elijah jonah noah ezra isa jamie sasha
john david paul michael james robert william richard thomas charles daniel matthew mark steven kevin brian
george edward peter andrew joseph christopher anthony donald kenneth ronald timothy jason jeffrey gary
ryan eric stephen jonathan larry justin scott frank raymond gregory benjamin samuel patrick jack dennis
jerry tyler aaron henry adam douglas nathan peter zachary kyle walter harold carl arthur gerald roger
keith jeremy terry lawrence sean christian albert joe ethan austin jesse willie billy bruce ralph bobby
juan josé jose carlos luis miguel javier antonio manuel francisco pedro pablo diego jorge alejandro
fernando rafael sergio raúl raul andrés andres marco giovanni giuseppe alessandro lorenzo matteo
hans klaus jürgen jurgen wolfgang olaf claus martin stefan thomas andreas markus michael uwe dieter
ivan dmitry sergei sergey vladimir alexei alexey mikhail oleksandr volodymyr andriy yuri igor
ahmed mohammed muhammad ali hassan omar khalid amir yusuf ibrahim xi li wang zhang
`),
);
