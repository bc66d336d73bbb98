import { describe, expect, it } from 'vitest';
import { sanitizeBody } from '../../../src/editor/sanitizeBody';
import { MAX_SOURCE_NOTE, type BodyDoc } from '../../../src/story/body';

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
    const id = 'ab'.repeat(32);
    const figure = { type: 'figure', attrs: { src: id, alt: 'a', credit: 'c', onerror: 'x' }, content: [{ type: 'text', text: 'cap' }] };
    expect(sanitizeBody({ type: 'doc', content: [figure] } as BodyDoc).content[0].attrs).toEqual({ src: id, alt: 'a', credit: 'c', sourceNote: '' });
    expect(sanitizeBody({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('a figure’s photo', () => {
  const figureWith = (attrs: Record<string, unknown>) => sanitizeBody({ type: 'doc', content: [{ type: 'figure', attrs, content: [{ type: 'text', text: 'cap' }] }] } as BodyDoc).content[0].attrs;

  it.each(['file:///etc/passwd', 'https://tracker.example/pixel.gif?u=1', '../../library.galley', '/etc/shadow', 'javascript:alert(1)', 'AB'.repeat(32), `${'ab'.repeat(32)}/../x`])(
    'is no photo when src is %j: the address is kept only as the figure’s source note',
    (src) => {
      expect(figureWith({ src, alt: 'a', credit: 'c' })).toEqual({ src: '', alt: 'a', credit: 'c', sourceNote: src });
    },
  );

  it('keeps a note the figure already had, and cuts a huge address to a note’s length', () => {
    expect(figureWith({ src: 'https://x.example/a.jpg', sourceNote: 'From the AFP feed' })).toMatchObject({ src: '', sourceNote: 'From the AFP feed' });
    const huge = `https://tracker.example/?${'u'.repeat(15_000_000)}`;
    const { sourceNote } = figureWith({ src: huge }) as { sourceNote: string };
    expect(sourceNote.length).toBeLessThanOrEqual(MAX_SOURCE_NOTE);
    expect(sourceNote.startsWith('https://tracker.example/?uuu')).toBe(true);
  });

  it('is no photo when src is not text at all', () => {
    for (const src of [42, null, { url: 'https://x' }, ['a']]) expect(figureWith({ src })).toEqual({ src: '', alt: '', credit: '', sourceNote: '' });
  });
});
