// @vitest-environment happy-dom
// The paste cleaner (src/editor/pasteHtml.ts) with random hostile HTML, and the body sanitiser
// (src/editor/sanitizeBody.ts) with random node trees: no script, event handler, javascript: or
// data: URL, and no node or attribute the editor does not know, ever survives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPastedDocument, type PasteDocument } from '../../src/editor/pasteHtml';
import { isAssetId } from '../../src/editor/figure/imageFile';
import { isSafeHref, sanitizeBody } from '../../src/editor/sanitizeBody';
import { bodyDocSchema, type BodyDoc, type BodyNode } from '../../src/story/body';
import { HOSTILE_FRAGMENTS, RUNS, timeoutFor } from './fuzzKit';

const TAGS = ['p', 'b', 'i', 'a', 'span', 'div', 'h1', 'h2', 'h4', 'ul', 'ol', 'li', 'blockquote', 'br', 'hr', 'img', 'script', 'style', 'frame', 'object', 'embed', 'svg', 'math', 'form', 'input', 'button', 'meta', 'link', 'template', 'noscript', 'base', 'o:p', 'w:sdt', 'table', 'td', 'figure', 'figcaption', 'video', 'audio', 'textarea', 'select', 'details', 'marquee'];
const BAD_URLS = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '//evil.example/x'];
const GOOD_URLS = ['https://example.com/a?b=1&c=2', 'http://example.org', 'mailto:desk@example.com'];
const ATTRIBUTES: [string, readonly string[]][] = [
  ['href', [...BAD_URLS, ...GOOD_URLS]],
  ['src', [...BAD_URLS, 'https://tracker.example/pixel.gif']],
  ['onclick', ['alert(1)']],
  ['onerror', ['alert(1)']],
  ['onload', ['alert(1)']],
  ['style', ['font-weight:700', 'font-style:italic;background:url(javascript:alert(1))', 'mso-list:l0 level1', 'color:red', 'font-weight: bold; behavior: url(x.htc)']],
  ['class', ['pull-quote', 'MsoNormal', 'pull-quote evil']],
  ['id', ['docs-internal-guid-1']],
  ['srcset', BAD_URLS],
  ['formaction', BAD_URLS],
  ['xlink:href', BAD_URLS],
  ['data-asset-id', ['sha256-0000', 'javascript:alert(1)']],
  ['alt', ['a "quoted" alt']],
  ['start', ['3', 'javascript:']],
];

const attribute = fc.constantFrom(...ATTRIBUTES).chain(([name, values]) => fc.constantFrom(...values).map((value) => [name, value] as const));
const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** An image as Galley copies its own figures (a real asset id) or as a page carries one. */
const ASSET_ID = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
const image = fc
  .tuple(fc.oneof(ASSET_ID, fc.constantFrom('sha256-0000', 'javascript:alert(1)', 'AB'.repeat(32), '')), fc.constantFrom(...BAD_URLS, 'https://tracker.example/pixel.gif?u=1', '../../x.png'))
  .map(([id, src]) => `<img data-asset-id="${escape(id)}" src="${escape(src)}" alt="a">`);

const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...HOSTILE_FRAGMENTS)),
    fc.tuple(image, fc.string({ maxLength: 12 })).map(([img, caption]) => `<figure>${img}<figcaption>${escape(caption)}</figcaption></figure>`),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }))
      .map(([tag, attrs, children]) => `<${tag}${attrs.map(([n, v]) => ` ${n}="${escape(v)}"`).join('')}>${children.join('')}</${tag}>`),
  ),
})).node;

const DROPPED = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'FORM', 'INPUT', 'BUTTON', 'META', 'LINK', 'TEMPLATE', 'NOSCRIPT', 'BASE', 'VIDEO', 'AUDIO', 'TEXTAREA', 'SELECT']);
const KEPT_ATTRIBUTES = new Set(['href', 'style', 'start', 'alt', 'data-asset-id', 'data-credit', 'class']);

function checkClean(body: Element): void {
  for (const element of Array.from(body.querySelectorAll('*'))) {
    const where = element.outerHTML.slice(0, 200);
    expect(DROPPED.has(element.tagName.toUpperCase()), where).toBe(false);
    expect(element.tagName.includes(':'), where).toBe(false);
    for (const { name, value } of Array.from(element.attributes)) {
      expect(KEPT_ATTRIBUTES.has(name.toLowerCase()), `${name} on ${where}`).toBe(true);
      if (name === 'href') expect(isSafeHref(value), `href ${value}`).toBe(true);
      if (name === 'style') for (const rule of value.split(';')) expect(rule, `style ${value}`).toMatch(/^\s*font-(weight|style)\s*:[^:()]*$/i);
    }
    if (element.tagName === 'IMG') {
      expect(isAssetId(element.getAttribute('data-asset-id')), where).toBe(true);
      imagesKept += 1;
    }
  }
}

