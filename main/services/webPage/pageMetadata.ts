import { all, cleanText, type PageDocument } from './pageDom';

/** What a page says about its article in machine-readable form: JSON-LD, OpenGraph, `article:` and plain meta tags. */
export interface PageMetadata {
  headline: string;
  description: string;
  authors: string[];
  /** ISO date-time as the page wrote it (offset included), or "". */
  published: string;
  /** The page's own address (canonical, og:url, JSON-LD url), the base for its relative links. */
  url: string;
  language: string;
  keywords: string[];
  siteName: string;
}

type Json = Record<string, unknown>;

/** schema.org types an article page describes itself with (NewsArticle and its kin, blog posts). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? cleanText(value) : '';
}

function typesOf(node: Json): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every object in a JSON-LD value, `@graph` and nesting included, so an article inside a WebPage is found. */
function objectsIn(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const item of value) objectsIn(item, out);
  else if (isObject(value)) {
    out.push(value);
    for (const child of Object.values(value)) if (typeof child === 'object') objectsIn(child, out);
  }
  return out;
}

/** The first JSON-LD object that passes the test; a script that is not valid JSON is skipped (publishers ship broken ones). */
function jsonLdObject(doc: PageDocument, test: (node: Json) => boolean): Json | undefined {
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = objectsIn(parsed).find(test);
    if (found) return found;
  }
  return undefined;
}

/** The page's article in JSON-LD. */
const jsonLdArticle = (doc: PageDocument) => jsonLdObject(doc, (node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));

/** A press release or notice often describes itself only as a WebPage, dated all the same. */
const jsonLdPageDate = (doc: PageDocument) => str(jsonLdObject(doc, (node) => Boolean(str(node.datePublished)))?.datePublished);

/** Authors by name; an organisation named as author (a company issuing a release) prints no byline of its own. */
function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((item) => !isObject(item) || !typesOf(item).includes('Organization')).map((item) => (isObject(item) ? str(item.name) : str(item))).filter(Boolean);
}

function meta(doc: PageDocument, ...keys: string[]): string {
  for (const key of keys) {
    const element = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = cleanText(element?.getAttribute('content'));
    if (value) return value;
  }
  return '';
}

function metaAll(doc: PageDocument, key: string): string[] {
  return all(doc, `meta[property="${key}"], meta[name="${key}"]`).map((element) => cleanText(element.getAttribute('content'))).filter(Boolean);
}

/** Author meta tags sometimes hold profile addresses (`article:author`): those are not names. */
const isName = (value: string) => !/^https?:\/\//i.test(value);

/** Reads the page's metadata; every field is "" or empty when the page does not give it. */
export function readPageMetadata(doc: PageDocument): PageMetadata {
  const article = jsonLdArticle(doc) ?? {};
  const keywords = article.keywords;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return {
    headline: str(article.headline) || meta(doc, 'og:title', 'twitter:title'),
    description: str(article.description) || meta(doc, 'og:description', 'description', 'twitter:description'),
    authors: namesOf(article.author).length ? namesOf(article.author) : [meta(doc, 'author', 'byl', 'dc.creator', 'sailthru.author'), ...metaAll(doc, 'article:author')].filter((name) => name && isName(name)),
    published: str(article.datePublished) || meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date', 'date') || jsonLdPageDate(doc),
    url: canonical || meta(doc, 'og:url') || str(article.url) || str(isObject(article.mainEntityOfPage) ? article.mainEntityOfPage['@id'] : article.mainEntityOfPage),
    language: cleanText(doc.documentElement.getAttribute('lang')) || str(article.inLanguage),
    keywords: (Array.isArray(keywords) ? keywords.map(str) : str(keywords) ? str(keywords).split(',') : [meta(doc, 'news_keywords', 'keywords'), ...metaAll(doc, 'article:tag')].join(',').split(','))
      .map(cleanText)
      .filter(Boolean),
    siteName: meta(doc, 'og:site_name') || (isObject(article.publisher) ? str(article.publisher.name) : ''),
  };
}
