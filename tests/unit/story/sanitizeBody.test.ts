import { describe, expect, it } from 'vitest';
import { sanitizeBody } from '../../../src/editor/sanitizeBody';
import type { BodyDoc } from '../../../src/story/body';

const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const link = (href: string) => ({ type: 'text', text: 'here', marks: [{ type: 'link', attrs: { href, onclick: 'steal()' } }] });

describe('sanitizeBody', () => {
  it.each(['javascript:alert(1)', 'data:text/html,<script>', 'vbscript:x', 'file:///etc/passwd', 'not a url'])('removes a %s link but keeps its text', (href) => {
    const clean = sanitizeBody({ type: 'doc', content: [paragraph(link(href))] } as BodyDoc);
    expect(clean.content[0].content).toEqual([{ type: 'text', text: 'here' }]);
  });

  it('keeps http, https and mailto links, without other attributes', () => {
    for (const href of ['https://example.org/', 'http://example.org/', 'mailto:desk@example.org']) {
      const clean = sanitizeBody({ type: 'doc', content: [paragraph(link(href))] } as BodyDoc);
      expect(clean.content[0].content![0].marks).toEqual([{ type: 'link', attrs: { href } }]);
    }
  });

  it('unwraps unknown nodes, keeping their text, and drops unknown marks and attributes', () => {
    const dirty = {
      type: 'doc',
      content: [
        { type: 'iframe', attrs: { src: 'https://evil.example' }, content: [paragraph({ type: 'text', text: 'kept', marks: [{ type: 'underline' }, { type: 'bold' }] })] },
        { type: 'heading', attrs: { level: 1, style: 'color:red' }, content: [{ type: 'text', text: 'H' }] },
        { type: 'script' },
      ],
    } as BodyDoc;
    expect(sanitizeBody(dirty)).toEqual({
      type: 'doc',
      content: [paragraph({ type: 'text', text: 'kept', marks: [{ type: 'bold' }] }), { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'H' }] }],
    });
  });

  it('keeps figure attributes and an empty body stays editable', () => {
    const figure = { type: 'figure', attrs: { src: 'abc', alt: 'a', credit: 'c', onerror: 'x' }, content: [{ type: 'text', text: 'cap' }] };
    expect(sanitizeBody({ type: 'doc', content: [figure] } as BodyDoc).content[0].attrs).toEqual({ src: 'abc', alt: 'a', credit: 'c' });
    expect(sanitizeBody({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
