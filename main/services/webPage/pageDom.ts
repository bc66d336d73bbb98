import { parseHTML } from 'linkedom';

/**
 * The few DOM features the web-page reader uses. main/ compiles without the DOM library, so
 * they are declared here; linkedom's document provides them (and a browser's would).
 */
export interface PageNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
  readonly parentElement: PageElement | null;
}
export interface PageElement extends PageNode {
  readonly tagName: string;
  readonly children: ArrayLike<PageElement>;
  readonly nextElementSibling: PageElement | null;
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  matches(selector: string): boolean;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  closest(selector: string): PageElement | null;
  contains(node: PageNode): boolean;
  remove(): void;
}
export interface PageDocument {
  readonly documentElement: PageElement;
  readonly body: PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: PageNode): node is PageElement {
  return node.nodeType === ELEMENT_NODE;
}

/**
 * True when the element's class, id or a data- attribute names it with one of `words`
 * ("storySummary", data-component="KeyPoints", data-gu-name="standfirst"): templates name their
 * parts in many attributes and cases, and one selector per template would not generalise.
 */
export function isNamed(element: PageElement, words: RegExp): boolean {
  return element.getAttributeNames().some((name) => /^(?:class|id|data-[\w-]+)$/u.test(name) && words.test(element.getAttribute(name) ?? ''));
}

/** Lower-case tag name. */
export function tagOf(element: PageElement): string {
  return element.tagName.toLowerCase();
}

/** Text with runs of white space (line breaks of the saved file included) as one space, trimmed. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

export function textOf(node: PageNode | null | undefined): string {
  return cleanText(node?.textContent);
}

/** Text with a space where elements meet ("April 29, 2026</span><span>3:22 PM"), as the page shows them apart. */
export function spacedText(node: PageNode): string {
  const parts: string[] = [];
  const walk = (at: PageNode): void => {
    if (at.nodeType === TEXT_NODE) parts.push(at.textContent ?? '');
    else if (isElement(at)) {
      parts.push(' ');
      Array.from(at.childNodes).forEach(walk);
      parts.push(' ');
    }
  };
  walk(node);
  return cleanText(parts.join('')).replace(/\s+([,.;:])/g, '$1');
}

export function all(root: { querySelectorAll(selector: string): ArrayLike<PageElement> }, selector: string): PageElement[] {
  return Array.from(root.querySelectorAll(selector));
}

/**
 * Parses a page or a clipboard fragment. Scripts never run: linkedom has no script engine,
 * and nothing here loads a resource.
 */
export function parsePage(html: string): PageDocument {
  // A fragment (the clipboard's HTML) gets a document around it, so `body` exists.
  const whole = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as PageDocument;
}

/** An address as the page means it: relative ones against the page's own address, when it says what that is. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  const value = (href ?? '').trim();
  if (!value) return null;
  try {
    return new URL(value, base || undefined).href;
  } catch {
    return null;
  }
}
