import { describe, expect, it } from 'vitest';
import { importSavedPage } from '../../../main/services/webPage/importSavedPage';
import { parsePage } from '../../../main/services/webPage/pageDom';
import { readPageMetadata } from '../../../main/services/webPage/pageMetadata';
import { readArticleHtml } from '../../../main/services/webPage/readArticleHtml';
import { readPrintedHead } from '../../../main/services/webPage/printedHead';
import { bodyParagraphs, type BodyNode } from '../../../src/story/body';

const LONG = 'The council voted on Tuesday to close the old harbour bridge to heavy lorries from next month, after engineers found cracks in two of its supporting piers.';

interface PageParts {
  head?: string;
  header?: string;
  body?: string;
  after?: string;
}

/** A saved page in a common template: site chrome around one article. */
function page({ head = '', header = '<h1>Harbour bridge shuts to lorries</h1>', body = `<p>${LONG}</p><p>Repairs are expected to take a year.</p>`, after = '' }: PageParts = {}): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><title>Harbour bridge shuts to lorries | The Coast Courier</title>${head}</head>
<body><header role="banner"><a href="/">The Coast Courier</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header>
<main><article><header>${header}</header><div class="article-body">${body}</div>${after}</article></main>
<footer><p>© 2026 The Coast Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

const fieldsOf = (html: string) => importSavedPage(html).stories[0].fields;
const figures = (html: string) => (fieldsOf(html).body?.content ?? []).filter((node) => node.type === 'figure');
const captionOf = (figure: BodyNode) => bodyParagraphs({ type: 'doc', content: [figure] }).join('');
const text = (html: string) => bodyParagraphs(fieldsOf(html).body!).join('\n\n');

