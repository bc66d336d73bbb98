/**
 * Deterministic news-like text for the benchmark library. Word frequencies follow the shape of
 * real copy (a few function words everywhere, topic words in clusters, names and places rare),
 * because search cost depends on how many stories a term matches: a uniform 30-word pool would
 * make every query "broad" and every figure meaningless.
 */

import type { Random } from '../support/seededRandom';

export { seededRandom, type Random } from '../support/seededRandom';

export function pick<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** Skewed pick: low indexes far more often (roughly Zipf), as word use is in real text. */
function pickSkewed<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(items.length * rand() ** 2.2)];
}

const FUNCTION_WORDS = 'the of and to a in that is was for on with as by at it from he she they said has have had be been were will would not but an this which who their its after more than also over about into up two new last first one year years'.split(' ');

export const FIRST_NAMES = 'Ana Lee Maria James Olena Dmitri Aisha Kwame Sofia Hiroshi Fatima Lucas Ingrid Rahul Chen Amara Pedro Yusuf Elena Tomasz Nadia Omar Grace Mateo Leila Kenji Zanele Ivan Chloe Samir Hana Diego Anika Felix Mariam Viktor Priya Jonas Beatriz Tariq'.split(' ');
export const SURNAMES = 'Ruiz Park Okafor Kowalski Petrenko Haddad Nakamura Silva Mensah Lindqvist Sharma Moreau Alvarez Novak Rahman Fischer Kimura Osei Castillo Bergstrom Adeyemi Ivanova Delgado Horvat Nguyen Schmidt Tanaka Mbeki Rossi Kaplan Varga Jansen Costa Demir Oyelaran Sato Lindgren Banda Romero Weiss'.split(' ');
export const PLACES = 'Kyiv Odesa Kharkiv Washington London Paris Berlin Brussels Geneva Nairobi Lagos Accra Cairo Beirut Ankara Istanbul Tehran Delhi Mumbai Dhaka Jakarta Manila Tokyo Seoul Beijing Shanghai Sydney Auckland Lima Bogota Caracas Brasilia Santiago Madrid Lisbon Rome Vienna Warsaw Prague Budapest Bucharest Athens Oslo Stockholm Helsinki Copenhagen Dublin Ottawa Toronto Chicago Houston Denver Mexico Havana Kinshasa Khartoum Addis Kampala Harare Pretoria Karachi'.split(' ');
export const SOURCES = ['AFP', 'AP', 'Reuters', 'dpa', 'EFE', 'Staff'];

/** Topic clusters: a story draws most of its content words from one or two of them. */
const TOPICS: readonly (readonly string[])[] = [
  'grain deal port shipments wheat exports corridor Black Sea vessels harvest insurance blockade talks'.split(' '),
  'election ballot voters turnout campaign candidate parliament coalition polling opposition recount majority'.split(' '),
  'interest rates inflation central bank bond markets currency lending mortgage economists recession growth'.split(' '),
  'ministry minister cabinet government spokesperson decree reform budget deficit taxes subsidies'.split(' '),
  'flood rainfall evacuation rescue emergency dam river storm damage residents shelters warning'.split(' '),
  'court judge trial verdict prosecutors defence appeal sentence fraud testimony jury lawyers'.split(' '),
  'ceasefire troops artillery frontline shelling drone offensive negotiations humanitarian civilians'.split(' '),
  'vaccine hospital patients outbreak virus health doctors clinical trial infections agency'.split(' '),
  'championship final coach striker goal season league stadium tournament injury transfer'.split(' '),
  'climate emissions carbon summit renewable solar wind pledge temperatures drought glacier'.split(' '),
  'technology startup software chips semiconductor artificial intelligence regulators privacy platform'.split(' '),
  'strike union workers wages pay dispute railway walkout negotiators employers pensions'.split(' '),
  'oil gas pipeline energy prices barrel output refinery sanctions supply OPEC'.split(' '),
  'police arrest suspect investigation shooting protest demonstrators curfew security'.split(' '),
  'museum exhibition festival film director award theatre orchestra novel premiere'.split(' '),
];

