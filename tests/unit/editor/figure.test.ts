// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { imageProblem, isAssetId, MAX_IMAGE_BYTES, sniffImageType } from '../../../src/editor/figure';
import { storyExtensions } from '../../../src/editor/storyExtensions';

const ID = 'a'.repeat(64);
let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});
const make = (content: string | object) => (editor = new Editor({ extensions: storyExtensions(), content }));

describe('figure node', () => {
  it('parses figure > img + figcaption with an asset id, and renders it back', () => {
    const e = make(`<figure data-credit="AFP"><img data-asset-id="${ID}" alt="Harbour"><figcaption>Boats at <strong>dawn</strong></figcaption></figure>`);
    expect(e.getJSON().content?.[0]).toEqual({
      type: 'figure',
      attrs: { src: ID, alt: 'Harbour', credit: 'AFP', sourceNote: '' },
      content: [{ type: 'text', text: 'Boats at ' }, { type: 'text', text: 'dawn', marks: [{ type: 'bold' }] }],
    });
    expect(e.getHTML()).toBe(`<figure data-credit="AFP"><img data-asset-id="${ID}" alt="Harbour"><figcaption>Boats at <strong>dawn</strong></figcaption></figure>`);
  });

  it('does not take a web page figure with a remote image; its caption stays as text', () => {
    const e = make('<figure><img src="https://cdn.example.com/a.jpg"><figcaption>Caption text</figcaption></figure>');
    expect(JSON.stringify(e.getJSON())).not.toContain('figure');
    expect(e.getText()).toContain('Caption text');
  });

  it('insertFigure adds a figure with empty alt and credit', () => {
    const e = make('<p>One</p>');
    e.commands.insertFigure({ src: ID, caption: 'A caption' }, e.state.doc.content.size);
    expect(e.getJSON().content?.[1]).toEqual({ type: 'figure', attrs: { src: ID, alt: '', credit: '', sourceNote: '' }, content: [{ type: 'text', text: 'A caption' }] });
  });

  it('a figure waiting for its photo keeps its caption, credit and source note through HTML, with no image', () => {
    const figure = { type: 'figure', attrs: { src: '', alt: '', credit: 'AP Photo/Jane Doe', sourceNote: 'https://cdn.example.com/a.jpg' }, content: [{ type: 'text', text: 'Boats at dawn' }] };
    const e = make({ type: 'doc', content: [figure] });
    const html = e.getHTML();
    expect(html).not.toContain('<img');
    expect(make(html).getJSON().content?.[0]).toEqual(figure);
  });

  it.each([
    ['mid-sentence: after that paragraph, the sentence whole', '<p>First half, second half.</p><p>Next.</p>', 'First half', ['paragraph:First half, second half.', 'figure', 'paragraph:Next.']],
    ['in a list: after the whole list', '<ul><li><p>One item</p></li></ul><p>After.</p>', 'One', ['bulletList:One item', 'figure', 'paragraph:After.']],
    ['in an empty paragraph: in its place', '<p>Text.</p><p></p><p>More.</p>', null, ['paragraph:Text.', 'figure', 'paragraph:More.']],
  ])('insertFigure with the caret %s', (_name, html, caretAfter, blocks) => {
    const e = make(html);
    let caret = 0;
    e.state.doc.descendants((node, pos) => {
      if (caretAfter === null && node.isTextblock && node.content.size === 0) caret = pos + 1;
      if (caretAfter !== null && node.isText && node.text!.startsWith(caretAfter)) caret = pos + caretAfter.length;
    });
    e.commands.setTextSelection(caret);
    e.commands.insertFigure({ src: ID });
    expect(e.state.doc.children.map((node) => (node.textContent ? `${node.type.name}:${node.textContent}` : node.type.name))).toEqual(blocks);
  });

  it('a pull quote keeps its attribution through HTML', () => {
    const e = make('<figure class="pull-quote"><blockquote>We will rebuild</blockquote><figcaption>— Ana Ruiz</figcaption></figure>');
    expect(e.getJSON().content?.[0]).toEqual({ type: 'pullQuote', attrs: { attribution: 'Ana Ruiz' }, content: [{ type: 'text', text: 'We will rebuild' }] });
  });
});

describe('image files', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
  it.each([
    ['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), 'image/png'],
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['gif', ascii('GIF89a....'), 'image/gif'],
    ['webp', ascii('RIFF\0\0\0\0WEBPVP8 '), 'image/webp'],
    ['pdf', ascii('%PDF-1.7'), null],
    ['svg', ascii('<svg xmlns='), null],
    ['riff but not webp', ascii('RIFF\0\0\0\0AVI LIST'), null],
  ])('sniffs %s', (_name, head, type) => expect(sniffImageType(head)).toBe(type));

  it('explains size and type problems', () => {
    expect(imageProblem('big.jpg', 50 * 1024 * 1024)).toBe('“big.jpg” is 50.0 MB; Galley takes photos up to 25.0 MB. Resize or compress it and try again.');
    expect(imageProblem('ok.png', MAX_IMAGE_BYTES, bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBeNull();
    expect(imageProblem('doc.png', 10, ascii('%PDF'))).toMatch(/not a PNG, JPEG, GIF or WebP image/);
    expect(isAssetId(ID)).toBe(true);
    expect(isAssetId('../etc/passwd')).toBe(false);
  });
});
