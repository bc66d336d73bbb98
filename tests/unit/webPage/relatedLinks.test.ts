// Issue 18: related links on saved pages, from evidence that holds across templates (the block's
// heading, the link's address), not from any one site's class names.
import { describe, expect, it } from 'vitest';
import { importSavedPage } from '../../../main/services/webPage/importSavedPage';

const LONG = 'The council voted on Tuesday to close the old harbour bridge to heavy lorries from next month, after engineers found cracks in two of its supporting piers.';

/** A saved page that names its own address, with `after` below the article text. */
const pageAt = (after: string) => `<!DOCTYPE html><html lang="en"><head><title>Harbour bridge shuts to lorries</title><link rel="canonical" href="https://courier.example/news/bridge"></head>
<body><main><article><h1>Harbour bridge shuts to lorries</h1><div class="article-body"><p>${LONG}</p><p>Repairs are expected to take a year.</p></div>${after}</article></main>
<footer><p>© 2026 The Coast Courier</p></footer></body></html>`;

const relatedOf = (html: string) => importSavedPage(html).stories[0].fields.related;

describe('related links on a saved page', () => {
  it('does not take a list of topic pages for related stories, whatever the block is called', () => {
    const html = pageAt('<aside class="related-articles"><h2>Related Topics</h2><a href="/topic/harbours/">Harbours</a><a href="/topic/roads/">Roads</a></aside>');
    expect(relatedOf(html) ?? []).toEqual([]);
  });

  it('still takes a block headed as related stories, with addresses made absolute against the page', () => {
    const html = pageAt('<aside class="related-articles"><h2>Related stories</h2><a href="/news/ferry-fares-rise/">Ferry fares rise again</a></aside>');
    expect(relatedOf(html)).toEqual([{ title: 'Ferry fares rise again', url: 'https://courier.example/news/ferry-fares-rise/' }]);
  });
});
