/**
 * The house styles Galley knows (issue 18): the agencies and organisations whose copy the desk
 * receives, how their datelines, photo credits and closing credits are printed, and the page
 * furniture that web pages put around a story. One table, used by the paste importer, the credit
 * checks (src/attribution/credits.ts) and readiness (src/story/readiness.ts): a new agency or a
 * new form is added here once and every user sees it.
 *
 * Only facts about published forms live here (names, punctuation); no publisher's text.
 */

export type AgencyKind = 'wire agency' | 'photo agency' | 'syndicator' | 'press-release wire';

export interface Agency {
  /** The name as Galley writes it in credit.source and dateline.source. */
  name: string;
  /** Other ways copy names it: full names, spellings, the form used in photo credits. */
  aliases: readonly string[];
  /**
   * True when the short name is also an ordinary word or letter pair ("AP", "PA", "CP", "AA"):
   * it only counts as the agency where the form says so (in a dateline's brackets, a credit, a
   * photo credit), never loose in a sentence.
   */
  ambiguous?: boolean;
  kind: AgencyKind;
}

export const AGENCIES: readonly Agency[] = [
  { name: 'AP', aliases: ['Associated Press', 'The Associated Press'], ambiguous: true, kind: 'wire agency' },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], kind: 'wire agency' },
  { name: 'Reuters', aliases: ['Thomson Reuters', 'REUTERS'], kind: 'wire agency' },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur', 'DPA'], kind: 'wire agency' },
  { name: 'EFE', aliases: ['Agencia EFE'], kind: 'wire agency' },
  { name: 'PA', aliases: ['PA Media', 'Press Association', 'PA Wire', 'PA Images'], ambiguous: true, kind: 'wire agency' },
  { name: 'Bloomberg', aliases: ['Bloomberg News'], kind: 'wire agency' },
  { name: 'ANSA', aliases: [], kind: 'wire agency' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], kind: 'wire agency' },
  { name: 'Kyodo', aliases: ['Kyodo News'], kind: 'wire agency' },
  { name: 'Jiji Press', aliases: ['Jiji'], kind: 'wire agency' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], kind: 'wire agency' },
  { name: 'UPI', aliases: ['United Press International'], kind: 'wire agency' },
  { name: 'TASS', aliases: ['ITAR-TASS'], kind: 'wire agency' },
  { name: 'Interfax', aliases: [], kind: 'wire agency' },
  { name: 'RIA Novosti', aliases: [], kind: 'wire agency' },
  { name: 'Anadolu', aliases: ['Anadolu Agency', 'Anadolu Ajansi'], kind: 'wire agency' },
  { name: 'PTI', aliases: ['Press Trust of India'], kind: 'wire agency' },
  { name: 'IANS', aliases: [], kind: 'wire agency' },
  { name: 'ANI', aliases: ['Asian News International'], kind: 'wire agency' },
  { name: 'AAP', aliases: ['Australian Associated Press'], kind: 'wire agency' },
  { name: 'The Canadian Press', aliases: ['Canadian Press', 'CP'], kind: 'wire agency' },
  { name: 'Europa Press', aliases: ['EUROPA PRESS'], kind: 'wire agency' },
  { name: 'Notimex', aliases: [], kind: 'wire agency' },
  { name: 'Prensa Latina', aliases: [], kind: 'wire agency' },
  { name: 'ANP', aliases: [], kind: 'wire agency' },
  { name: 'Belga', aliases: [], kind: 'wire agency' },
  { name: 'Ukrinform', aliases: [], kind: 'wire agency' },
  { name: 'Bernama', aliases: [], kind: 'wire agency' },
  { name: 'Antara', aliases: [], kind: 'wire agency' },
  { name: 'WAM', aliases: ['Emirates News Agency'], kind: 'wire agency' },
  { name: 'KUNA', aliases: ['Kuwait News Agency'], kind: 'wire agency' },
  { name: 'SPA', aliases: ['Saudi Press Agency'], kind: 'wire agency' },
  { name: 'QNA', aliases: ['Qatar News Agency'], kind: 'wire agency' },
  { name: 'BNA', aliases: ['Bahrain News Agency'], kind: 'wire agency' },
  { name: 'ONA', aliases: ['Oman News Agency'], kind: 'wire agency' },
  { name: 'Petra', aliases: ['Jordan News Agency'], kind: 'wire agency' },
  { name: 'MENA', aliases: ['Middle East News Agency'], kind: 'wire agency' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], kind: 'wire agency' },
  { name: 'APP', aliases: ['Associated Press of Pakistan'], kind: 'wire agency' },
  { name: 'BSS', aliases: ['Bangladesh Sangbad Sangstha'], kind: 'wire agency' },
  { name: 'PNA', aliases: ['Philippine News Agency'], kind: 'wire agency' },
  { name: 'VNA', aliases: ['Vietnam News Agency'], kind: 'wire agency' },
  { name: 'GNA', aliases: ['Ghana News Agency'], kind: 'wire agency' },
  { name: 'NAN', aliases: ['News Agency of Nigeria'], kind: 'wire agency' },
  { name: 'KNA', aliases: ['Kenya News Agency'], kind: 'wire agency' },
  { name: 'ENA', aliases: ['Ethiopian News Agency'], kind: 'wire agency' },
  { name: 'Nampa', aliases: ['Namibia Press Agency', 'NAMPA'], kind: 'wire agency' },
  { name: 'APS', aliases: ['Algérie Presse Service', 'Algerie Presse Service'], kind: 'wire agency' },
  { name: 'MAP', aliases: ['Maghreb Arabe Presse'], ambiguous: true, kind: 'wire agency' },
  { name: 'TAP', aliases: ['Tunis Afrique Presse'], ambiguous: true, kind: 'wire agency' },
  { name: 'Andina', aliases: ['ANDINA', 'Agencia Peruana de Noticias', 'Andina Agencia Peruana de Noticias'], kind: 'wire agency' },
  { name: 'Télam', aliases: ['Telam'], kind: 'wire agency' },
  { name: 'Agência Brasil', aliases: ['Agencia Brasil'], kind: 'wire agency' },
  { name: 'Lusa', aliases: ['Agência Lusa'], kind: 'wire agency' },
  { name: 'APA', aliases: ['Austria Presse Agentur', 'APA-OTS'], kind: 'wire agency' },
  { name: 'Keystone-ATS', aliases: ['Keystone-SDA', 'ATS', 'SDA', 'Keystone ATS', 'Keystone SDA'], kind: 'wire agency' },
  { name: 'HINA', aliases: ['Hina', 'Croatian News Agency'], kind: 'wire agency' },
  { name: 'STA', aliases: ['Slovenian Press Agency'], kind: 'wire agency' },
  { name: 'Tanjug', aliases: [], kind: 'wire agency' },
  { name: 'BTA', aliases: ['Bulgarian News Agency'], kind: 'wire agency' },
  { name: 'Agerpres', aliases: [], kind: 'wire agency' },
  { name: 'MTI', aliases: ['Hungarian News Agency'], kind: 'wire agency' },
  { name: 'PAP', aliases: ['Polish Press Agency'], kind: 'wire agency' },
  { name: 'ČTK', aliases: ['CTK', 'Czech News Agency'], kind: 'wire agency' },
  { name: 'TASR', aliases: [], kind: 'wire agency' },
  { name: 'ANA-MPA', aliases: ['Athens-Macedonian News Agency', 'AMNA'], kind: 'wire agency' },
  { name: 'NTB', aliases: [], kind: 'wire agency' },
  { name: 'TT', aliases: ['TT Nyhetsbyrån'], ambiguous: true, kind: 'wire agency' },
  { name: 'Ritzau', aliases: [], kind: 'wire agency' },
  { name: 'STT', aliases: ['STT-FNB'], kind: 'wire agency' },
  { name: 'LETA', aliases: [], kind: 'wire agency' },
  { name: 'ELTA', aliases: [], kind: 'wire agency' },
  { name: 'BNS', aliases: ['Baltic News Service'], kind: 'wire agency' },
  { name: 'EPA', aliases: ['EPA-EFE', 'European Pressphoto Agency'], kind: 'photo agency' },
  { name: 'Getty Images', aliases: ['Getty'], kind: 'photo agency' },
  { name: 'Keystone', aliases: [], kind: 'photo agency' },
  { name: 'Shutterstock', aliases: [], kind: 'photo agency' },
  { name: 'Alamy', aliases: [], kind: 'photo agency' },
  { name: 'Tribune News Service', aliases: ['Tribune Content Agency'], kind: 'syndicator' },
  { name: 'New York Times News Service', aliases: [], kind: 'syndicator' },
  { name: 'Washington Post News Service', aliases: [], kind: 'syndicator' },
  { name: 'PR Newswire', aliases: ['PRNewswire', 'PRNewswire-FirstCall'], kind: 'press-release wire' },
  { name: 'Business Wire', aliases: ['BUSINESS WIRE'], kind: 'press-release wire' },
  { name: 'GlobeNewswire', aliases: ['GLOBE NEWSWIRE', 'Globe Newswire'], kind: 'press-release wire' },
  { name: 'ACCESSWIRE', aliases: ['Accesswire', 'ACCESS Newswire'], kind: 'press-release wire' },
  { name: 'EIN Presswire', aliases: ['EINPresswire', 'EINPresswire.com', 'EIN PRESSWIRE'], kind: 'press-release wire' },
  { name: 'Cision', aliases: ['CISION'], kind: 'press-release wire' },
];

