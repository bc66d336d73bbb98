// Issue 18, fourth round: house styles of agencies and pages first met on copy nobody tuning had read.
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, figuresOf } from '../../../src/story';
import { readTimeLine } from '../../../src/wire/copyTimes';
import { importPastedCopy } from '../../../src/wire/pasteCopy';

const read = (text: string) => importPastedCopy(text).stories[0].fields;
const storyText = (text: string) => bodyParagraphs({ type: 'doc', content: read(text).body!.content.filter((node) => node.type !== 'figure') });
const HEAD = 'Ferry operator adds summer lines to the southern islands';
const LEAD = 'The state ferry operator will run more departures this summer, adding direct lines to two islands, the company said on Friday.';
const MORE = 'Island mayors welcomed the new lines but warned that winter connections remained far too thin for residents.';

describe('datelines in more agencies\' house styles', () => {
  it.each([
    ['Sunyani, March 11, GNA - ', { place: 'Sunyani', source: 'GNA' }],
    ['ABU DHABI, 4th March, 2026 (WAM) -- ', { place: 'ABU DHABI', source: 'WAM', date: '2026-03-04' }],
    ['LIÈGE 04/03 (BELGA) = ', { place: 'LIÈGE', source: 'BELGA' }],
    ['PHOENIX, AZ, UNITED STATES, March 3, 2026 /EINPresswire.com/ -- ', { place: 'PHOENIX, AZ, UNITED STATES', source: 'EINPresswire.com', date: '2026-03-03' }],
    ['Kano, March 4, 2026 (NAN) ', { place: 'Kano', source: 'NAN', date: '2026-03-04' }],
    ['ALGHERO. ', { place: 'ALGHERO', source: '' }],
  ])('"%s" opens the story', (dateline, expected) => {
    const fields = read(`${HEAD}\n\n${dateline}${LEAD}\n\n${MORE}`);
    expect(fields.dateline).toMatchObject(expected);
    expect(storyText(`${HEAD}\n\n${dateline}${LEAD}\n\n${MORE}`)[0]).toBe(LEAD);
  });

  it('reads a place with its region and a colon on a line of its own above the story', () => {
    const text = `${HEAD}\n\nSANTA CRUZ, St Elizabeth:\n${LEAD}\n\n${MORE}`;
    expect(read(text).dateline?.place).toBe('SANTA CRUZ, St Elizabeth');
    expect(storyText(text)[0]).toBe(LEAD);
  });

  it('names the agencies of the table by their house-style names in the credit', () => {
    expect(read(`${HEAD}\n\nKUWAIT, March 9 (Kuwait News Agency) -- ${LEAD}`).credit?.source).toBe('KUNA');
  });
});

