import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStory } from '../../../src/wire/index';
import type { ExportOptions, WireFormat } from '../../../src/wire/types';
import { loadXsd, SCHEMAS, type XsdCheck } from '../../support/xsd';
import { makeStory } from './wireStories';
import { ninjsValidator } from './wireTestKit';

// The desk's correction and kill, as each format signals them; every file still passes its schema.
let nitfXsd: XsdCheck;
let newsmlXsd: XsdCheck;
const ninjs = ninjsValidator();
beforeAll(() => {
  nitfXsd = loadXsd(SCHEMAS.nitf);
  newsmlXsd = loadXsd(SCHEMAS.newsmlWithNitf);
});
afterAll(() => {
  nitfXsd.dispose();
  newsmlXsd.dispose();
});

function schemaErrors(format: WireFormat, text: string): unknown[] {
  if (format === 'nitf') return nitfXsd.validate(text);
  if (format === 'newsml') return newsmlXsd.validate(text);
  return ninjs(JSON.parse(text)) ? [] : (ninjs.errors ?? []);
}

const story = makeStory({ embargo: '2026-11-07T06:00:00Z' });
const kill: ExportOptions = { kill: { note: 'Legal advice: <names> & "ages" wrong.' } };

describe('kill', () => {
  it.each([
    ['nitf', '<docdata management-status="canceled" management-doc-idref="01JC0000000000000000000000" management-idref-status="canceled">'],
    ['nitf', '<ed-msg msg-type="kill" info="Legal advice: &lt;names&gt; &amp; &quot;ages&quot; wrong."/>'],
    ['newsml', '<pubStatus qcode="stat:canceled"/>'],
    ['newsml', '<edNote>Legal advice: &lt;names&gt; &amp; "ages" wrong.</edNote>'],
    ['newsml', '<docdata management-status="canceled"'],
    ['ninjs', '"pubStatus": "canceled"'],
    ['ninjs', '"role": "kill",\n      "value": "Legal advice: <names> & \\"ages\\" wrong."'],
  ] as [WireFormat, string][])('%s signals it: %s', (format, expected) => {
    const { text } = exportStory(story, format, kill);
    expect(text).toContain(expected);
    expect(schemaErrors(format, text)).toEqual([]);
  });

  it.each([
    ['iptc7901', '\x02Grain deal extended for 120 days =\r\n\r\nKILL: Legal advice: <names> & "ages" wrong.\r\n'],
    ['anpa', ' v3 KILL 11-06 '],
    ['anpa', '\r\n   KILL: Legal advice: <names> & "ages" wrong.\r\n'],
    ['text', 'KILL: Legal advice: <names> & "ages" wrong.'],
    ['html', '<p class="kill">KILL: Legal advice: &lt;names&gt; &amp; &quot;ages&quot; wrong.</p>'],
  ] as [WireFormat, string][])('%s prints it first: %j', (format, expected) => {
    expect(exportStory(story, format, kill).text).toContain(expected);
  });

  it('says KILL alone when the desk gave no reason, and leaves the NITF ed-msg and G2 edNote out', () => {
    const options = { kill: { note: '' } };
    expect(exportStory(story, 'text', options).text.split('\n')[0]).toBe('KILL');
    expect(exportStory(story, 'nitf', options).text).not.toContain('ed-msg');
    expect(exportStory(story, 'newsml', options).text).not.toContain('edNote');
  });

  it.each(['nitf', 'newsml', 'ninjs', 'iptc7901', 'anpa', 'text', 'html'] as WireFormat[])('%s: a story that is not killed says nothing of it', (format) => {
    expect(exportStory(story, format).text).not.toMatch(/cancel|KILL/i);
  });
});

describe('correction', () => {
  it('ninjs carries the note as a description, and stays valid', () => {
    const { text } = exportStory(story, 'ninjs', { correction: { note: 'Corrects the date.' } });
    expect(JSON.parse(text).descriptions).toContainEqual({ role: 'correction', value: 'Corrects the date.' });
    expect(JSON.parse(text)).not.toHaveProperty('edNote');
    expect(schemaErrors('ninjs', text)).toEqual([]);
  });
});
