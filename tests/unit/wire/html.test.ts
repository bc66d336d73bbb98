import { describe, expect, it } from 'vitest';
import { exportToHtml } from '../../../src/wire/html';
import { EDNOTE, figure, makeStory, p } from './wireStories';

describe('exportToHtml', () => {
  const story = makeStory({
    headline: 'Deal <extended> & "signed"',
    standfirst: 'The deal runs to March.',
    body: { type: 'doc', content: [p('Text with <script>alert(1)</script>.'), figure('Ships wait.', { alt: 'Ships', credit: 'AFP/Jane Doe' })] },
    related: [{ title: 'Explainer', url: 'https://example.com/a?x=1&y=2' }],
  });
  const html = exportToHtml(story).text;

  it('is a standalone page with doctype, charset, language and title', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8" />')).toBe(true);
    expect(html).toContain('<title>Deal &lt;extended&gt; &amp; &quot;signed&quot;</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has every part of the story in order', () => {
    const parts = [
      '<h1 class="headline">Deal &lt;extended&gt; &amp; &quot;signed&quot;</h1>',
      '<p class="standfirst">The deal runs to March.</p>',
      '<p class="byline">By Ana Ruiz</p>',
      '<p class="dateline"><time datetime="2026-11-06">KYIV, Nov. 6 (AFP) —</time></p>',
      '<p>Text with &lt;script&gt;alert(1)&lt;/script&gt;.</p>',
      '<figure><img src="abc0000000000000000000000000000000000000000000000000000000000000" alt="Ships" /><figcaption>Ships wait. <small class="credit">AFP/Jane Doe</small></figcaption></figure>',
      '<li><a href="https://example.com/a?x=1&amp;y=2">Explainer</a></li>',
      '<p class="credit">Compiled by Ana Ruiz from AFP reports</p>',
    ];
    const positions = parts.map((part) => html.indexOf(part));
    expect(positions.every((position) => position >= 0), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has no script, no event handler and no ednote', () => {
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect(html).not.toContain(EDNOTE);
  });

  it('is deterministic and reports photos as referenced files', () => {
    const result = exportToHtml(story);
    expect(result.bytes).toEqual(exportToHtml(structuredClone(story)).bytes);
    // Saved on its own, the page names each photo by its asset id; a send writes the photos beside it.
    expect(result.losses.map((loss) => loss.code)).toEqual(['photo-not-sent']);
    expect(result).toMatchObject({ format: 'html', extension: 'html', mediaType: 'text/html; charset=utf-8' });
  });

  it('leaves out empty parts rather than writing empty elements', () => {
    const bare = exportToHtml(makeStory({ standfirst: '', byline: '', dateline: { place: '', date: '', source: '' }, related: [], credit: { line: '', source: '' } })).text;
    expect(bare).not.toMatch(/class="(standfirst|byline|dateline|related|credit)"/);
  });

  it('shows embargo and correction notices', () => {
    const page = exportToHtml(makeStory({ embargo: '2026-11-07T06:00:00Z' }), { correction: { note: 'Fixes <a> name.' } }).text;
    expect(page).toContain('<p class="embargo">Embargoed until <time datetime="2026-11-07T06:00:00Z">2026-11-07T06:00:00Z</time></p>');
    expect(page).toContain('<p class="correction">Correction: Fixes &lt;a&gt; name.</p>');
  });
});