const VERBS = 'announced confirmed denied warned urged rejected approved signed expected reported told added agreed criticised described estimated planned insisted'.split(' ');

/** Who and where a story is about: names and places recur within a story, not across the whole library. */
export interface Cast {
  people: string[];
  places: string[];
}

export function personName(rand: Random): string {
  return `${pickSkewed(rand, FIRST_NAMES)} ${pickSkewed(rand, SURNAMES)}`;
}

/** Two to four people and one or two places; skewed picks make some names common and most rare, as in a real archive. */
export function castFor(rand: Random): Cast {
  return {
    people: Array.from({ length: 2 + Math.floor(rand() * 3) }, () => personName(rand)),
    places: Array.from({ length: 1 + Math.floor(rand() * 2) }, () => pickSkewed(rand, PLACES)),
  };
}

/** One sentence of `length` words about the given topics and cast, ending with a full stop. */
export function sentence(rand: Random, topics: readonly number[], cast: Cast, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const roll = rand();
    if (roll < 0.5) out.push(pickSkewed(rand, FUNCTION_WORDS));
    else if (roll < 0.83) out.push(pick(rand, TOPICS[pick(rand, topics)]));
    else if (roll < 0.93) out.push(pick(rand, VERBS));
    else if (roll < 0.96) out.push(pick(rand, cast.places));
    else out.push(pick(rand, cast.people).split(' ')[1]);
  }
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A paragraph of about `words` words, some of it a quote from someone in the cast. */
export function paragraphText(rand: Random, topics: readonly number[], cast: Cast, words: number): string {
  const parts: string[] = [];
  let left = words;
  while (left > 0) {
    const length = Math.min(left, 8 + Math.floor(rand() * 18));
    const text = sentence(rand, topics, cast, length);
    parts.push(rand() < 0.15 ? `“${text}” ${pick(rand, cast.people)} ${pick(rand, ['said', 'told reporters', 'added'])}.` : text);
    left -= length;
  }
  return parts.join(' ');
}

export function topicCount(): number {
  return TOPICS.length;
}

export function topicWord(rand: Random, topic: number): string {
  return pick(rand, TOPICS[topic]);
}

/**
 * The 50 search queries: what a desk types. Names, places, phrases and prefixes, plus the broad
 * ones (a common word, two-letter prefixes) that match most of the library.
 */
export const QUERIES: readonly { query: string; kind: 'name' | 'place' | 'phrase' | 'prefix' | 'mixed' | 'broad' }[] = [
  ...['Okafor', 'Kowalski', '"Ana Ruiz"', 'Petrenko', '"Olena Haddad"', 'Lindqvist', 'Nakamura', '"Kwame Mensah"', 'Bergstrom', 'Oyelaran'].map((query) => ({ query, kind: 'name' as const })),
  ...['Kyiv', 'Nairobi', 'Geneva', 'Odesa', 'Brasilia', 'Karachi', 'Helsinki', 'Kampala', 'Bucharest', 'Auckland'].map((query) => ({ query, kind: 'place' as const })),
  ...['"grain deal"', '"interest rates"', '"central bank"', '"Black Sea"', '"artificial intelligence"', '"clinical trial"', '"pay dispute"', '"coalition talks"'].map((query) => ({ query, kind: 'phrase' as const })),
  ...['semicond*', 'glaci*', 'refin*', 'orchest*', 'testim*', 'Kowal*', 'evacua*', 'premie*'].map((query) => ({ query, kind: 'prefix' as const })),
  ...['Kyiv grain', 'Okafor election', 'Geneva ceasefire', 'Nairobi flood', 'strike railway', 'Tokyo chips', 'Lagos oil', 'Berlin summit'].map((query) => ({ query, kind: 'mixed' as const })),
  ...['the', 'said', 'government', 'mi*', 'pr*', 'co*'].map((query) => ({ query, kind: 'broad' as const })),
];
