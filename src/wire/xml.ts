import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkElementCount } from './importLimits';
import { ImportError } from './types';

/**
 * A small XML tree shared by the XML wire formats (NITF, NewsML-G2) and the ninjs HTML body
 * reader. Exporters build it with `el()` and write it with `serializeXml()`; importers get it
 * from `parseXml()`. Element names keep their prefix as written; `localName()` strips it.
 */
export interface XmlElement {
  name: string;
  /** Attribute name -> value, in the order written (the order is part of the output bytes). */
  attrs: Record<string, string>;
  children: XmlNode[];
  /**
   * Mixed content (`p`, `hl1`, `headline`): written without added whitespace even when every
   * child is an element, because whitespace there would become part of the text.
   */
  mixed?: boolean;
}
export type XmlNode = XmlElement | string;

/** Attribute values: `undefined` leaves the attribute out, so callers can map optional fields directly. */
export type XmlAttrs = Record<string, string | number | undefined>;

/** Builds an element; `undefined`, `null` and `false` children are skipped, arrays are flattened. */
export function el(name: string, attrs: XmlAttrs = {}, ...children: XmlChild[]): XmlElement {
  return { name, attrs: keptAttrs(attrs), children: flattenChildren(children, []) };
}
/** Builds an element with mixed content (see `XmlElement.mixed`). */
export function mixedEl(name: string, attrs: XmlAttrs = {}, ...children: XmlChild[]): XmlElement {
  return { name, attrs: keptAttrs(attrs), children: flattenChildren(children, []), mixed: true };
}
export type XmlChild = XmlNode | XmlChild[] | undefined | null | false;

function keptAttrs(attrs: XmlAttrs): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key in attrs) {
    const value = attrs[key];
    if (value !== undefined) kept[key] = String(value);
  }
  return kept;
}

function flattenChildren(children: readonly XmlChild[], out: XmlNode[]): XmlNode[] {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) flattenChildren(child, out);
    else out.push(child as XmlNode);
  }
  return out;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== 'string';
}

// ---------------------------------------------------------------------------------------------
// Characters

/**
 * XML 1.0 §2.2 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
 * Everything else (NUL, other C0 controls, lone surrogates, U+FFFE/U+FFFF) cannot appear in a
 * document at all, not even as a character reference.
 */
const ILLEGAL_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** The same class without `g`, so `test` keeps no lastIndex between calls. */
const HAS_ILLEGAL_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Whether the text has a character XML 1.0 forbids; exporters test first because almost no text has one. */
export function hasIllegalXmlChars(text: string): boolean {
  return HAS_ILLEGAL_XML_CHAR.test(text);
}

/** Replaces characters XML 1.0 forbids with U+FFFD and says how many there were. */
export function replaceIllegalXmlChars(text: string): { text: string; replaced: number } {
  if (!hasIllegalXmlChars(text)) return { text, replaced: 0 };
  let replaced = 0;
  const cleaned = text.replace(ILLEGAL_XML_CHAR, () => {
    replaced++;
    return '\uFFFD';
  });
  return { text: cleaned, replaced };
}

/**
 * Text content escaping. CR is written as a reference because XML 1.0 §2.11 turns a literal CR
 * (or CRLF) into LF on reading. LF is a reference too: then every literal line break in a file
 * is layout (pretty-printing), which `parseXml` folds away without touching the text's own.
 */
export function escapeXmlText(text: string): string {
  return TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIALS, (c) => TEXT_ESCAPES[c]) : text;
}
// A `test` first: most text needs no escape, and `replace` with a callback costs even then.
const TEXT_SPECIAL = /[&<>\r\n]/;
const TEXT_SPECIALS = /[&<>\r\n]/g;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;', '\n': '&#10;' };

