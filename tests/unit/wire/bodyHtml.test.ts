import { describe, expect, it } from 'vitest';
import type { BodyNode } from '../../../src/story/body';
import { htmlToBody } from '../../../src/wire/bodyFromHtml';
import { bodyToHtml } from '../../../src/wire/bodyHtml';
import { corpus } from './wireTestKit';

const t = (text: string, marks?: BodyNode['marks']): BodyNode => (marks ? { type: 'text', text, marks } : { type: 'text', text });
const doc = (...content: BodyNode[]) => ({ type: 'doc' as const, content });

describe('bodyToHtml', () => {
  it.each<[string, BodyNode, string]>([
    ['paragraph', { type: 'paragraph', content: [t('a & b < c')] }, '<p>a &amp; b &lt; c</p>'],
    ['empty paragraph', { type: 'paragraph' }, '<p></p>'],
    ['h2', { type: 'heading', attrs: { level: 2 }, content: [t('Head')] }, '<h2>Head</h2>'],
    ['h3', { type: 'heading', attrs: { level: 3 }, content: [t('Sub')] }, '<h3>Sub</h3>'],
    ['bold in italic nests in one fixed order', { type: 'paragraph', content: [t('x', [{ type: 'italic' }, { type: 'bold' }])] }, '<p><strong><em>x</em></strong></p>'],
    ['neighbouring text with the same marks merges', { type: 'paragraph', content: [t('a', [{ type: 'bold' }]), t('b', [{ type: 'bold' }, { type: 'italic' }])] }, '<p><strong>a<em>b</em></strong></p>'],
    ['link', { type: 'paragraph', content: [t('go', [{ type: 'link', attrs: { href: 'https://x.org/?a=1&b="2"' } }])] }, '<p><a href="https://x.org/?a=1&amp;b=&quot;2&quot;">go</a></p>'],
    ['mailto link', { type: 'paragraph', content: [t('mail', [{ type: 'link', attrs: { href: 'mailto:desk@x.org' } }])] }, '<p><a href="mailto:desk@x.org">mail</a></p>'],
    ['javascript: link dropped, text kept', { type: 'paragraph', content: [t('evil', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] }, '<p>evil</p>'],
    ['data: link dropped', { type: 'paragraph', content: [t('d', [{ type: 'link', attrs: { href: 'data:text/html,x' } }])] }, '<p>d</p>'],
    ['hard break', { type: 'paragraph', content: [t('a'), { type: 'hardBreak' }, t('b')] }, '<p>a<br />b</p>'],
    ['line break inside text', { type: 'paragraph', content: [t('a\nb')] }, '<p>a&#10;b</p>'],
    ['bullet list', { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [t('one')] }] }] }, '<ul>\n<li><p>one</p></li>\n</ul>'],
    ['ordered list from 3', { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [t('c')] }] }] }, '<ol start="3">\n<li><p>c</p></li>\n</ol>'],
    ['blockquote', { type: 'blockquote', content: [{ type: 'paragraph', content: [t('q')] }] }, '<blockquote>\n<p>q</p>\n</blockquote>'],
    ['pull quote', { type: 'pullQuote', attrs: { attribution: 'Mayor <Smith>' }, content: [t('“Yes”')] }, '<blockquote class="pull-quote"><p>“Yes”</p><footer>Mayor &lt;Smith&gt;</footer></blockquote>'],
    ['rule', { type: 'horizontalRule' }, '<hr />'],
    ['figure', { type: 'figure', attrs: { src: 'sha-1', alt: 'A "b"', credit: 'AP' }, content: [t('Cap')] }, '<figure><img src="sha-1" alt="A &quot;b&quot;" /><figcaption>Cap <small class="credit">AP</small></figcaption></figure>'],
    ['figure without caption or credit', { type: 'figure', attrs: { src: 's', alt: '', credit: '' } }, '<figure><img src="s" alt="" /></figure>'],
  ])('%s', (_name, node, html) => {
    expect(bodyToHtml(doc(node))).toBe(html);
  });

  it('maps asset ids to URLs when asked', () => {
    expect(bodyToHtml(doc({ type: 'figure', attrs: { src: 'abc', alt: '', credit: '' } }), { assetUrl: (id) => `assets/${id}.jpg` })).toBe('<figure><img src="assets/abc.jpg" alt="" /></figure>');
  });

  it('never lets markup from the text through', () => {
    const html = bodyToHtml(doc({ type: 'paragraph', content: [t('<script>alert(1)</script>')] }));
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });
});

describe('htmlToBody', () => {
  it('reads back what bodyToHtml writes, for every corpus story', () => {
    const changed = corpus.filter((story) => {
      const html = bodyToHtml(story.body);
      return bodyToHtml(htmlToBody(html, [])) !== html;
    });
    expect(changed.map((story) => story.id)).toEqual([]);
  });

  it('reads common XHTML from other systems, keeping unknown elements as text', () => {
    const warnings: string[] = [];
    const body = htmlToBody('<div><h1>T</h1><p>a&nbsp;<b>b</b> <i>c</i></p><table><tr><td>cell</td></tr></table></div>', warnings);
    expect(body.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [t('T')] },
      { type: 'paragraph', content: [t('a\u00A0'), t('b', [{ type: 'bold' }]), t(' '), t('c', [{ type: 'italic' }])] },
      { type: 'paragraph', content: [t('cell')] },
    ]);
    expect(warnings).toEqual(['The HTML element <table> has no Galley equivalent; its text was kept as a paragraph.']);
  });
});