/** Every agency's name, in table order: the default list of the readiness profile. */
export const AGENCY_NAMES: readonly string[] = AGENCIES.map((agency) => agency.name);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole words only; letters on either side (even non-ASCII) make it another word. */
function wordPattern(names: readonly string[]): string {
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return String.raw`(?<![\p{L}\p{N}])(?:${sorted.join('|')})(?![\p{L}\p{N}])`;
}

/** Names that identify the agency anywhere in running text: never a bare ambiguous short name. */
const looseNames = (agency: Agency): string[] => (agency.ambiguous ? [...agency.aliases] : [agency.name, ...agency.aliases]).filter((name) => !(agency.ambiguous && name.length <= 2));
const allNames = (agency: Agency): string[] => [agency.name, ...agency.aliases];

const LOOSE = AGENCIES.map((agency) => ({ agency, pattern: new RegExp(wordPattern(looseNames(agency)), 'u') }));
const EXACT = new Map<string, Agency>(AGENCIES.flatMap((agency) => allNames(agency).map((name) => [name.toLowerCase(), agency] as const)));

/** Every agency name and alias as one regex alternation, longest first (for forms built below). */
export const ANY_AGENCY = wordPattern(AGENCIES.flatMap(allNames));

/** The agency a whole string names ("AP", "Agence France-Presse", "reuters"), or undefined. */
export function agencyNamed(text: string): Agency | undefined {
  return EXACT.get(text.trim().replace(/^the\s+/iu, (the) => (EXACT.has(text.trim().toLowerCase()) ? the : '')).toLowerCase()) ?? EXACT.get(text.trim().toLowerCase());
}

/**
 * Agencies named in running text, in table order. An ambiguous short name ("AP") counts only in
 * its bracketed dateline form "(AP)" or beside "Photo" is a photo credit, not the story's source.
 */
export function agenciesIn(text: string): Agency[] {
  return AGENCIES.filter((agency) => {
    if (LOOSE.find((entry) => entry.agency === agency)!.pattern.test(text)) return true;
    return agency.ambiguous === true && new RegExp(String.raw`\(${escapeRegExp(agency.name)}\)`, 'u').test(text);
  });
}

/** The canonical name when text is or names one agency ("Agence France-Presse" → "AFP"), else the text as given. */
export function canonicalSource(text: string): string {
  return agencyNamed(text)?.name ?? text.trim();
}

// ---------------------------------------------------------------------------------------------
// Datelines