/** Images that survived a clean and were checked: a run that checks none proves nothing. */
let imagesKept = 0;

/**
 * The paste as a document, or null for the few inputs happy-dom's parser itself throws on
 * (`<table><body></table><`: "insert a node as a child of itself"). In the app Chromium parses
 * the paste, and a browser's DOMParser never throws; those inputs say nothing about the cleaner.
 */
function parsedByHappyDom(html: string): Document | null {
  try {
    return new DOMParser().parseFromString(html, 'text/html');
  } catch (error) {
    if (error instanceof DOMException) return null;
    throw error;
  }
}

describe('cleanPastedHtml', () => {
  it(`leaves nothing executable or unknown in ${RUNS} random pastes`, () => {
    fc.assert(
      fc.property(fc.array(html, { minLength: 1, maxLength: 4 }), (parts) => {
        const doc = parsedByHappyDom(parts.join(''));
        fc.pre(doc !== null);
        const cleaned = cleanPastedDocument(doc as unknown as PasteDocument);
        if (doc.body) checkClean(doc.body as unknown as Element);
        else expect(cleaned).toBe('');
      }),
      // Found by `npm run fuzz:long` (seed 1391540441, case 5,505): a document with no body.
      { numRuns: RUNS, examples: [[['<template><</template>', '<p><table><body></table></p>', '']]] },
    );
    expect(imagesKept).toBeGreaterThan(0);
  }, timeoutFor(30));
});

const KNOWN_NODES = new Set(['doc', 'paragraph', 'heading', 'text', 'hardBreak', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'pullQuote', 'horizontalRule', 'figure']);
const KNOWN_MARKS = new Set(['bold', 'italic', 'link']);

const mark = fc.oneof(
  fc.record({ type: fc.constantFrom('bold', 'italic', 'underline', 'code', 'script', 'textStyle') }),
  fc.record({ type: fc.constant('link'), attrs: fc.record({ href: fc.constantFrom(...BAD_URLS, ...GOOD_URLS), onclick: fc.constant('alert(1)'), target: fc.constant('_blank') }, { requiredKeys: [] }) }),
);
const attrValue = fc.oneof(fc.jsonValue({ maxDepth: 1 }), ASSET_ID, fc.constantFrom(...BAD_URLS, '../../library.galley', 'https://tracker.example/pixel.gif?u=1'));
const attrs = fc.dictionary(fc.constantFrom('level', 'src', 'alt', 'credit', 'sourceNote', 'onclick', 'style', 'href', 'start', 'attribution'), attrValue, { maxKeys: 4 });
const bodyNode: fc.Arbitrary<BodyNode> = fc.letrec<{ node: BodyNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constant('text'), text: fc.string({ maxLength: 10 }), marks: fc.array(mark, { maxLength: 3 }) }, { requiredKeys: ['type', 'text'] }),
    fc.record(
      { type: fc.constantFrom(...KNOWN_NODES, 'iframe', 'script', 'image', 'table', 'codeBlock', 'doc'), attrs, content: fc.array(tie('node'), { maxLength: 3 }) },
      { requiredKeys: ['type'] },
    ),
  ),
})).node;

/** Figures that came out of the sanitiser and were checked: a run that checks none proves nothing. */
let figuresChecked = 0;

function walk(node: BodyNode, visit: (node: BodyNode) => void): void {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

describe('sanitizeBody', () => {
  it(`keeps only known nodes, marks and safe links in ${RUNS} random bodies, and is idempotent`, () => {
    fc.assert(
      fc.property(fc.array(bodyNode, { maxLength: 5 }), (content) => {
        const clean = sanitizeBody({ type: 'doc', content } as BodyDoc);
        walk(clean, (node) => {
          expect(KNOWN_NODES.has(node.type), node.type).toBe(true);
          expect(node.attrs?.onclick).toBeUndefined();
          // A figure's photo is an asset id or nothing; anything else is at most its inert note.
          if (node.type === 'figure') {
            expect(isAssetId(node.attrs?.src) || node.attrs?.src === '', String(node.attrs?.src)).toBe(true);
            expect(typeof node.attrs?.sourceNote).toBe('string');
            figuresChecked += 1;
          }
          for (const m of node.marks ?? []) {
            expect(KNOWN_MARKS.has(m.type), m.type).toBe(true);
            if (m.type === 'link') expect(isSafeHref(m.attrs?.href)).toBe(true);
          }
        });
        expect(sanitizeBody(clean)).toEqual(clean);
        expect(bodyDocSchema.safeParse(clean).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(figuresChecked).toBeGreaterThan(0);
  });
});
