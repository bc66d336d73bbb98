// Issue 18, fourth round: what saved pages print around and after the story (signatures, sections, related links, dates).
import { describe, expect, it } from 'vitest';
import { importSavedPage } from '../../../main/services/webPage/importSavedPage';
import { bodyParagraphs } from '../../../src/story/body';

const LEAD = 'The council voted on Tuesday to close the old harbour bridge to heavy lorries from next month, after engineers found cracks in two of its supporting piers.';
const LAST = 'Repairs are expected to take a year, the council said.';

/** A saved page: `head` goes in <head>, `article` in the page's <article>, `before` at the top of <body>. */
function page({ head = '', article, before = '' }: { head?: string; article: string; before?: string }): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Harbour bridge shuts | The Coast Courier</title>${head}</head>
<body>${before}<header role="banner"><a href="/">The Coast Courier</a></header>
<main><article><h1>Harbour bridge shuts to lorries</h1>${article}</article></main>
<footer><p>© 2026 The Coast Courier</p></footer></body></html>`;
}

const fieldsOf = (html: string) => importSavedPage(html).stories[0].fields;
const storyText = (html: string) => bodyParagraphs({ type: 'doc', content: fieldsOf(html).body!.content.filter((node) => node.type !== 'figure') });

describe('saved page: the story\'s end', () => {
  it('takes the writer and day run onto the last paragraph as the credit line', () => {
    const html = page({ article: `<p>${LEAD}</p><p>${LAST} (Lena Hofbauer, 3.2.2026)</p>` });
    expect(fieldsOf(html).credit?.line).toBe('(Lena Hofbauer, 3.2.2026)');
    expect(storyText(html)).toEqual([LEAD, LAST]);
  });

  it('keeps the story\'s first paragraph when a label the reader moves out stands above it', () => {
    const html = page({ article: `<p class="label">Press release</p><p><strong>DAKAR, SENEGAL -</strong> ${LEAD}</p><p>${LAST}</p>` });
    expect(storyText(html)).toEqual([LEAD, LAST]);
    expect(fieldsOf(html).dateline?.place).toBe('DAKAR, SENEGAL');
  });

  it('reads subheads after the story: notes to editors and contacts leave the body, subhead and all', () => {
    const html = page({ article: `<p>${LEAD}</p><p>${LAST}</p><h3>Notes to editors</h3><p>Figures were collected in 41 markets.</p><h3>Contact information</h3><p>Media team: +44 20 7946 0000</p>` });
    const fields = fieldsOf(html);
    expect(fields.body!.content.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(fields.ednote).toContain('Figures were collected in 41 markets.');
  });

  it('drops consent layers and reader forums', () => {
    const html = page({
      before: '<div class="consent-layer"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.</p></div>',
      article: `<p>${LEAD}</p><p>${LAST}</p><div class="article-forum" id="postings"><h2>Forum</h2><p>Diskutieren Sie hier mit anderen Userinnen und Usern über diesen Beitrag.</p></div>`,
    });
    expect(storyText(html)).toEqual([LEAD, LAST]);
  });

  it('takes an agency\'s closing "WAM/Writer/Editor" line as the credit, not as a photo credit', () => {
    const html = page({ article: `<p>ABU DHABI, 4th March, 2026 (WAM) -- ${LEAD}</p><p>${LAST}</p><p>WAM/Hatem Mohamed/Rasha Salah</p>` });
    const fields = fieldsOf(html);
    expect(fields.credit).toEqual({ line: 'WAM/Hatem Mohamed/Rasha Salah', source: 'WAM' });
    expect(fields.body!.content.filter((node) => node.type === 'figure')).toEqual([]);
  });
});

describe('saved page: related links and dates', () => {
  const related = '<div class="article-related"><h3>Weiterlesen:</h3><ul><li><a href="/story/3001/plan">Der Plan im Überblick</a></li></ul></div>';

  it('keeps a relative related link\'s title with an empty address when the page does not name its own address', () => {
    const [story] = importSavedPage(page({ article: `<p>${LEAD}</p><p>${LAST}</p>${related}` })).stories;
    expect(story.fields.related).toEqual([{ title: 'Der Plan im Überblick', url: '' }]);
    expect(story.warnings).toContain('Related story "Der Plan im Überblick" has no web address: add the address or remove it');
  });

  it('resolves a relative related link against the page\'s canonical address', () => {
    const html = page({ head: '<link rel="canonical" href="https://www.example.at/story/3000/bridge">', article: `<p>${LEAD}</p><p>${LAST}</p>${related}` });
    expect(fieldsOf(html).related).toEqual([{ title: 'Der Plan im Überblick', url: 'https://www.example.at/story/3001/plan' }]);
  });

  it('reads a date in figures day first when the page\'s machine date says so', () => {
    const html = page({ head: '<meta property="article:published_time" content="2026-03-04T13:10:00+04:00">', article: `<div class="date">Wed 04-03-2026 13:10</div><p>${LEAD}</p><p>${LAST}</p>` });
    expect(fieldsOf(html).dateline?.date).toBe('2026-03-04T13:10+04:00');
  });
});