/** A month's name or abbreviation followed by a day: "Feb. 9", "Sept 14" (never a state or country). */
const MONTH_WORD = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ene|Abr|Ago|Dic)\p{L}*\.?\s+\d`;

/** Dashes that end a dateline: em, en, one or two hyphens, the Spanish ".-", Belga's "=" (a colon, ANI's, is DATELINE_END's). */
export const DATELINE_DASH = String.raw`(?:\s*\.\s*-|\s*[—–]|\s*--|\s*-(?!\p{L})|\s*=(?!=))`;
export const DATELINE_END = String.raw`(?:${DATELINE_DASH}|:)`;

/** "Nov. 6", "November 6", "6 nov", "6 de noviembre", "Nov 6, 2026", "4th March, 2026" (WAM), "04/03" (Belga), "6" (Europa Press). */
export const DATELINE_DAY = String.raw`(?:\p{L}{3,10}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?\p{L}{3,10}\.?(?:,?\s+(?:de\s+)?\d{4})?|\d{1,2}\/\d{1,2}(?:\/\d{4})?|\d{1,2})`;

/**
 * The place as printed: "KYIV, Ukraine", "ESTES PARK, Colo.", "WASHINGTON, D.C.", "Madrid",
 * "New Delhi [India]", "Ciudad de México". Upper-case first letter; particles allowed inside.
 */
export const DATELINE_PLACE = String.raw`\p{Lu}[\p{L}'’.\/-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|del|la|las|los|el|do|da|du|am|an|der|sur|on|upon|of))*?(?:,\s*(?!${MONTH_WORD})\p{Lu}[\p{L}'’-]*\.?(?:\s*\p{Lu}[\p{L}'’-]*\.?)*?){0,2}(?:\s*\[\p{Lu}[\p{L} ]*\])?`;

/**
 * The ways a source is printed in a dateline, each with its group `source`:
 * "(AP)", "(Reuters)", "/TASS/", "/PRNewswire/", "--(BUSINESS WIRE)--", ", SPA".
 */
export const DATELINE_SOURCE_FORMS: readonly string[] = [
  String.raw`\s*-{0,2}\((?<source>[^()\n]{1,40})\)`,
  // The slashes hug the name ("/TASS/"); "Desk / SITE.COM / Updated" is a byline and time line.
  String.raw`\s*\/(?<source>[^/\s][^/\n]{0,28}[^/\s]|[^/\s])\/\.?`,
  // GNA's "Sunyani, March 11, GNA -": a known agency's name unbracketed after the day, the dash after it.
  String.raw`,\s*(?<source>${ANY_AGENCY})(?=${DATELINE_DASH})`,
];

// ---------------------------------------------------------------------------------------------
// Photo credits

/**
 * A photo credit as printed at the end of a caption or on its own line, without brackets:
 * "AP Photo/Jane Doe", "Jane Doe/The Paper via AP", "REUTERS/Toby Melville/File Photo",
 * "Name/Pool via REUTERS", "AFP PHOTO / NAME", "EPA-EFE/NAME", "© Agency / Name", "Getty Images",
 * "Photo: Name", "Photograph: Name/Agency", "Foto: EFE", "X/ @someaccount", "File: Agency".
 */
export const PHOTO_CREDIT_FORMS: readonly string[] = [
  // "AP Photo/Jane Doe", "REUTERS/Toby Melville/File Photo", "AFP PHOTO / NAME", "EPA-EFE/NAME", "Xinhua/Name"
  String.raw`(?:${ANY_AGENCY})(?:\s+(?:Photo|PHOTO|Images|Wire|Foto|FOTO))?\s*\/\s*[\p{L}\p{N} .'’&@_\/-]{2,60}(?:,\s*(?:File|Pool|Archivo))?`,
  // "Jane Doe/The Paper via AP", "Name/Pool via REUTERS", "Yui Mok/PA Wire", "Name/Getty Images"
  String.raw`[\p{L} .'’-]{2,40}\/\s*(?:[\p{L} .'’-]{1,40}\s+via\s+)?(?:${ANY_AGENCY}|Getty Images(?: for [\p{L} ]{2,30})?|Pool)`,
  // "Photographer/Paper", "Name/The Daily Camera/AP", "Pool Office/Name": a photographer and an organisation, slash-separated
  String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}(?:\s*\/\s*[\p{L}][\p{L}.'’&-]*(?:\s+[\p{L}.'’&-]+){0,5}){1,3}`,
  // "Photo: Jane Doe", "Photograph: Name/Agency", "Foto: EFE", "Photo by Name", "Pic: Agency", "Image: Name", "Credit: Name", "Illustration by Name",
  // "Photo courtesy of Name", "ST PHOTO: NAME" (the paper's initials before the label)
  String.raw`(?:\p{Lu}{2,10}\s+)?(?:Photo(?:graph)?s?|PHOTO|Pics?|File pic|Foto(?:grafía)?|FOTO|Picture|Image|Imagen|Bild|BILD|Illustrations?|Credit|Crédito|Fotografía)(?:\s+(?:by|de|von|[Cc]redit|courtesy(?:\s+of)?)\s*:?|\s*:|\.{3}|…)\s*[^()\n|]{2,80}`,
  // "PNA photo by Name": the paper's or agency's initials, then its photographer
  String.raw`\p{Lu}{2,10}\s+photo\s+by\s+[^()\n|]{2,80}`,
  // "Submitted by Name", "Supplied", "Supplied by Name", "Contributed / Lake County Ridge Riders"
  String.raw`(?:Submitted|Supplied|Provided|Contributed)(?:\s+by\s+[^()\n]{2,60}|\s*\/\s*[^()\n/]{2,60})?`,
  // "Source: AAP / Bianca Moretti": a source label before an agency and its photographer
  String.raw`(?:Source|Fuente|Quelle)\s*:\s*[^()\n|/]{2,40}\/\s*[^()\n|/]{2,40}`,
  // "© Agency / Name", "(c) Name", "Copyright Name"
  String.raw`(?:©|\(c\))\s*[^()\n]{2,80}`,
  // "File: Agency", "File photo: Name"
  String.raw`File(?:\s+photo)?\s*:\s*[^()\n\]]{2,60}`,
  // "X/ @someaccount", "Instagram/@name", "@name"
  String.raw`(?:Instagram|Twitter|X|TikTok|Facebook|Telegram)?\s*\/?\s*@[A-Za-z0-9_.]{2,30}`,
  // "Getty Images", "Courtesy of Name", "Handout", "Shutterstock"
  String.raw`(?:Courtesy(?:\s+of)?\s+[^()\n]{2,60}|Getty Images|Shutterstock|Alamy|Handout(?: photo)?|Pool photo)`,
];

/** A whole line that is only a photo credit ("Image copyright EPA", "(AP Photo/Jane Doe)", "Getty Images"). */
export const PHOTO_CREDIT_LINE = new RegExp(
  String.raw`^(?:image copyright|image source|fuente de la imagen|copyright|picture credit|photo credit|credit)?\s*[:,]?\s*[([]?\s*(?<credit>${PHOTO_CREDIT_FORMS.join('|')}|${ANY_AGENCY})\s*[)\]]?\.?$`,
  'iu',
);

/** Credits printed only in brackets after a caption: "(ABC News: Name)", "(File photo)", "(Imagen ilustrativa Infobae)". */
export const BRACKETED_CREDIT_FORMS: readonly string[] = [
  // "(PRNewsfoto/Acme)", "(Name/Desk)": in brackets after a caption, any slash-separated credit
  String.raw`\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+[\p{L}.'’&-]+){0,5}(?:\s*\/\s*[\p{L}][\p{L}\p{N}.'’&-]*(?:\s+[\p{L}.'’&-]+){0,5}){1,3}`,
  String.raw`\p{Lu}[\p{L}.&'’ ]{1,30}:\s*\p{Lu}[\p{L} .'’-]{2,40}`,
  // "(foto Mauro Chessa)": the Italian label without a colon, kept with the name
  String.raw`(?:[Ff]oto|FOTO|[Pp]hoto)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}`,
  String.raw`(?:[Ff]ile|[Aa]rchive|[Ss]tock|[Rr]epresentative|[Rr]epresentational) (?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]ic)|(?:[Ff]oto|[Ii]magen) (?:de archivo|[Ii]lustrativa)(?:\s+[\p{L} ]{2,30})?|[Aa]rchivo`,
];

/**
 * A caption ending in its credit: bracketed "(AP Photo/Name)", "[File: Agency]", after a full stop
 * "... in Kyiv. REUTERS/Name", after a bar "Caption | Photo: Agency", after a dash "... on Thursday. - Name/Photographer",
 * or a bare agency "... AFP".
 */
export const CAPTION_WITH_CREDIT = new RegExp(
  String.raw`^(?<caption>.{8,}?)(?:\s*[([]\s*(?<bracketed>${PHOTO_CREDIT_FORMS.join('|')}|${BRACKETED_CREDIT_FORMS.join('|')}|${ANY_AGENCY})\s*[)\]]|(?:(?<=[.!?”"’)])\s+(?:[-–—]\s+)?|\s+[|]\s*|\s+[-–—]\s+(?!(?:${ANY_AGENCY})\.?$))(?<after>${PHOTO_CREDIT_FORMS.join('|')}|${ANY_AGENCY})|\s+(?:by\s+)?(?<handle>@[A-Za-z0-9_.]{2,30}))\.?$`,
  'u',
);

/** BBC-style caption lines: "Image caption Rescuers at the scene", "Caption: ...". */
export const CAPTION_PREFIX = /^(?:image caption|caption|pie de foto)\s*[:,]?\s+(?<caption>.+)$/iu;

/** Label words a credit is printed after ("Photo: ", "Foto: "); the credit is what follows them. */
export const CREDIT_LABEL = /^(?:(?:photo|image|picture) credits?|photo(?:graph)?s?|pictures?|pics?|images?|foto(?:grafía)?s?|imagen|bild(?:er)?|crédito|credit|file(?: photo| pic)?|image source|picture source|image copyright|fuente de la imagen|source|fuente)\s*(?:[:,]|\.{3}|…)\s*/iu;

// ---------------------------------------------------------------------------------------------
// Closing credits

/**
 * Closing credit lines, each with an optional group `source` naming the organisation the text
 * comes from. Tried against the whole line without its final full stop and outer brackets.
 */
export const CLOSING_CREDIT_FORMS: readonly RegExp[] = [
  // "- Additional reporting by Nampa": help from elsewhere; the story is not credited to it (the empty source)
  /^[—–-]?\s*(?:additional|further|extra)\s+(?:reporting|information|writing)\s+(?:by|from)\b.{1,300}$(?<source>)/iu,
  // "Reporting by Jane Roe in Kyiv; Editing by John Poe", "Compiled by ... from AFP reports"
  /^[—–-]?\s*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|edited|compiled|produced|translated|fact-checked|graphics|research|redacción|edición|edição|reportagem|reporte de|reportaje de|información de|editado por|escrito por|texto de|mit material von|con información de|con reportes de)\b.{0,300}$/iu,
  // "Associated Press writer Lee Park contributed from Istanbul", "Jane Roe contributed to this report", "... contribuyó a este despacho"
  /^[\p{L} .,'’-]{2,160}\b(?:contributed|contribuyó|contribuyeron|colaboró)(?!\p{L}).{0,150}$/iu,
  // A syndication note: "This story has been published from a wire agency feed without modifications to the text"
  /^this (?:story|article|report|copy) (?:has been|was|is) (?:published|auto-generated|generated|taken) from an? (?:wire agency|news agency|agency|syndicated|wire) feed\b.{0,200}$/iu,
  // "Cet article a été publié automatiquement. Source: ats": an agency's story put on the page unedited, with its source
  /^(?:this (?:story|article) (?:was|has been) (?:published|generated) automatically|cet article a été publié automatiquement|dieser (?:artikel|beitrag) wurde automatisch (?:publiziert|veröffentlicht)|este artículo (?:fue|ha sido) publicado automáticamente|questo articolo è stato pubblicato automaticamente)\b.{0,120}?(?:\b(?:source|quelle|fuente|fonte)\s*:\s*(?<source>[^.\n]{2,40}))?$/iu,
  // A footnote on who wrote it: "*Estagiária sob a supervisão de Name"
  /^\*?\s*(?:estagiári[oa]|intern|trainee|pasante|becari[oa])\s+(?:sob (?:a )?supervisão de|under the supervision of|supervised by|bajo (?:la )?supervisión de)\s+\p{Lu}.{2,80}$/iu,
  // The rights line printed alone under the story: "RIPRODUZIONE RISERVATA", "All rights reserved", "Todos los derechos reservados"
  /^(?:©\s*)?(?:riproduzione riservata|all rights reserved|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|todos os direitos reservados)$(?<source>)/iu,
  // An agency's signature with its desk codes: "dpa kt xx n1 mtf"; initials with the agencies used: "er (efe, afp, reuters)"
  new RegExp(String.raw`^(?<source>${ANY_AGENCY})(?:\s+[\p{Ll}\p{N}]{1,4}){1,8}$`, 'u'),
  // PTI's "PTI ASG RHL": the agency and its desk's initials in capitals
  new RegExp(String.raw`^(?<source>${ANY_AGENCY})(?:\s+\p{Lu}{2,4}){1,4}$`, 'u'),
  /^\p{Ll}{1,4}(?:\s*[/-]\s*\p{Ll}{1,4})*\s*\((?<source>[^()]{2,60})\)$/u,
  // "Source: Agency", "SOURCE: News agencies", "Sources: AFP, Reuters", "Fuente: EFE", "Quelle: dpa"
  /^(?:sources?|fuentes?|quelle)\s*:\s*(?<source>.{2,80})$/iu,
  // "With AFP", "— With Reuters", "with agencies", "Con EFE"
  /^[—–-]?\s*(?:[Ww]ith|WITH|[Cc]on|[Mm]it|[Aa]vec|AVEC|[Cc]om)\s+(?:(?:inputs?|files|additional reporting|reporting|information|información|material|reportes?)\s+(?:from|de|von)\s+)?(?<source>(?:[\p{Lu}][\p{L}.&' -]{1,40}|agencies|wires|news agencies))$/u,
  // "With files from Jane Roe in Kyiv": a colleague's files, named with where they were filed from
  /^with files from\s+\p{Lu}.{1,120}$/iu,
  // "Some information for this report came from Agency and Agency"
  /^(?:some |additional )?information (?:for|in) this (?:report|story|article) (?:came|comes) from (?<source>\p{Lu}.{1,120})$/iu,
  // "This report by The Agency was first published March 4, 2026"
  /^this (?:report|story|article) by (?<source>\p{Lu}[\p{L}.&' -]{1,60}?) was first published\b.{0,80}$/iu,
  // "Via Tribune News Service", "Distributed by Tribune Content Agency"
  /^(?:via|distributed by|syndicated by)\s+(?<source>[\p{Lu}][\p{L}.&' -]{1,60})$/iu,
  // "© 2019 Agence France-Presse", "Copyright 2024 The Associated Press. All rights reserved. ..."
  /^(?:all rights reserved\.?\s*)?(?:©|\(c\)|copyright)\s*(?:copyright\s*)?(?:\d{4}\s*)?(?:by\s+)?(?<source>[^.\n]{2,80}?)(?:\.\s.*|\s+all rights reserved.*)?$/iu,
  // WAM's "WAM/Hatem Mohamed/Rasha Salah": the agency, then its writer and editor (no photo word: that is a photo's credit)
  new RegExp(String.raw`^(?<source>${ANY_AGENCY})(?:\s*\/\s*(?!(?:File|Pool|Photo|Handout))\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}){2,3}$`, 'u'),
  // "Outlet/ AB", "Xinhua/ ah", "(mf/ah)": an outlet or desk with an editor's initials
  /^(?<source>[\p{Lu}][\p{L} .&-]{1,40})\s*\/\s*\p{L}{1,4}$/u,
  /^\(?\p{Ll}{1,4}(?:\s*[/.-]\s*\p{Ll}{1,4})+\)?$/u,
  // Belga's "/MLD": the editor's initials after a slash
  /^\/\s*\p{Lu}{2,4}$/u,
  // An end mark or the agency's bracketed name with the desk's initials or its address: "(FIN) NDP/MRG", "(Schluss) pho/hes",
  // "(Hina) ms/ ds", "(NAN)(www.nannews.ng)"
  new RegExp(String.raw`^\((?:[Ee]nd|END|FIN|[Ff]in|[Ss]chluss|SCHLUSS|[Ee]nde|[Ff]ine|(?<source>${ANY_AGENCY}))\)\s*(?:\p{L}{1,4}(?:\s*[/.]\s*\p{L}{1,4})+|\p{L}{2,4}|\((?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?\))$`, 'u'),
  // Transmission trailers: "APA0217 2026-03-09/11:42" (item number, date, time), "061432 MET Mar 26" (day, hour, minute, zone, month, year)
  /^\p{Lu}{2,6}\d{3,4}\s+\d{4}-\d{2}-\d{2}[/ T]\d{2}:\d{2}$/u,
  /^\d{6}\s+\p{Lu}{2,4}\s+\p{Lu}\p{Ll}{2}\s+\d{2}$/u,
  // PR Newswire's closing "SOURCE Acme Corp" ("FUENTE" in Spanish releases)
  /^(?:SOURCE|FUENTE|QUELLE)\s+(?<source>\p{Lu}.{1,80})$/u,
  // "--Jane Roe, The Paper" (a closing signature) is not taken: it reads like a quote's attribution.
];

/**
 * A signature run onto the story's last paragraph: the writer and the day in brackets ("... aus dem Rathaus.
 * (Lena Hofbauer, 3.2.2026)"), a dash and the site's name ("... Management Council. – Rappler.com"), or the
 * agency and its desk's initials ("... to September 30. PTI ASG RHL").
 */
export const GLUED_SIGNATURE = new RegExp(
  String.raw`(?<=[.!?"”’»])\s+(?:(?<agency>(?<named>${ANY_AGENCY})(?:\s+\p{Lu}{2,4}){1,4})|(?<dated>\((?:\p{Lu}[\p{L}.'’-]+\s+){1,3}\p{Lu}[\p{L}.'’-]+,\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\))|[—–-]\s*(?<site>(?<name>\p{Lu}[\p{L}\p{N}-]*)\.(?:com|net|org|news|(?:co|com)\.\p{Ll}{2}|\p{Ll}{2})))$`,
  'u',
);

/** A closing line that is an agency's name alone: "AFP", "— AP", "-Reuters", "(EFE)". */
export const CLOSING_AGENCY = new RegExp(String.raw`^[—–=-]*\s*\(?\s*(?<source>${ANY_AGENCY})\s*\)?\.?$`, 'u');

/** Contact blocks of press releases: kept for the desk (ednote), not the story. */
export const CONTACT_LINE = /^(?:to contact the (?:reporters?|editors?)\b|(?:media |press |investor )?(?:contacts?|inquiries|enquiries)\s*:?$|(?:media |press )?contacts?\s*:)/iu;

/** End-of-copy marks agencies and press releases print. */
export const END_MARKER = /^(?:#{3}|-30-|-0-|ends?|fin|\(end\)|\(fin\)|\+\+\+|_{3,}|-{3,}|\*\s*\*\s*\*|[■□●◆◼∎])$/iu;

// ---------------------------------------------------------------------------------------------
// Related stories

/** An audio player's label ("Listen to this article", "Ouvir este artigo"): the clocks printed under it ("00:00", "04:12") are the player's. */
export const AUDIO_PLAYER = /^(?:listen(?: to this (?:article|story))?|ouvir (?:este )?artigo|escuchar (?:este )?artículo|écouter (?:cet )?article|artikel (?:anhören|vorlesen)|ascolta (?:l['’]articolo|questo articolo))$/iu;

/** An agency's tag before a headline ("(LEAD)", "(2nd LD)", "(URGENT)", "UPDATE 2-", "REFILE-"): the desk's, not the title's. */
export const HEADLINE_TAG = /^(?:\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \d+)?|CORRECTED|REFILE|ADVANCE|EMBARGOED)\)\s+|(?:UPDATE \d+|REFILE|CORRECTED|RPT|WRAPUP \d+)\s*-\s*(?=\p{Lu}))/u;

/** "RELATED:", "Related links", "Read more:", "More:", "See also", "Also on <site>", "SEE MORE:", "DON'T MISS". */
export const RELATED_LABEL =
  /^(?:related(?:\s+(?:stories|coverage|articles|content|links|reading|news|topics|video))?|read\s+more(?:\s+about\s+this|\s+(?:from|on)\s+[\p{L}\p{N} .]{2,40})?|read\s+also|also\s+read|read\s+next|more|more\s+on\s+this(?:\s+story)?|more\s+from\s+[\p{L}\p{N} .]{2,40}|more\s+(?:stories|news|articles|releases|press\s+releases)(?:\s+(?:from|on|about)\s+[\p{L}\p{N} .,&'’-]{2,60})?|suggested\s+(?:reading|stories|articles|for\s+you)|top\s+stories|latest|see\s+also|see\s+more|also\s+on\s+[\p{L}\p{N} .]{2,30}|also\s+see|don['’]t\s+miss|must\s+read|further\s+reading|recommended(?:\s+(?:for\s+you|stories))?|you\s+may\s+also\s+(?:like|be\s+interested\s+in)|más\s+información|mir[aá]\s+también|ver\s+también|te\s+recomendamos|más\s+comunicados(?:\s+de\s+[\p{L} ]{2,40})?|lea\s+también|lee\s+también|leer\s+más|(?:también\s+)?(?:le|te)\s+puede\s+interesar|noticias\s+relacionadas|relacionad[oa]s|mehr\s+zum\s+thema|à\s+lire\s+aussi|lire\s+aussi|voir\s+aussi|sur\s+le\s+même\s+sujet|leia\s+(?:também|mais)|veja\s+também|(?:notícias|artigos)\s+relacionad[oa]s|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|leggi\s+anche|potrebbe\s+interessarti|articoli\s+correlati|lisez\s+aussi|saiba\s+mais|(?:más|mais)\s+(?:en|de|sobre|em|no|na)\s+[\p{L}\p{N} .]{2,40}|das\s+könnte\s+sie\s+auch\s+interessieren)(?:\s*(?::|\.\.\.|…|>>|»|\|)\s*(?<title>.*))?$/iu;

// ---------------------------------------------------------------------------------------------
// Page furniture: web-page chrome that copy picks up when selected on a page

export const PAGE_FURNITURE: readonly RegExp[] = [
  /^\d{1,3}\s*(?:-|\s)?\s*(?:min(?:ute)?s?|mins?)\.?\s*(?:read|de lectura|de lecture|de leitura|di lettura|lesezeit|lesedauer)$/iu,
  /^(?:reading time|read time|tiempo de lectura|temps de lecture|tempo de leitura|tempo di lettura|lesezeit|lesedauer)\s*:?\s*\d{1,3}\s*(?:min(?:ute)?s?)\.?$/iu,
  /^(?:advertisement|advertising|ad|sponsored|publicidad|publicité|publicidade|pubblicità|werbung|anzeige|story continues below(?: this)? advertisement|continue reading(?: below)?|article continues below|scroll to continue(?: with content)?|desplácese para continuar|sigue leyendo)$/iu,
  /^(?:share|share this(?: article| story)?:?|share on (?:facebook|twitter|x|whatsapp|linkedin|email)|compartir(?: en (?:facebook|twitter|x|whatsapp|linkedin))?|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|tweet|email|print|copy link|copy (?:the )?link to this (?:article|story|page)|published|updated|last updated|link copied|save|save article|bookmark|comments?|\d+\s+comments?|listen(?: to this article)?(?:\s*\d{1,2}:\d{2})?|play|pause|follow|follow us|subscribe|sign up|newsletter|show more|hide caption|toggle caption|enlarge this image|expand|close|menu|compartir|comentarios|teilen|partager|compartilhe|compartilhar|condividi|commentaires|comentários|commenti|kommentare)$/iu,
  /^(?:image|photo|foto|picture|slide)\s+\d{1,3}\s+(?:of|de|von|\/)\s+\d{1,3}$/iu,
  /^(?:comments?|commenting)\s+(?:on\s+this\s+(?:story|article|post)\s+)?(?:(?:are|is|has\s+been|have\s+been)\s+)?(?:now\s+)?closed\.?$/iu,
  /^\d{1,3}\s*\/\s*\d{1,3}$/u,
  /^(?:gallery|galería|video|watch|watch video|play video|photos?)\s*:?\s*\(?\d*\)?$/iu,
  /^(?:sign up (?:for|to) (?:our|the) .{2,60}|subscribe to .{2,60}|follow .{2,40} on (?:twitter|x|facebook|instagram|whatsapp|google news)|get (?:our|the) .{2,40} newsletter.*)$/iu,
  /^(?:skip to (?:main )?content|skip (?:advertisement|ad)|back to top|most read|most popular|trending(?: now)?)$/iu,
  // Reading widgets and trust badges: "Text Size", "Social Sharing", "Why you can trust ..."
  /^(?:a{1,2}|a\+|a-|text size|font size|small|medium|large|social sharing|share via|read now|read later|gift article|save for later|ad feedback|why you can trust .{2,40})$/iu,
  /^(?:add topic|topics?|tags?|etiquetas|filed under)\s*:?$/iu,
  // A summary box's label, its points read apart: "Synopsis", "Key points:", "In short:"
  /^(?:synopsis|summary|key points|in short|highlights|story highlights|at a glance|resumen|en resumen|claves|lo que (?:hay que saber|sabemos))\s*:?$/iu,
  /^(?:our standards|nuestros estándares|nos standards|unsere standards)\s*:.{0,80}$/iu,
  // Screen-reader list counters, share prompts and a label left alone on its line ("Image:")
  /^(?:list of \d+ items|list \d+ of \d+|end of list|share\d*|(?:click|tap)(?: here)? to share\b.{0,40}|(?:image|photo|foto|imagen|picture|pic)\s*:)$/iu,
  // A wire feed's header lines above the story: the item's number and codes ("APA0217 5 CI 0264 WI"), its keywords ("Wien/Gastronomie/Tourismus")
  /^\p{Lu}{2,8}\d{3,5}(?:\s+[\p{Lu}\p{N}]{1,6}){1,8}$/u,
  /^\p{Lu}\p{L}+(?:\/\p{Lu}\p{L}+){2,5}$/u,
  // Audio players, share prompts and paywall labels: "Ouvir este artigo", "Partilhar notícia", "Article réservé aux abonnés"
  /^(?:listen to this (?:article|story)|ouvir (?:este )?artigo|escuchar (?:este )?artículo|écouter (?:cet )?article|artikel (?:anhören|vorlesen)|ascolta (?:l['’]articolo|questo articolo)|partilhar (?:notícia|artigo)|compartir (?:noticia|artículo)|partager (?:l['’]article|cet article)|article réservé aux abonnés|réservé aux abonnés|exclusivo para (?:suscriptores|assinantes)|nur für abonnenten|subscribers? only)$/iu,
  // Reader polls and tag lists under the story: "How does this make you feel?", "Tags: Albay DepEd typhoons"
  /^(?:how (?:does|did) this (?:story |article )?make you feel\??|was this (?:article|story|page|information) (?:helpful|useful)\??(?:\s*[|·]?\s*yes\s+no)?|breaking(?: news)?\s*:\s*[^.!?]{2,80}|(?:tags?|topics?|etiquetas|schlagwörter|mots-clés)\s*:\s*[^.!?:]{1,100})$/iu,
  // Cookie banners and metered-paywall prompts printed over the page
  /^(?:we use cookies\b.{0,160}|this (?:site|website) uses cookies\b.{0,160}|(?:accept|reject|allow) (?:all )?cookies|manage (?:cookie )?(?:settings|preferences)|you have (?:\d+|one|two|three) (?:free )?(?:articles?|stories) (?:left|remaining)\b.{0,80})$/iu,
];

// ---------------------------------------------------------------------------------------------
// The tail: what pages and releases print after the story's last paragraph

/**
 * Press-release sections after the story: the company boilerplate ("About Acme Corp" on a line
 * of its own), legal notes and notes to editors. From the label to the end of the copy is kept for the desk (ednote), not the story.
 */
export const RELEASE_SECTION =
  /^(?:about\s+(?!the\s+author)(?:[\p{Lu}][\p{L}\p{N}&.,'’ -]{1,50})|forward[- ]looking (?:statements?|information)|safe harbou?r(?: statement)?|cautionary (?:note|statement)[\p{L} ]{0,40}|notes? (?:to|for) editors?|editor['’]s notes?|acerca de\s+\p{Lu}.{1,50}|sobre\s+(?!la firma|el autor|la autora)\p{Lu}.{1,50}|información (?:de|para) (?:contacto|prensa)|contact (?:information|details)|downloads?|descargas?|disclaimer|aviso legal)\s*:?$/iu;

/** Page sections after the story: the writer's box, topic lists, reader comments. From the label on is page furniture. */
export const PAGE_SECTION =
  /^(?:about the authors?|about the writer|sobre (?:la firma|el autor|la autora)|explore more on these topics|more about|more on|topics?|tags?|temas relacionados|archivado en|etiquetas|what readers are saying|comments?|forum|discussion about this post|cite this article|how to cite this article|conversation|most (?:read|popular|viewed)|lo más (?:leído|visto)|(?:articles\s+)?les plus lus|meistgelesen|(?:i\s+)?più letti|mais lidas)\s*:?$/iu;

/**
 * The page talking to its reader: an imperative opening ("Join", "Subscribe", "Haz clic",
 * "Descarga") or an appeal ("click here", "contact us"). At the end of the
 * copy, a paragraph holding one of these is the site's, not the story's.
 */
export const READER_CALL =
  /^(?:join|subscribe|sign up|follow|download|get|click|tap|watch|listen|send|support|please|register|log in|visit|donate|help us|chip in|become a (?:member|supporter|subscriber|patron)|haz clic|pincha|descarga|descargue|suscríbete|suscríbase|síguenos|sígannos|únete|también puedes|puedes seguirnos|visita|regístrate)\b|\b(?:click here|tap here|haz clic aquí|contact us|contáctenos|would like to submit|in our app|en nuestra app|is a registered charity|make a donation|reader-funded|reader-supported)\b/iu;

/** A note about the page itself: a print-edition note, an AI summary note, a syndication note. */
export const PAGE_NOTE =
  /^(?:a version of this (?:article|story) appear(?:s|ed) in print\b|this (?:summary|article summary) is ai-generated|this (?:story|article) has not been edited\b)/iu;

/** An interview's turn: "Q: ...", "A: ...", "P: ..." / "R: ..." (pregunta, respuesta). Story text, never a deck or a field. */
export const INTERVIEW_TURN = /^(?:Q|A|P|R)\s*[:.-]\s+\S/u;

/** A writer's box: "Jane Roe is a reporter ...", "Lee Park joined the paper in 2019". */
export const WRITER_BIO =
  /^(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}[\p{Lu}][\p{L}'’.-]+\s+(?:is|was|joined|covers|writes|has (?:been|worked|covered|written|reported)|es|fue|escribe|cubre|se unió)\b/u;


/** True when a whole line is page furniture; a line of such parts joined by dots or bars is too ("Advertisement · Scroll to continue"). */
export function isPageFurniture(line: string): boolean {
  const text = line.trim();
  if (text.length > 120) return false;
  if (PAGE_FURNITURE.some((pattern) => pattern.test(text))) return true;
  // Buttons a page lays side by side paste apart by bars, dots, tabs or runs of spaces ("Print  Email  Share").
  const parts = text.split(/\s+[·|•]\s+|\t+|\s{2,}/u);
  return parts.length > 1 && parts.every((part) => PAGE_FURNITURE.some((pattern) => pattern.test(part)));
}

/**
 * Page words printed inside a line around what it holds: a gallery counter before a caption
 * ("Item 1 of 2", "[1/2]"), a screen reader's note after a link (", opens new tab"), a licensing link.
 */
/** An agency's note to editors on a line of its own: "(ATTN: UPDATES with details in paras 5-7)". Kept for the desk. */
export const EDITOR_NOTE = /^\d{0,2}:?\s*\((?:ATTN|EDS|EDITORS?|NOTE TO EDITORS)\s*:[^()]{2,160}\)$/u;

export const INLINE_FURNITURE: readonly RegExp[] = [
  // An agency's note to editors after its time line: "ECONOMY 14:27 May 01, 2026 (ATTN: UPDATES with details in paras 5-7)"
  /\s*\((?:ATTN|EDS|EDITORS?|NOTE TO EDITORS)\s*:[^()]{2,160}\)$/u,
  /^(?:item|image|photo|slide|foto|imagen)\s+\d{1,2}\s+(?:of|de)\s+\d{1,2}\s+(?=\S)/iu,
  /^\[\d{1,2}\/\d{1,2}\]\s*/u,
  /\s*purchase licensing rights(?:,? opens new tab)?$/iu,
  /,?\s*\(?opens (?:in )?(?:a )?new (?:tab|window)\)?$/iu,
  // A reading time printed after the time line: "Published 16/06/2026 at 17:34 Reading time: 3 min", "... · 5 min read".
  /\s+(?:[|·•]\s*)?(?:(?:reading time|read time|tiempo de lectura|temps de lecture|tempo de leitura|tempo di lettura|lesezeit|lesedauer)\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?|\d{1,3}\s*min(?:ute)?s?\.?\s*(?:read|de lectura|de lecture|de leitura|di lettura))$/iu,
];

/** A short line calling the reader to a channel ("Join our WhatsApp community!"): furniture wherever it stands. */
export const CHANNEL_CALL = /\b(?:newsletter|whatsapp|telegram|community|channel|app|podcast|alerts|notifications|follow us|sign up|subscribe|suscr[ií]bete|s[ií]guenos|canal)\b/iu;

// ---------------------------------------------------------------------------------------------
// Bylines

/** Job titles that make "Name, Title" a byline: "Jane Roe, AP Science Writer", "John Poe, Staff Reporter". */
export const BYLINE_TITLE =
  /\b(?:desk|writer|reporter|correspondent|editor|columnist|contributor|producer|analyst|journalist|staff|bureau chief|chief|critic|redactor|redactora|corresponsal|enviado especial|enviada especial|periodista|reportero|reportera|correspondante?|journaliste|chroniqueu(?:r|se)|rédact(?:eur|rice)|korrespondent(?:in)?|redakteur(?:in)?|giornalista|corrispondente|inviat[oa]|repórter|correspondente)\b/iu;

/** A line or page element naming who the copy is from, with the name after it: "NEWS PROVIDED BY", "From:", "Texto", "Von". */
export const BYLINE_LABEL = /^(?:news provided by|provided by|from|published by|by|por|von|par|texto|text)\s*:?$/iu;

/** A phrase as printed in lower case, upper case, with a first capital, or with every word capitalised. */
const printedCases = (phrase: string): string[] => {
  const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
  return [phrase, phrase.toUpperCase(), capital(phrase), phrase.split(' ').map(capital).join(' ')];
};

/**
 * Words that open a byline: "By", "Por", "Von", "Par", "Words by", "Story by", "Written by"; and the Italian "di" and Dutch
 * "door" in lower case only ("Di Maria", "Door" open names and sentences).
 */
export const BYLINE_OPENER = new RegExp(
  String.raw`^(?:${['by', 'por', 'von', 'par', 'words by', 'story by', 'written by', 'text by', 'texto de', 'textos de'].flatMap(printedCases).join('|')}|di|door)\s*:?\s+(?=\S)`,
  'u',
);
