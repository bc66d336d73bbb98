import { describe, expect, it } from 'vitest';
import { exportToNewsml, importNewsml } from '../../../src/wire/newsml';
import { exportToNinjs, importNinjs } from '../../../src/wire/ninjs';
import { exportToNitf, importNitf } from '../../../src/wire/nitf';
import type { ExportOptions, ExportResult, ImportResult } from '../../../src/wire/types';
import type { Story } from '../../../src/story/story';
import { corpus, reimported } from './wireTestKit';

const FORMATS: { name: string; exportStory: (story: Story, options?: ExportOptions) => ExportResult; importText: (text: string) => ImportResult }[] = [
  { name: 'nitf', exportStory: exportToNitf, importText: importNitf },
  { name: 'newsml', exportStory: exportToNewsml, importText: importNewsml },
  { name: 'ninjs', exportStory: exportToNinjs, importText: importNinjs },
];

describe.each(FORMATS)('$name', ({ exportStory, importText }) => {
  it('export -> import -> export gives the same bytes for every corpus story', () => {
    const differing: string[] = [];
    for (const story of corpus) {
      const first = exportStory(story);
      const imported = importText(first.text);
      expect(imported.stories).toHaveLength(1);
      const second = exportStory(reimported(story, imported.stories[0]));
      if (second.text !== first.text) differing.push(story.id);
    }
    expect(differing).toEqual([]);
  });

  it('never writes the ednote', () => {
    const leaking = corpus.filter((story) => exportStory(story).text.includes(story.ednote)).map((story) => story.id);
    expect(leaking).toEqual([]);
  });

  it('is deterministic: same story and options, same bytes', () => {
    for (const story of corpus.slice(0, 20)) {
      const options = { sentAt: '2026-11-06T12:00:00Z', provider: 'desk.example' };
      expect(exportStory(structuredClone(story), options).bytes).toEqual(exportStory(story, options).bytes);
    }
  });

  it('takes the transmission time from options.sentAt, not the clock', () => {
    const story = corpus[10];
    expect(exportStory(story, { sentAt: '2031-01-02T03:04:05Z' }).text).toMatch(/2031-?01-?02T03:?04:?05/);
  });

  it('bytes are the UTF-8 of text', () => {
    const result = exportStory(corpus[3]);
    expect(new TextDecoder().decode(result.bytes)).toBe(result.text);
  });
});

describe.each(FORMATS)('$name import of a file with a malformed language', ({ exportStory, importText }) => {
  it('imports the story with a warning and leaves the language to the library (found by the fuzzer)', () => {
    const story = { ...corpus[11], language: 'de-CH' };
    const text = exportStory(story).text.replaceAll('de-CH', '{de-CH');
    const [imported] = importText(text).stories;
    expect(imported.fields.headline).toBe(story.headline);
    expect(imported.fields.language ?? 'en').toMatch(/^en$/);
    expect(imported.warnings).toContain('The language "{de-CH" is not a language tag such as en or en-GB; the library\'s default language was used.');
  });
});