/** Attribute escaping. Tab, LF and CR are references because §3.3.3 normalises them to spaces. */
export function escapeXmlAttr(text: string): string {
  return ATTR_SPECIAL.test(text) ? text.replace(ATTR_SPECIALS, (c) => ATTR_ESCAPES[c]) : text;
}
const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const ATTR_SPECIALS = /[&<>"\t\n\r]/g;
const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

// ---------------------------------------------------------------------------------------------
// Writing

/**
 * Writes the tree as UTF-8 XML text. Elements whose children are all elements are indented one
 * per line; an element with any text child (mixed content: `p`, `hl1`, `headline`) is written
 * on one line exactly as built, because whitespace added there would become part of the text.
 * Hand-written rather than xmlbuilder2 so that this rule, and therefore every byte, is ours.
 * One string is appended to throughout (V8 joins such appends cheaply), rather than each
 * element returning its own text for the parent to join.
 */
export function serializeXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeElement('', root, '')}\n`;
}

function writeElement(out: string, node: XmlElement, indent: string): string {
  out += `${indent}<${node.name}`;
  out = writeAttrs(out, node.attrs);
  const { children } = node;
  if (children.length === 0) return `${out}/>`;
  if (node.mixed || children.some((child) => !isElement(child))) {
    out += '>';
    for (const child of children) out = writeInline(out, child);
    return `${out}</${node.name}>`;
  }
  const inner = `${indent}  `;
  out += '>';
  for (const child of children) out = writeElement(`${out}\n`, child as XmlElement, inner);
  return `${out}\n${indent}</${node.name}>`;
}

function writeInline(out: string, node: XmlNode): string {
  if (!isElement(node)) return out + escapeXmlText(node);
  out = writeAttrs(`${out}<${node.name}`, node.attrs);
  if (node.children.length === 0) return `${out}/>`;
  out += '>';
  for (const child of node.children) out = writeInline(out, child);
  return `${out}</${node.name}>`;
}

function writeAttrs(out: string, attrs: Record<string, string>): string {
  for (const key in attrs) out += ` ${key}="${escapeXmlAttr(attrs[key])}"`;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface ParseXmlOptions {
  /**
   * `xml` (default): only the five predefined entities and character references; any other
   * entity reference is an error, as XML 1.0 §4.1 requires without a DTD.
   * `html`: also the HTML named entities common in news copy; unknown ones stay as written.
   */
  entities?: 'xml' | 'html';
  /** Named in error messages, e.g. "NITF". Default "XML". */
  label?: string;
}

/**
 * A DOCTYPE is where entity declarations live: internal ones expand exponentially ("billion
 * laughs"), external ones read local files or the network (XXE). No wire format Galley reads
 * needs a DTD, so any DOCTYPE or ENTITY declaration is refused before the parser sees the text.
 * The check is on the raw text, so a DOCTYPE hidden in a comment is refused too: a false alarm
 * on a harmless file is better than a missed attack.
 */
const DTD_MARKUP = /<!(DOCTYPE|ENTITY)/i;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Entities are decoded here (decodeEntities) so that unknown ones are errors, not passed through.
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
});

/** Parses XML text into the tree, refusing DTDs and malformed input with an ImportError. */
export function parseXml(source: string, options: ParseXmlOptions = {}): XmlElement {
  const label = options.label ?? 'XML';
  const text = source.replace(/^\uFEFF/, '');
  if (DTD_MARKUP.test(text)) {
    throw new ImportError(
      `The ${label} file declares a DOCTYPE or entities. Galley refuses these because they can expand to huge sizes or read other files (billion laughs, XXE); nothing was imported.`,
    );
  }
  // Counted before any parser builds a tree: the count is one pass, the tree is most of the cost.
  checkElementCount(text, `The ${label} file`);
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ImportError(`The ${label} file is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`);
  }
  let raw: RawNode[];
  try {
    raw = parser.parse(text) as RawNode[];
  } catch (error) {
    // The validator passes some input the parser then rejects (an unclosed processing
    // instruction, nesting past the parser's depth limit); found by tests/fuzz/importers.test.ts.
    throw new ImportError(`The ${label} file cannot be read as XML: ${(error as Error).message}`);
  }
  const roots = toNodes(raw, options.entities ?? 'xml', label).filter(isElement);
  if (roots.length !== 1) throw new ImportError(`The ${label} file has no root element.`);
  return roots[0];
}

/** fast-xml-parser's preserveOrder shape: `{ tag: children, ':@': attrs }` or `{ '#text': s }`. */
type RawNode = Record<string, unknown>;

function toNodes(raw: RawNode[], entities: 'xml' | 'html', label: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const [index, item] of raw.entries()) {
    if ('#text' in item) {
      const text = foldLayout(String(item['#text']), index === 0, index === raw.length - 1);
      out.push(decodeEntities(text, entities, label));
      continue;
    }
    if ('#cdata' in item) {
      out.push((item['#cdata'] as RawNode[]).map((part) => String(part['#text'] ?? '')).join(''));
      continue;
    }
    const name = Object.keys(item).find((key) => key !== ':@');
    if (!name || name.startsWith('#') || name.startsWith('?')) continue;
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries((item[':@'] as Record<string, unknown>) ?? {})) {
      attrs[key] = decodeEntities(String(value), entities, label);
    }
    out.push({ name, attrs, children: mergeText(toNodes(item[name] as RawNode[], entities, label)) });
  }
  return out;
}

/**
 * Whitespace that contains a literal line break is layout: wire files are pretty-printed, and
 * `<p>` text wrapped over lines means one space per break (as HTML renders it). Such runs fold
 * to one space, or to nothing at the start or end of an element. Galley writes line breaks in
 * text as `&#10;`, which is decoded after this step and so survives.
 */
function foldLayout(raw: string, first: boolean, last: boolean): string {
  if (!raw.includes('\n')) return raw;
  let text = raw.replace(/[ \t\r]*\n[ \t\r\n]*/g, ' ');
  if (first && /^[ \t\r]*\n/.test(raw)) text = text.replace(/^ /, '');
  if (last && /\n[ \t\r]*$/.test(raw)) text = text.replace(/ $/, '');
  return text;
}

/** CDATA next to text arrives as separate pieces; readers want one string per run of text. */
function mergeText(nodes: XmlNode[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (!isElement(node) && last !== undefined && !isElement(last)) out[out.length - 1] = last + node;
    else out.push(node);
  }
  return out;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const HTML_ENTITIES: Record<string, string> = {
  ...XML_ENTITIES,
  nbsp: '\u00A0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  middot: '·',
  bull: '•',
};

function decodeEntities(text: string, mode: 'xml' | 'html', label: string): string {
  if (!text.includes('&')) return text;
  const table = mode === 'html' ? HTML_ENTITIES : XML_ENTITIES;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const char = code <= 0x10ffff ? String.fromCodePoint(code) : '';
      if (char && replaceIllegalXmlChars(char).replaced === 0) return char;
      throw new ImportError(`The ${label} file refers to character ${whole}, which XML does not allow.`);
    }
    const named = table[ref];
    if (named !== undefined) return named;
    if (mode === 'html') return whole;
    throw new ImportError(`The ${label} file uses the entity ${whole}, which is not declared (Galley reads no DTDs).`);
  });
}

// ---------------------------------------------------------------------------------------------
// Navigation

/** The name without its namespace prefix: `nitf:p` -> `p`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

export function childElements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((child): child is XmlElement => isElement(child) && (name === undefined || localName(child.name) === name));
}

export function firstChild(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node ? childElements(node, name)[0] : undefined;
}

/** All text inside the element, in document order. */
export function textContent(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  if (!isElement(node)) return node;
  return node.children.map(textContent).join('');
}