describe('agency sign-offs and the lines under the story', () => {
  it('takes "(end)" glued to the last paragraph with the desk initials under it as the signature', () => {
    const text = `${HEAD}\n\nKUWAIT, March 9 (KUNA) -- ${LEAD}\n\n${MORE} (end)\n\nfm.ha`;
    expect(read(text).credit?.line).toBe('(end) fm.ha');
    expect(storyText(text).at(-1)).toBe(MORE);
  });

  it('drops "(end)" glued to the last paragraph when no signature follows', () => {
    const text = `${HEAD}\n\n${LEAD}\n\n${MORE} (end)`;
    expect(read(text).credit?.line).toBe('');
    expect(storyText(text).at(-1)).toBe(MORE);
  });

  it.each([
    ['(FIN) NDP/MRG', '(FIN) NDP/MRG'],
    ['(Hina) ms/ ds\n061432 MET Mar 26', '(Hina) ms/ ds 061432 MET Mar 26'],
    ['/MLD', '/MLD'],
    ['(NAN)(www.nannews.ng)\n\nEdited by Chinyere Okafor-Eze', '(NAN)(www.nannews.ng) Edited by Chinyere Okafor-Eze'],
    ['RIPRODUZIONE RISERVATA', 'RIPRODUZIONE RISERVATA'],
    ['*Estagiária sob a supervisão de Ana Paula Lisboa', '*Estagiária sob a supervisão de Ana Paula Lisboa'],
  ])('%s is the credit line', (closing, line) => {
    const text = `${HEAD}\n\n${LEAD}\n\n${MORE}\n\n${closing}`;
    expect(read(text).credit?.line).toBe(line);
    expect(storyText(text).at(-1)).toBe(MORE);
  });

  it('reads the time from an archive trailer that closes the copy', () => {
    const fields = read(`${HEAD}\n\nWien (APA) - ${LEAD}\n\n${MORE}\n\n(Schluss) pho/hes\n\nAPA0217 2026-03-09/11:42`);
    expect(fields.credit).toEqual({ line: '(Schluss) pho/hes APA0217 2026-03-09/11:42', source: 'APA' });
    expect(fields.dateline?.date).toBe('2026-03-09T11:42');
  });

  it('credits the agency named by an automatic-publication note', () => {
    const fields = read(`${HEAD}\n\n${LEAD}\n\n${MORE}\n\nCet article a été publié automatiquement. Source: ats\n\n© Keystone-ATS`);
    expect(fields.credit).toEqual({ line: 'Cet article a été publié automatiquement. Source: ats © Keystone-ATS', source: 'Keystone-ATS' });
  });

  it('takes the site\'s name signed onto the last paragraph as the credit, and its tag list and poll as furniture', () => {
    const text = `${HEAD}\n\n${LEAD}\n\n${MORE} – Newsline.ph\n\nTags: Albay DepEd typhoons\n\nHow does this make you feel?`;
    expect(read(text).credit).toEqual({ line: 'Newsline.ph', source: 'Newsline' });
    expect(storyText(text)).toEqual([LEAD, MORE]);
  });

  it('drops a donation appeal and a citation section under the story', () => {
    const text = `${HEAD}\n\n${LEAD}\n\n${MORE}\n\nThe Quarterly is a registered charity. Help us keep the conversation going.\n\nCite this Article:\nJane Roe, "Ferry lines," The Quarterly, March 2, 2026.`;
    expect(storyText(text)).toEqual([LEAD, MORE]);
  });

  it('keeps "Additional reporting by" an agency as the line without crediting the story to it', () => {
    expect(read(`${HEAD}\n\n${LEAD}\n\n${MORE}\n\n- Additional reporting by Nampa`).credit).toEqual({ line: '- Additional reporting by Nampa', source: '' });
  });
});

describe('page and feed lines that are never the headline or the story', () => {
  it.each([
    'APA0217 5 CI 0264 WI\nWien/Gastronomie/Tourismus',
    'We use cookies to give you the best experience. Accept all | Manage settings',
    'You have 2 free articles remaining this month. Subscribe',
  ])('%s', (lines) => {
    const text = `${lines}\n\n${HEAD}\n\n${LEAD}\n\n${MORE}`;
    expect(read(text).headline).toBe(HEAD);
    expect(storyText(text)).toEqual([LEAD, MORE]);
  });

  it('drops a share bar laid out with runs of spaces, even under a related list', () => {
    const fields = read(`${HEAD}\n\n${LEAD}\n\n${MORE}\n\nRelated News\nMinisters discuss renewable energy cooperation\n\nPrint  Email  Share`);
    expect(fields.related).toEqual([{ title: 'Ministers discuss renewable energy cooperation', url: '' }]);
  });

  it('reads the date beside a relative time', () => {
    const found = readTimeLine('2 hours ago · Thursday 12 March 2026');
    expect(found !== null && found !== 'relative' ? found.iso : found).toBe('2026-03-12');
  });

  it.each(['Más en Andina:', 'Lisez aussi', 'Saiba Mais'])('"%s" lists related stories', (label) => {
    const fields = read(`${HEAD}\n\n${LEAD}\n\n${label}\nMachu Picchu extends its visiting hours in high season\n\n${MORE}`);
    expect(fields.related).toEqual([{ title: 'Machu Picchu extends its visiting hours in high season', url: '' }]);
  });
});

