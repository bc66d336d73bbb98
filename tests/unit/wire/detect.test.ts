import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectImportFormat, importDocument, MAX_IMPORT_CHARACTERS } from '../../../src/wire/detect';
import { ImportError } from '../../../src/wire/types';

const STANDARDS = join(import.meta.dirname, '../../../../shared/standards');
const official = (path: string): string => readFileSync(join(STANDARDS, path), 'utf8');

describe('detectImportFormat: by content, whatever the file is called', () => {
  it.each([
    ['nitf/DERIVED_LISTING_22_Sports_story_in_NewsML-G2NITF.nitf-only.xml', 'nitf'],
    ['nitf/DERIVED_LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.nitf-only.xml', 'nitf'],
    ['newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml', 'newsml'],
    ['newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml', 'newsml'],
    ['ninjs/examples-3.1/004_simple_text_article.json', 'ninjs'],
    ['ninjs/examples-1.6/005_complex_text_article.json', 'ninjs'],
  ])('official example %s is %s', (path, format) => {
    expect(detectImportFormat(official(path), 'misnamed.txt')).toBe(format);
  });

  it.each([
    ['a prefixed root', '<?xml version="1.0"?>\n<!-- c -->\n<g2:newsMessage xmlns:g2="http://iptc.org/std/nar/2006-10-01/"/>', 'newsml'],
    ['a BOM and blank lines before the root', '\uFEFF\n\n  <nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"/>', 'nitf'],
    ['agency copy', 'Headline\n\nKYIV (AP) — Text.', 'text'],
    ['copy that starts with a bracket', '(AP) — text', 'text'],
    ['a saved web page', '<!-- saved from url=(0030)https://news.example/a -->\n<!DOCTYPE html>\n<HTML lang="en"><head></head></HTML>', 'html'],
  ])('%s', (_name, text, format) => {
    expect(detectImportFormat(text)).toBe(format);
  });
});

describe('refusals, each with a message that says what is wrong', () => {
  it.each([
    ['empty', '', /is empty/],
    ['only whitespace and a BOM', '\uFEFF \n\t ', /is empty/],
    ['binary (NUL bytes)', 'PK\u0003\u0004\u0000\u0000', /binary file/],
    ['unknown XML', '<?xml version="1.0"?><rss/>', /root <rss>.*neither NITF/],
    ['a web page handed to the text-only importer', '<!DOCTYPE html><html><body>x</body></html>', /is a web page: import it as a file/],
    ['JSON that is not ninjs', '{"title": "x"}', /JSON but not ninjs/],
    ['a JSON array', '[{"uri": "x", "headlines": []}]', /JSON but not ninjs/],
  ])('%s', (_name, text, message) => {
    expect(() => importDocument(text, 'story.bin')).toThrow(ImportError);
    expect(() => importDocument(text, 'story.bin')).toThrow(message);
  });

  it('takes a U+FFFD in text as a character: only bytes tell an encoding error (decodeImportFile)', () => {
    expect(importDocument('Caf\uFFFD reopens\n\nThe caf\uFFFD reopened on Monday.', 'cafe.txt').stories[0].fields.headline).toBe('Caf\uFFFD reopens');
  });

  it('refuses text over the size limit before reading it', () => {
    expect(() => detectImportFormat('x'.repeat(MAX_IMPORT_CHARACTERS + 1), 'huge.txt')).toThrow(/"huge.txt" is too large/);
  });

  it('refuses a DOCTYPE with entities (the XML importer is reached and says no)', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><nitf><head><title>&b;</title></head></nitf>';
    expect(detectImportFormat(bomb)).toBe('nitf');
    expect(() => importDocument(bomb)).toThrow(ImportError);
  });
});

describe('importDocument dispatch', () => {
  it('reads pasted copy', () => {
    const result = importDocument('Grain deal extended\n\nKYIV (AP) — Ships sail.', 'copy.txt');
    expect(result.format).toBe('text');
    expect(result.stories[0].fields.dateline).toEqual({ place: 'KYIV', date: '', source: 'AP' });
  });

  it('reads a .md file as Markdown even without Markdown signs in the first lines', () => {
    const result = importDocument('Title\n\nSome _quiet_ words.', 'notes.md');
    expect(result.stories[0].fields.body!.content[0].content).toContainEqual({ type: 'text', text: 'quiet', marks: [{ type: 'italic' }] });
  });

  it.each([
    ['nitf/DERIVED_LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.nitf-only.xml', 'nitf'],
    ['newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml', 'newsml'],
    ['ninjs/examples-3.1/004_simple_text_article.json', 'ninjs'],
  ])('hands %s to the %s importer', (path, format) => {
    const result = importDocument(official(path));
    expect(result.format).toBe(format);
    expect(result.stories.length).toBeGreaterThan(0);
  });
});

describe('format detection on hostile markup', () => {
  // Each of these once sent a backtracking regular expression into exponential time.
  it.each([
    ['unclosed processing instructions', '<?'.repeat(20_000)],
    ['unclosed comments', `${'<!--'.repeat(20_000)}x`],
    ['declarations then no element', `${'<?x?> '.repeat(20_000)}<`],
    ['an unclosed DOCTYPE subset', `<!DOCTYPE nitf [${'<!--'.repeat(5_000)}`],
  ])('refuses %s with an ImportError', (_label, text) => {
    expect(() => detectImportFormat(text)).toThrow(ImportError);
  });

  it('still reads the root through declarations, comments and a prefix', () => {
    expect(detectImportFormat('<?xml version="1.0"?>\n<!-- a -->\n<!DOCTYPE x>\n<g2:newsItem xmlns:g2="x"/>')).toBe('newsml');
  });
});