describe('saved web page: the article head', () => {
  it('takes the printed headline, deck, byline and time line, and leaves them out of the body', () => {
    const fields = fieldsOf(
      page({
        header: '<h1>Harbour bridge shuts to lorries</h1><p class="article-standfirst">Cracks found in two piers of the 1890s crossing</p><div class="byline">By <a rel="author" href="/staff/mara">Mara Quist</a>, Transport Correspondent</div><time datetime="2026-05-12T07:45:00+01:00">12 May 2026, 07:45 BST</time>',
      }),
    );
    expect(fields).toMatchObject({ headline: 'Harbour bridge shuts to lorries', standfirst: 'Cracks found in two piers of the 1890s crossing', byline: 'By Mara Quist, Transport Correspondent', language: 'en' });
    expect(fields.dateline?.date).toBe('2026-05-12T07:45+01:00');
    expect(bodyParagraphs(fields.body!)[0]).toBe(LONG);
    expect(bodyParagraphs(fields.body!).join(' ')).not.toMatch(/Mara Quist|07:45|Cracks found/);
  });

  it('falls back on JSON-LD NewsArticle when the page prints no byline or time, its time included, in the zone it is written in', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': ['NewsArticle'], headline: 'Harbour bridge shuts to lorries', datePublished: '2026-05-12T07:45:00+01:00', author: [{ '@type': 'Person', name: 'Mara Quist' }, { '@type': 'Person', name: 'Ed Lund' }] }] };
    const fields = fieldsOf(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script><script type="application/ld+json">{ broken</script>` }));
    expect(fields.byline).toBe('Mara Quist and Ed Lund');
    expect(fields.dateline?.date).toBe('2026-05-12T07:45+01:00');
  });

  it('reads the first-published time, not the update', () => {
    const fields = fieldsOf(page({ header: '<h1>Harbour bridge shuts to lorries</h1><div class="dates"><span>Published 11 May 2026 18:02</span> <span>Updated 12 May 2026 09:10</span></div>' }));
    expect(fields.dateline?.date).toBe('2026-05-11T18:02');
  });
});

describe('saved web page: the body', () => {
  it('keeps links, emphasis, lists and subheadings, and drops ads, share bars and newsletter prompts', () => {
    const fields = fieldsOf(
      page({
        body: `<p>${LONG}</p><div class="ad-slot"><p>Advertisement</p></div><h2>What changes</h2><ul><li>Lorries over <strong>7.5 tonnes</strong> are banned</li><li>Buses may still cross</li></ul><div class="share-tools"><p>Share this article</p></div><p>See the <a href="/maps/diversions">diversion map</a> for routes.</p><aside class="newsletter-signup"><p>Sign up to our morning briefing</p></aside>`,
        head: '<link rel="canonical" href="https://www.coastcourier.example/news/harbour-bridge">',
      }),
    );
    const body = fields.body!.content;
    expect(body.map((node) => node.type)).toEqual(['paragraph', 'heading', 'bulletList', 'paragraph']);
    expect(JSON.stringify(body)).toContain('{"type":"text","text":"7.5 tonnes","marks":[{"type":"bold"}]}');
    expect(body[3].content?.find((node) => node.marks)?.marks).toEqual([{ type: 'link', attrs: { href: 'https://www.coastcourier.example/maps/diversions' } }]);
    expect(JSON.stringify(body)).not.toMatch(/Advertisement|Share this|morning briefing|Privacy|Sport/);
  });

  it('moves the dateline and the closing credit into their fields', () => {
    const fields = fieldsOf(page({ body: `<p>LONDON (Reuters) - ${LONG}</p><p>Repairs are expected to take a year.</p><p>Reporting by Ana Ruiz; Editing by John Poe</p>` }));
    expect(fields.dateline).toMatchObject({ place: 'LONDON', source: 'Reuters' });
    expect(fields.credit?.line).toMatch(/^Reporting by Ana Ruiz; Editing by John Poe/);
    expect(bodyParagraphs(fields.body!)).toEqual([LONG, 'Repairs are expected to take a year.']);
  });
});

describe('saved web page: a deck the template names in its own words', () => {
  const DECK = 'Engineers found cracks in two of the piers of the 1890s crossing, and buses and cars may still cross while repairs go on through the winter.';
  it('reads the paragraph between the headline and the byline as the deck, and starts the body after the byline', () => {
    const fields = fieldsOf(page({ header: '', body: `<h1>Harbour bridge shuts to lorries</h1><p class="t-top">${DECK}</p><div class="t-who"><span class="author">Mara Quist</span></div><p>${LONG}</p><p>Repairs are expected to take a year.</p>` }));
    expect(fields.standfirst).toBe(DECK);
    expect(bodyParagraphs(fields.body!)[0]).toBe(LONG);
  });

  it('keeps a long first paragraph under the headline in the body when no byline or time line follows it', () => {
    const fields = fieldsOf(page({ header: '', body: `<h1>Harbour bridge shuts to lorries</h1><p class="t-top">${DECK}</p><p>${LONG}</p>` }));
    expect(fields.standfirst ?? '').toBe('');
    expect(bodyParagraphs(fields.body!)[0]).toBe(DECK);
  });
});

describe('saved web page: a time printed inside the author box', () => {
  it('leaves a part that reads as a time line out of the byline, whatever its class', () => {
    const fields = fieldsOf(page({ header: '<h1>Harbour bridge shuts to lorries</h1><div class="story-author-box"><div class="who"><a href="/staff/mara">Mara Quist</a></div><div class="when">12 May 2026 07:45AM</div></div>' }));
    expect(fields.byline).toBe('Mara Quist');
  });
});

describe('saved web page: a closing note naming where the information came from', () => {
  it('is the credit line, not the story\'s last paragraph', () => {
    const fields = fieldsOf(page({ body: `<p>${LONG}</p><p>Repairs are expected to take a year.</p><p>Some information for this report came from Reuters.</p>` }));
    expect(fields.credit?.line).toBe('Some information for this report came from Reuters');
    expect(bodyParagraphs(fields.body!).at(-1)).toBe('Repairs are expected to take a year.');
  });
});

describe('saved web page: figures', () => {
  it('splits caption and credit printed in their own elements, and puts the photo where the page printed it', () => {
    const found = figures(
      page({
        body: `<p>${LONG}</p><figure><img src="Harbour_files/bridge.jpg" alt="The bridge at dusk"><figcaption><span class="caption-text">The bridge was built in 1894.</span> <span class="credit">Photograph: Jo Lake/Coast Courier</span></figcaption></figure><p>Repairs are expected to take a year.</p>`,
      }),
    );
    expect(found).toHaveLength(1);
    expect(found[0].attrs).toEqual({ src: '', alt: 'The bridge at dusk', credit: 'Jo Lake/Coast Courier', sourceNote: 'Harbour_files/bridge.jpg' });
    expect(captionOf(found[0])).toBe('The bridge was built in 1894.');
    const order = fieldsOf(page({ body: `<p>${LONG}</p><figure><img src="a.jpg"><figcaption>Cap (AP Photo/Jo Lake)</figcaption></figure><p>Repairs are expected to take a year.</p>` })).body!.content.map((node) => node.type);
    expect(order).toEqual(['paragraph', 'figure', 'paragraph']);
  });

  it.each([
    ['a bracketed agency credit', 'Crews inspect the piers on Monday. (AP Photo/Jo Lake)', 'Crews inspect the piers on Monday.', 'AP Photo/Jo Lake'],
    ['a slash credit after the sentence', 'Crews inspect the piers on Monday. REUTERS/Toby Melville', 'Crews inspect the piers on Monday.', 'REUTERS/Toby Melville'],
    ['a labelled credit after a bar', 'Crews inspect the piers | Photo: Getty Images', 'Crews inspect the piers', 'Getty Images'],
    ['a "Picture:" credit after the sentence', 'Crews inspect the piers on Monday. Picture: Jo Lake', 'Crews inspect the piers on Monday.', 'Jo Lake'],
    ['a credit labelled "Image credit" in its own element', 'Crews inspect the piers on Monday. <em>Image credit: Jo Lake</em>', 'Crews inspect the piers on Monday.', 'Jo Lake'],
    ['a caption that is only an illustrator\'s credit', 'Illustration by Jo Lake', '', 'Illustration by Jo Lake'],
    ['no credit', 'Crews inspect the piers (left) on Monday', 'Crews inspect the piers (left) on Monday', ''],
  ])('splits %s printed inside the caption', (_name, printed, caption, credit) => {
    const [figure] = figures(page({ header: `<h1>Harbour bridge shuts to lorries</h1><figure><img src="https://cdn.example/p.jpg"><figcaption>${printed}</figcaption></figure>` }));
    expect({ caption: captionOf(figure), credit: figure.attrs?.credit }).toEqual({ caption, credit });
  });

  it('never fetches a remote photo: the figure has no photo and keeps the address as a note', () => {
    const [figure] = figures(page({ head: '<meta property="og:url" content="https://www.coastcourier.example/news/a">', body: `<figure><img data-src="/img/bridge.jpg" src="data:image/gif;base64,R0lGOD"><figcaption>The bridge.</figcaption></figure><p>${LONG}</p>` }));
    expect(figure.attrs).toMatchObject({ src: '', sourceNote: 'https://www.coastcourier.example/img/bridge.jpg' });
  });
});

describe('saved web page: related stories', () => {
  it('takes labelled related blocks with absolute addresses, but not site-wide lists', () => {
    const fields = fieldsOf(
      page({
        head: '<link rel="canonical" href="https://www.coastcourier.example/news/harbour-bridge">',
        after: '<section class="story-links"><h2>Related stories</h2><ul><li><a href="/news/ferry-fares"><span class="kicker">Transport</span><h3>Ferry fares rise again</h3><time>2 days ago</time></a></li><li><a href="https://www.coastcourier.example/news/pier-history">A short history of the piers</a></li></ul></section><div class="most-read"><h2>Most read</h2><a href="/news/cat">Cat rescued from roof</a></div>',
        body: `<p>${LONG}</p><p><strong>READ MORE:</strong> <a href="/news/toll-plan">Toll plan shelved</a></p><p>Repairs are expected to take a year.</p>`,
      }),
    );
    expect(fields.related).toEqual([
      { title: 'Toll plan shelved', url: 'https://www.coastcourier.example/news/toll-plan' },
      { title: 'Ferry fares rise again', url: 'https://www.coastcourier.example/news/ferry-fares' },
      { title: 'A short history of the piers', url: 'https://www.coastcourier.example/news/pier-history' },
    ]);
    expect(text(page())).not.toMatch(/READ MORE|Ferry fares|Cat rescued/);
  });
});

describe('saved web page: parts named in any attribute, and what only the text tells', () => {
  it('reads a deck, a summary box, a byline and a time line that templates name in data attributes or mixed case', () => {
    const fields = fieldsOf(
      page({
        header: '<h1>Harbour bridge shuts to lorries</h1><div data-qa="ArticleByline-Names">Mara Quist <span>in Portsea</span></div><span data-kind="PublishDate">12 May 2026 07:45</span><div data-component="KeyPoints"><h2>Key points:</h2><ul><li>Cracks were found in two piers</li><li>Buses may still cross</li></ul></div>',
      }),
    );
    expect(fields).toMatchObject({ standfirst: 'Cracks were found in two piers Buses may still cross', byline: 'Mara Quist in Portsea' });
    expect(fields.dateline?.date).toBe('2026-05-12T07:45');
    const deck = 'A long deck that runs past one hundred and twenty characters, as some templates print it under the headline, before the story.';
    // The head reader itself (the text reader behind it would find the deck again in the body's first lines).
    const doc = parsePage(`<main><article><div class="article-header"><div class="article-header__main"><h1>Harbour bridge shuts to lorries</h1><p class="article-header__sub-title">${deck}</p></div><div class="article-author"><p>Mara Quist</p><p>Transport reporter</p></div></div><div class="article-body"><p>${LONG}</p></div></article></main>`);
    const head = readPrintedHead(doc, readPageMetadata(doc), false);
    expect({ standfirst: head.standfirst, byline: head.byline }).toEqual({ standfirst: deck, byline: 'Mara Quist Transport reporter' });
  });

  it('gives no byline for an organisation the metadata names as author', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour bridge shuts to lorries', author: { '@type': 'Organization', name: 'Coast Bridges, Inc.' } };
    expect(fieldsOf(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` })).byline).toBe('');
  });

  it('prints a name and its role from their own lines as the page shows them, without the handle', () => {
    const fields = fieldsOf(page({ header: '<h1>Harbour bridge shuts to lorries</h1><div class="article-author"><p>Mara Quist</p><p>Transport reporter <a href="https://x.example/maraq">@maraq</a></p></div>' }));
    expect(fields.byline).toBe('Mara Quist Transport reporter');
  });

  it('takes the time of the printed day from the machine date, and a clock printed apart from its day', () => {
    const machine = '<meta property="article:published_time" content="2026-05-12T07:45:00+01:00">';
    expect(fieldsOf(page({ head: machine, header: '<h1>Harbour bridge shuts to lorries</h1><p class="date">12 May 2026</p>' })).dateline?.date).toBe('2026-05-12T07:45+01:00');
    const apart = '<h1>Harbour bridge shuts to lorries</h1><div class="meta"><time datetime="2026-05-12T06:45:00+00:00">12 May 2026</time> | <span class="time">07:45</span></div>';
    expect(fieldsOf(page({ header: apart })).dateline?.date).toBe('2026-05-12T07:45+01:00');
  });

  it('gives the printed local time the offset of the page\'s machine instant, its seconds dropped', () => {
    // "5.45pm" printed, 06:45 UTC in the markup: the publisher is eleven hours ahead.
    const utc = '<h1>Harbour bridge shuts to lorries</h1><time datetime="2026-11-25T06:45:00.000Z">November 25, 2026 — 5.45pm</time>';
    expect(fieldsOf(page({ header: utc })).dateline?.date).toBe('2026-11-25T17:45+11:00');
    const seconds = '<h1>Harbour bridge shuts to lorries</h1><time datetime="2026-12-06T09:47:12+00:00">6 dez. 2026, 09:47</time>';
    expect(fieldsOf(page({ header: seconds })).dateline?.date).toBe('2026-12-06T09:47+00:00');
  });

  it('reads the name beside a byline label printed in its own element, not the label', () => {
    const header = '<h1>Harbour bridge shuts to lorries</h1><div class="metadata"><span class="author-label">Texto</span> <a class="author-name" href="/perfil/mq">Mara Quist</a></div>';
    expect(fieldsOf(page({ header })).byline).toBe('Mara Quist');
  });

  it('dates a page that describes itself only as a WebPage in JSON-LD', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'WebPage', name: 'Commission approves scheme', datePublished: '2026-11-26' };
    const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script>`;
    expect(fieldsOf(page({ head })).dateline?.date).toBe('2026-11-26');
  });

  it('keeps the page\'s closing lines after the text Readability chose, and gives a release\'s credit to the company', () => {
    const body = `<p>${LONG}</p><p>Repairs are expected to take a year, the company said in a statement on Tuesday.</p><p>About Coast Bridges</p><p>Coast Bridges maintains crossings in four counties.</p>`;
    const after = '<div class="release-contact"><h2>Contacts</h2><p>Press office<br>press@coastbridges.example</p></div><div class="release-tags"><p><b>Industry:</b> Construction</p><p><b>Source:</b> Coast Bridges, Inc.</p></div>';
    const fields = fieldsOf(page({ body, after }));
    expect(fields.credit).toEqual({ line: 'Source: Coast Bridges, Inc.', source: 'Coast Bridges, Inc.' });
    expect(text(page({ body }))).not.toMatch(/maintains crossings/);
  });

  it('reads a caption and its credit apart when a wrapper is named for both, and leaves the caption controls out', () => {
    const [figure] = figures(
      page({
        body: `<p>${LONG}</p><div class="image"><img src="https://cdn.example/p.jpg"><div class="credit-caption"><div class="caption"><p>The bridge in 1900.<b>hide caption</b><b>toggle caption</b></p></div><span class="credit">Courtesy of the Coast Museum</span></div></div><p>Repairs are expected to take a year.</p>`,
      }),
    );
    expect({ caption: captionOf(figure), credit: figure.attrs?.credit }).toEqual({ caption: 'The bridge in 1900.', credit: 'Courtesy of the Coast Museum' });
  });

  it('keeps a credit\'s own brackets and takes off a label', () => {
    const [figure] = figures(page({ body: `<p>${LONG}</p><figure><img src="a.jpg"><figcaption><span class="caption">The bridge.</span><span class="credit">Crédito: Ana Ruiz (Coast Courier)</span></figcaption></figure><p>Repairs are expected to take a year.</p>` }));
    expect(figure.attrs?.credit).toBe('Ana Ruiz (Coast Courier)');
  });
});

describe('saved web page: what the own saved-page cases found', () => {
  it('never counts back from "3 hours ago": the machine date and its time stand', () => {
    const header = '<h1>Harbour bridge shuts to lorries</h1><time datetime="2026-05-12T06:45:00.000Z">3 hours ago</time>';
    expect(fieldsOf(page({ header })).dateline?.date).toBe('2026-05-12T06:45+00:00');
  });

  it('reads a credit printed above the caption once, though its element is named and labelled both', () => {
    const [figure] = figures(page({ body: `<p>${LONG}</p><figure><img src="a.jpg"><span class="image-source">Image source, Coast Pictures</span><figcaption>Image caption, The bridge at dusk</figcaption></figure><p>Repairs are expected to take a year.</p>` }));
    expect({ caption: captionOf(figure), credit: figure.attrs?.credit }).toEqual({ caption: 'The bridge at dusk', credit: 'Coast Pictures' });
  });

  it('reads a deck named in Spanish and a related link that carries its own label', () => {
    const fields = fieldsOf(
      page({
        header: '<h1>Harbour bridge shuts to lorries</h1><h2 class="subtitulo">Las grietas aparecieron en dos pilares del puente</h2>',
        body: `<p>${LONG}</p><aside class="rich-link"><a href="https://www.coastcourier.example/news/ferries">Related: Ferries take the lorries</a></aside><p>Repairs are expected to take a year.</p>`,
      }),
    );
    expect(fields.standfirst).toBe('Las grietas aparecieron en dos pilares del puente');
    const doc = parsePage(`<main><article><h1>Cierra el puente</h1><h2 class="subtitulo">Las grietas aparecieron en dos pilares del puente</h2><div class="cuerpo"><p>${LONG}</p></div></article></main>`);
    expect(readPrintedHead(doc, readPageMetadata(doc), false).standfirst).toBe('Las grietas aparecieron en dos pilares del puente');
    expect(fields.related).toEqual([{ title: 'Ferries take the lorries', url: 'https://www.coastcourier.example/news/ferries' }]);
  });
});

describe('rich paste (the clipboard\'s HTML)', () => {
  it('reads a selection: heading as headline, figure, time and links, with no page around it', () => {
    const html = `<meta charset="utf-8"><h1>Harbour bridge shuts to lorries</h1><p>By Mara Quist</p><time datetime="2026-05-12T07:45:00+01:00">12 May 2026</time><figure><img src="https://cdn.example/bridge.jpg" alt="Bridge"><figcaption>The bridge in 1900. (Jo Lake/Coast Courier via AP)</figcaption></figure><p>${LONG}</p><p>Related: <a href="https://www.coastcourier.example/news/ferry">Ferry fares rise again</a></p>`;
    const { fields } = readArticleHtml(html, { clipboard: true });
    expect(fields).toMatchObject({ headline: 'Harbour bridge shuts to lorries', byline: 'By Mara Quist', related: [{ title: 'Ferry fares rise again', url: 'https://www.coastcourier.example/news/ferry' }] });
    // The line prints the day; the time element's machine date gives the time of that day.
    expect(fields.dateline?.date).toBe('2026-05-12T07:45+01:00');
    expect(fields.body!.content.map((node) => node.type)).toEqual(['figure', 'paragraph']);
    expect(fields.body!.content[0].attrs).toMatchObject({ credit: 'Jo Lake/Coast Courier via AP', sourceNote: 'https://cdn.example/bridge.jpg' });
  });
});