describe('bylines and captions', () => {
  it('reads "Name/Paper Writer" as the byline, not a photo credit', () => {
    const fields = read(`${HEAD}\n\nChristopher Thomas/Gleaner Writer\n\n${LEAD}\n\n${MORE}`);
    expect(fields.byline).toBe('Christopher Thomas/Gleaner Writer');
    expect(figuresOf(fields.body!)).toEqual([]);
  });

  it.each([
    ['Farmers check the drip lines on Thursday. - Ian Allen/Photographer', 'Farmers check the drip lines on Thursday.', 'Ian Allen/Photographer'],
    ['Cyclists on the new lane in Ceilândia - Crédito: Minervino Júnior/CB/D.A Press', 'Cyclists on the new lane in Ceilândia', 'Minervino Júnior/CB/D.A Press'],
    ['The lake at the foot of the glacier could empty suddenly. Keystone / Jean-Christophe Bott', 'The lake at the foot of the glacier could empty suddenly.', 'Keystone / Jean-Christophe Bott'],
  ])('%s', (line, caption, credit) => {
    const fields = read(`${HEAD}\n\n${line}\n\n${LEAD}\n\n${MORE}`);
    expect(figuresOf(fields.body!).map((figure) => [figure.caption, figure.credit])).toEqual([[caption, credit]]);
    expect(fields.standfirst).toBe('');
  });
});

describe('mastheads, menus, players and tickers above the story', () => {
  it.each([
    ['the site\'s name and tagline in the menu\'s block', 'Home  |  General News  |  Business  |  Politics\nNational News Agency\nYour trusted source of news'],
    ['a long menu with one longer item, and a breaking-news ticker', 'Watch Live  Weather  Traffic  Investigates  5 On Your Side  Sports\n\nBreaking: Weather alert for the Triangle'],
  ])('%s', (_, lines) => {
    const fields = read(`${lines}\n\n${HEAD}\n\n${LEAD}\n\n${MORE}`);
    expect([fields.headline, fields.standfirst, fields.byline]).toEqual([HEAD, '', '']);
    expect(storyText(`${lines}\n\n${HEAD}\n\n${LEAD}\n\n${MORE}`)).toEqual([LEAD, MORE]);
  });

  it('drops an audio player with its clocks, share and paywall prompts, and a copy-link prompt', () => {
    const text = `${HEAD}\n\n${LEAD}\n\nOuvir este artigo\n00:00\n04:12\n\nPartilhar notícia\n\nArticle réservé aux abonnés\n\nCopy the link to this article\n\n${MORE}\n\nWas this page helpful? | Yes  No`;
    expect(storyText(text)).toEqual([LEAD, MORE]);
  });

  it('takes an agency\'s tag off the headline and keeps its note to editors for the desk', () => {
    const fields = read(`(LEAD) ${HEAD}\n\nECONOMY 14:27 May 01, 2026\n(ATTN: UPDATES with details in paras 5-7)\n\n${LEAD}\n\n${MORE}`);
    expect(fields.headline).toBe(HEAD);
    expect(fields.dateline?.date).toBe('2026-05-01T14:27');
    expect(fields.standfirst).toBe('');
    expect(fields.ednote).toBe('(ATTN: UPDATES with details in paras 5-7)');
  });

  it.each([
    ['PITTSBURGH, PA / ACCESSWIRE / March 9, 2026 / ', { place: 'PITTSBURGH, PA', source: 'ACCESSWIRE', date: '2026-03-09' }],
  ])('"%s" opens the story', (dateline, expected) => {
    expect(read(`${HEAD}\n\n${dateline}${LEAD}\n\n${MORE}`).dateline).toMatchObject(expected);
  });

  it.each([
    ['Sevilla, 14 Febrero, 2026 - 12:47h', '2026-02-14T12:47'],
    ['Buenos Aires, 21 Febrero, 2026 - 12:11h', '2026-02-21T12:11'],
  ])('reads the time line "%s"', (line, iso) => {
    const found = readTimeLine(line);
    expect(found !== null && found !== 'relative' ? found.iso : found).toBe(iso);
  });
});

