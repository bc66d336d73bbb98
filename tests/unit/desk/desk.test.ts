import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../src/desk/destination';
import { killNoticeOptions, killNoticeStory } from '../../../src/desk/killNotice';
import { bodyText } from '../../../src/story/body';
import { blankStoryFields, type Story } from '../../../src/story/story';
import { highlight } from '../../../renderer/desk/highlight';
import { controlSelectorFor } from '../../../renderer/desk/problemTarget';

describe('fileNameFor', () => {
  it.each([
    ['{slug}-{seq}.{ext}', 'GRAIN-12.nitf.xml'],
    ['{format}/{seq}', 'nitf/12'],
    ['{id}-v{version}-{seq}.{ext}', '01X-v3-12.nitf.xml'],
    ['{seq}-{unknown}', '12-{unknown}'],
  ])('%s gives %s', (pattern, expected) => {
    expect(fileNameFor(pattern, { slug: 'GRAIN', seq: 12, ext: 'nitf.xml', format: 'nitf', id: '01X', version: 3 })).toBe(expected);
  });
});

describe('killNoticeStory', () => {
  it('says KILL with the slug and the reason, urgently, without photos or links', () => {
    const story: Story = { ...blankStoryFields(), slug: 'GRAIN', headline: 'Grain deal', id: '01X', status: 'sent', review: { state: 'none' }, version: 4, createdAt: '', updatedAt: '', related: [{ title: 't', url: 'https://x.example' }] };
    const kill = killNoticeStory(story, 'Legal advice.');
    expect(kill).toMatchObject({ headline: 'KILL: Grain deal', urgency: 1, related: [], id: '01X', version: 4 });
    expect(bodyText(kill.body)).toMatch(/^Editors: KILL GRAIN\..*Reason: Legal advice\.$/s);
  });

  it('is marked a kill for the exporters, with the reason as the note', () => {
    expect(killNoticeOptions('  Legal advice. ')).toEqual({ kill: { note: 'Legal advice.' } });
  });
});

describe('highlight', () => {
  it('colours XML tags, attributes and values, and shows control bytes by name', () => {
    expect(highlight('\x01<a href="x">t</a>', 'xml')).toEqual([
      { kind: 'control', text: '⟨SOH⟩' },
      { kind: 'tag', text: '<a' },
      { kind: 'plain', text: ' ' },
      { kind: 'attr', text: 'href' },
      { kind: 'plain', text: '=' },
      { kind: 'value', text: '"x"' },
      { kind: 'tag', text: '>' },
      { kind: 'plain', text: 't' },
      { kind: 'tag', text: '</a' },
      { kind: 'tag', text: '>' },
    ]);
  });

  it('tells JSON keys from string values; the text is kept whole', () => {
    const text = '{"a": "b", "n": 3}';
    const tokens = highlight(text, 'json');
    expect(tokens.filter((t) => t.kind !== 'plain').map((t) => [t.kind, t.text])).toEqual([
      ['key', '"a"'],
      ['string', '"b"'],
      ['key', '"n"'],
      ['number', '3'],
    ]);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
  });
});

describe('controlSelectorFor', () => {
  it.each([
    ['headline', '[name="headline"]'],
    ['dateline.date', '[name="dateline-date"]'],
    ['related.0.url', '[aria-label="Related link 1 URL"]'],
    ['body', null],
    ['review', null],
  ])('%s → %s', (field, selector) => {
    expect(controlSelectorFor({ code: 'x', field, message: '', severity: 'error' })).toBe(selector);
  });
});
