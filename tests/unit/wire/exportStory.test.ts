import { describe, expect, it } from 'vitest';
import { exportStory, FORMAT_INFO, WIRE_FORMATS } from '../../../src/wire';
import { EDNOTE, figure, makeStory, p } from './wireStories';

const story = makeStory({
  standfirst: 'The deal runs to March.',
  body: { type: 'doc', content: [p('Ukraine and Russia agreed.'), figure('Ships wait.', { alt: 'Ships at anchor', credit: 'AFP' })] },
  related: [{ title: 'Explainer', url: 'https://example.com/a' }],
  embargo: '2026-11-07T06:00:00Z',
});

describe('exportStory', () => {
  it.each(WIRE_FORMATS)('%s: returns its own format with the extension and media type FORMAT_INFO lists', (format) => {
    const result = exportStory(story, format);
    expect(result.format).toBe(format);
    expect({ extension: result.extension, mediaType: result.mediaType }).toEqual({ extension: FORMAT_INFO[format].extension, mediaType: FORMAT_INFO[format].mediaType });
  });

  it.each(WIRE_FORMATS.filter((format) => format !== 'json'))('%s: never carries the ednote', (format) => {
    const result = exportStory(story, format);
    expect(result.text).not.toContain(EDNOTE);
    expect(new TextDecoder('latin1').decode(result.bytes)).not.toContain(EDNOTE);
  });

  const unfinished = makeStory({
    body: {
      type: 'doc',
      content: [
        p('Ukraine and Russia agreed.'),
        { type: 'figure', attrs: { src: '', alt: '', credit: 'AP Photo/Jane Doe', sourceNote: 'https://cdn.example.com/harbour-at-dawn.jpg' }, content: [{ type: 'text', text: 'Boats in the harbour at dawn.' }] },
      ],
    },
    related: [{ title: 'How the grain corridor works', url: '' }],
  });

  it.each(WIRE_FORMATS.filter((format) => format !== 'json'))('%s: leaves out a figure without its photo and a related title without its address, and says so', (format) => {
    const result = exportStory(unfinished, format);
    const text = new TextDecoder('latin1').decode(result.bytes);
    for (const left of ['Boats in the harbour at dawn', 'harbour-at-dawn.jpg', 'How the grain corridor works']) expect(text).not.toContain(left);
    expect(result.losses.map((loss) => loss.code)).toEqual(expect.arrayContaining(['figure-photo-missing', 'related-url-missing']));
  });

  it('json is Galley’s backup: the whole story, ednote included, read back equal', () => {
    const result = exportStory(story, 'json');
    expect(JSON.parse(result.text)).toEqual(story);
    expect(result.losses).toEqual([]);
  });

  it.each(WIRE_FORMATS)('%s: same story and options, same bytes', (format) => {
    const options = { sequence: 3, sentAt: '2026-11-06T12:00:00Z' };
    expect(exportStory(structuredClone(story), format, options).bytes).toEqual(exportStory(story, format, options).bytes);
  });
});