describe('more closing forms', () => {
  it('takes an agency and its desk\'s initials run onto the last paragraph as the credit', () => {
    const text = `${HEAD}\n\n${LEAD}\n\n${MORE} PTI ASG RHL\nRHL\n06181645`;
    expect(read(text).credit).toEqual({ line: 'PTI ASG RHL', source: 'PTI' });
    expect(storyText(text).at(-1)).toBe(MORE);
  });

  it.each([
    ['Edição: Renato Pires', { line: 'Edição: Renato Pires', source: '' }],
    ['Copyright 2026 by Capitol Broadcasting Company. All rights reserved.', { line: 'Copyright 2026 by Capitol Broadcasting Company. All rights reserved', source: 'Capitol Broadcasting Company' }],
  ])('%s', (closing, credit) => {
    expect(read(`${HEAD}\n\n${LEAD}\n\n${MORE}\n\n${closing}`).credit).toEqual(credit);
  });

  it('stops a related list at the site\'s most-read list', () => {
    const fields = read(`${HEAD}\n\n${LEAD}\n\n${MORE}\n\nTe puede interesar\nNuevas medidas para el verano en Sevilla\n\nLo más leído\n1. Cortes de tráfico en el centro por las obras`);
    expect(fields.related).toEqual([{ title: 'Nuevas medidas para el verano en Sevilla', url: '' }]);
    expect(storyText(`${HEAD}\n\n${LEAD}\n\n${MORE}\n\nLo más leído\n1. Cortes de tráfico en el centro por las obras`)).toEqual([LEAD, MORE]);
  });

  it.each([
    ['Snow on the Ridge Riders trail near Finland in January\nContributed / Lake County Ridge Riders', 'Snow on the Ridge Riders trail near Finland in January', 'Contributed / Lake County Ridge Riders'],
    ['A "For Lease" sign outside an apartment block in Parramatta. Source: AAP / Bianca Moretti', 'A "For Lease" sign outside an apartment block in Parramatta.', 'AAP / Bianca Moretti'],
  ])('%s', (lines, caption, credit) => {
    const fields = read(`${HEAD}\n\n${lines}\n\n${LEAD}\n\n${MORE}`);
    expect(figuresOf(fields.body!).map((figure) => [figure.caption, figure.credit])).toEqual([[caption, credit]]);
  });
});

describe('bylines, captions and datelines in more languages', () => {
  it('reads the Italian "di Name" byline and keeps "Di" opening a name or sentence out of bylines', () => {
    expect(read(`${HEAD}\n\ndi Gavino Masia\n10 marzo 2026\n\n${LEAD}\n\n${MORE}`).byline).toBe('di Gavino Masia');
    expect(read(`Di Maria scores twice as Benfica win the cup\n\n${LEAD}\n\n${MORE}`).headline).toBe('Di Maria scores twice as Benfica win the cup');
  });

  it.each([
    ["Il terminal dell'aeroporto di Fertilia (foto Mauro Chessa)", "Il terminal dell'aeroporto di Fertilia", 'foto Mauro Chessa'],
    ['Die neue Fähre bei einer Probefahrt vor Staad. Bild: Oliver Hanser', 'Die neue Fähre bei einer Probefahrt vor Staad.', 'Oliver Hanser'],
  ])('%s', (line, caption, credit) => {
    expect(figuresOf(read(`${HEAD}\n\n${line}\n\n${LEAD}\n\n${MORE}`).body!).map((figure) => [figure.caption, figure.credit])).toEqual([[caption, credit]]);
  });

  it('reads "City, Country – 9 March 2026" on the line above the story as the dateline', () => {
    const fields = read(`${HEAD}\n\nEspoo, Finland – 9 March 2026\n${LEAD}\n\n${MORE}`);
    expect(fields.dateline).toMatchObject({ place: 'Espoo, Finland', date: '2026-03-09' });
    expect(fields.standfirst).toBe('');
  });

  it('joins a French job title under the writer\'s name to the byline', () => {
    expect(read(`${HEAD}\n\nJeanne Corriveau-Lapointe\nCorrespondante parlementaire à Québec\n\n${LEAD}\n\n${MORE}`).byline).toBe('Jeanne Corriveau-Lapointe Correspondante parlementaire à Québec');
  });
});
