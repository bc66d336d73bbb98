import { describe, expect, it } from 'vitest';
import { exportToText, plainBlocks } from '../../../src/wire/text';
import { EDNOTE, figure, link, makeStory, p, paragraph } from './wireStories';

describe('exportToText', () => {
  it('writes headline, standfirst, byline, dateline-prefixed body, photo lines, related links and credit', () => {
    const story = makeStory({
      standfirst: 'The deal runs to March.',
      body: { type: 'doc', content: [p('Ukraine and Russia agreed.'), figure('Ships wait off Odesa.', { credit: 'AFP/Jane Doe' }), p('Ships sail on Monday.')] },
      related: [{ title: 'How the deal works', url: 'https://example.com/explainer' }],
    });
    const result = exportToText(story);
    expect(result.text).toBe(
      [
        'Grain deal extended for 120 days',
        'The deal runs to March.',
        'By Ana Ruiz',
        'KYIV, Nov. 6 (AFP) — Ukraine and Russia agreed.',
        '[Photo: Ships wait off Odesa. (AFP/Jane Doe)]',
        'Ships sail on Monday.',
        'Related:\n- How the deal works: https://example.com/explainer',
        'Compiled by Ana Ruiz from AFP reports',
      ].join('\n\n') + '\n',
    );
    expect(new TextDecoder().decode(result.bytes)).toBe(result.text);
    expect(result.losses.map((loss) => loss.message)).toEqual(['photo 1 (“Ships wait off Odesa.”) is not sent: Plain text carries no pictures (its caption and credit are kept as text)']);
  });

  it('never carries the ednote, and is deterministic', () => {
    const a = exportToText(makeStory());
    expect(a.text).not.toContain(EDNOTE);
    expect(exportToText(structuredClone(makeStory())).bytes).toEqual(a.bytes);
  });

  it('puts embargo and correction notices first', () => {
    const text = exportToText(makeStory({ embargo: '2026-11-07T06:00:00Z' }), { correction: { note: 'Fixes a name.' } }).text;
    expect(text.startsWith('EMBARGOED until 2026-11-07T06:00:00Z\n\nCORRECTION: Fixes a name.\n\nGrain deal')).toBe(true);
  });

  it('keeps link addresses, but not unsafe ones', () => {
    const body = { type: 'doc' as const, content: [paragraph(link('the report', 'https://example.com/r'), { type: 'text', text: ' and ' }, link('this', 'javascript:alert(1)'))] };
    const text = exportToText(makeStory({ body })).text;
    expect(text).toContain('the report (https://example.com/r) and this');
    expect(text).not.toContain('javascript');
  });
});

describe('plainBlocks', () => {
  it('reads lists with their markers, quotes as paragraphs and figures apart', () => {
    const blocks = plainBlocks({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Background' }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p('three')] }, { type: 'listItem', content: [p('four')] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p('dot')] }] },
        { type: 'blockquote', content: [p('Quoted.')] },
        { type: 'horizontalRule' },
        figure('Cap', {}),
      ],
    });
    expect(blocks.map((block) => (block.kind === 'text' ? block.text : `figure:${block.figure.caption}@${block.figure.index}`))).toEqual([
      'Background', '3. three', '4. four', '- dot', 'Quoted.', 'figure:Cap@5',
    ]);
  });
});
