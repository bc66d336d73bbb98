import { describe, expect, it } from 'vitest';
import { importNewsml } from '../../../src/wire/newsml';
import { importNitf } from '../../../src/wire/nitf';
import { ImportError } from '../../../src/wire/types';
import { el, escapeXmlAttr, escapeXmlText, mixedEl, parseXml, replaceIllegalXmlChars, serializeXml, textContent } from '../../../src/wire/xml';
import { fixture } from './wireTestKit';

describe('parseXml refuses hostile input', () => {
  it('refuses billion laughs with an ImportError that says why', () => {
    expect(() => importNitf(fixture('billionLaughs.xml'))).toThrow(ImportError);
    expect(() => importNitf(fixture('billionLaughs.xml'))).toThrow(/DOCTYPE.*billion laughs/);
  });

  it('refuses an external entity (XXE)', () => {
    expect(() => importNewsml(fixture('xxe.xml'))).toThrow(ImportError);
    expect(() => importNewsml(fixture('xxe.xml'))).toThrow(/XXE/);
  });

  it('refuses a DOCTYPE however it is cased', () => {
    expect(() => parseXml('<!doctype x><x/>')).toThrow(ImportError);
  });

  it('refuses an undeclared entity', () => {
    expect(() => parseXml('<p>&nbsp;</p>')).toThrow(/entity &nbsp;/);
  });

  it('refuses a character reference to a character XML forbids', () => {
    expect(() => parseXml('<p>&#0;</p>')).toThrow(ImportError);
  });

  it('says where malformed XML breaks', () => {
    expect(() => parseXml('<a>\n<b></a>', { label: 'NITF' })).toThrow(/NITF file is not well-formed XML \(line 2/);
  });
});

describe('parseXml reads', () => {
  it('the predefined entities, character references and CDATA', () => {
    const root = parseXml('<p>&lt;&amp;&gt;&quot;&apos; &#233;&#x1F600; <![CDATA[<raw>&amp;]]></p>');
    expect(textContent(root)).toBe('<&>"\' é😀 <raw>&amp;');
  });

  it('folds pretty-printing but keeps line breaks written as references', () => {
    const root = parseXml('<p>\n    one\n    two&#10;three\n</p>');
    expect(textContent(root)).toBe('one two\nthree');
  });

  it('HTML entities in html mode only', () => {
    expect(textContent(parseXml('<p>a&nbsp;b&mdash;&unknown;</p>', { entities: 'html' }))).toBe('a\u00A0b—&unknown;');
  });
});

describe('writing', () => {
  it('escapes text and attributes so they read back unchanged', () => {
    const text = 'a&b<c>d"e\'f\tg\nh\ri ]]>';
    const xml = serializeXml(el('r', { v: text }, mixedEl('t', {}, text)));
    const root = parseXml(xml);
    expect(root.attrs.v).toBe(text);
    expect(textContent(root)).toBe(text);
  });

  it('escapes CR and LF in text, and tab too in attributes', () => {
    expect(escapeXmlText('a\r\nb')).toBe('a&#13;&#10;b');
    expect(escapeXmlAttr('a\tb')).toBe('a&#9;b');
  });

  it('indents element-only content but never mixed content', () => {
    expect(serializeXml(el('a', {}, el('b'), mixedEl('p', {}, el('em', {}, 'x'))))).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a>\n  <b/>\n  <p><em>x</em></p>\n</a>\n');
  });

  it.each([
    ['NUL', '\u0000', 1],
    ['bell', '\u0007', 1],
    ['lone high surrogate', '\uD800', 1],
    ['U+FFFE', '\uFFFE', 1],
    ['tab, LF, CR are legal', '\t\n\r', 0],
    ['emoji pair is legal', '😀', 0],
  ])('replaceIllegalXmlChars: %s', (_name, text, replaced) => {
    expect(replaceIllegalXmlChars(`a${text}b`).replaced).toBe(replaced);
  });
});
