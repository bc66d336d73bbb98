// Issue 18: block roles decided from evidence (wrap column, position, sentence shape, seams,
// repetition), so copy from templates nobody here has seen still lands in its fields.
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, figuresOf } from '../../../src/story';
import { captionOf, cleanCredit, closingCreditOf, datelineOf } from '../../../src/wire/copyLines';
import { betterTime, readTimeLine } from '../../../src/wire/copyTimes';
import { importPastedCopy } from '../../../src/wire/pasteCopy';

const read = (text: string) => importPastedCopy(text).stories[0];
const storyText = (text: string) => {
  const { fields } = read(text);
  return bodyParagraphs({ type: 'doc', content: fields.body!.content.filter((node) => node.type !== 'figure') });
};
const figures = (text: string) => figuresOf(read(text).fields.body!).map(({ caption, credit }) => ({ caption, credit }));
const timeOf = (line: string) => {
  const found = readTimeLine(line);
  return found && found !== 'relative' ? found.iso : found;
};

const LEAD = 'The county council voted on Tuesday to reopen the old swimming baths on Mill Street next spring, after a campaign by residents.';
const SECOND = 'Repairs to the roof and the boilers are expected to cost about 2 million pounds, the council said in a statement.';
const LAST = 'The baths closed in 2019 after an inspection found damp in the changing rooms.';

describe('lines of a paste are joined only when the copy was hard-wrapped', () => {
  it('keeps a long headline and the agency line under it apart in copy from a web page', () => {
    const story = read(`Swimming baths on Mill Street to reopen next spring after five years closed\nWire Desk\nKyodo\n\n${LEAD}\n\n${SECOND}`);
    expect(story.fields.headline).toBe('Swimming baths on Mill Street to reopen next spring after five years closed');
    expect(story.fields.byline).toBe('Kyodo');
  });

  it('joins the lines of copy wrapped at a column into their paragraphs', () => {
    const wrapped = [
      'Baths to reopen',
      '',
      'The county council voted on Tuesday to reopen the old swimming baths',
      'on Mill Street next spring, after a long campaign by residents who',
      'collected more than four thousand signatures.',
      '',
      'Repairs to the roof and the boilers are expected to cost about two',
      'million pounds, the council said.',
    ].join('\n');
    expect(storyText(wrapped)).toEqual([
      'The county council voted on Tuesday to reopen the old swimming baths on Mill Street next spring, after a long campaign by residents who collected more than four thousand signatures.',
      'Repairs to the roof and the boilers are expected to cost about two million pounds, the council said.',
    ]);
  });
});

describe('the head: section names, the title, the deck and the writer', () => {
  it('takes the line that says something as the headline, not the section names above it', () => {
    const story = read(`Home\nLocal\nLeisure\nSwimming baths on Mill Street to reopen next spring\n\n${LEAD}\n\n${SECOND}`);
    expect(story.fields.headline).toBe('Swimming baths on Mill Street to reopen next spring');
    expect(storyText(`Home\nLocal\nSwimming baths on Mill Street to reopen next spring\n\n${LEAD}`)).toEqual([LEAD]);
  });

  it('reads the deck, a name with its title under it, and drops the page lines between', () => {
    const story = read(`Swimming baths to reopen next spring\nResidents collected four thousand signatures to save the pool\n\nOla Brenner\nLeisure correspondent @olabrenner\nLink Copied!\n3 min\n\n${LEAD}\n\n${SECOND}`);
    expect(story.fields).toMatchObject({ standfirst: 'Residents collected four thousand signatures to save the pool', byline: 'Ola Brenner Leisure correspondent' });
    expect(storyText(`Swimming baths to reopen next spring\nResidents collected four thousand signatures to save the pool\n\nOla Brenner\nLeisure correspondent\nLink Copied!\n\n${LEAD}`)).toEqual([LEAD]);
  });

  it('reads a name run into its job title as the byline', () => {
    expect(read(`Swimming baths to reopen next spring\nOla Brenner Leisure correspondent\n\n${LEAD}\n\n${SECOND}`).fields.byline).toBe('Ola Brenner Leisure correspondent');
  });

  it('drops the headline where the page prints it again', () => {
    const text = `Swimming baths to reopen next spring\nBy Ola Brenner | 12 March 2026\n\nSwimming baths to reopen next spring\n\n${LEAD}\n\n${SECOND}`;
    expect(read(text).fields.standfirst).toBe('');
    expect(storyText(text)).toEqual([LEAD, SECOND]);
  });
});

describe('the tail: what follows the story is not the story', () => {
  const head = `Swimming baths to reopen next spring\n\n${LEAD}\n\n${SECOND}\n\n${LAST}`;

  it.each([
    ['a call to the reader', 'Join our Telegram channel for the latest local news.'],
    ['an appeal inside a note', 'The Valley Times publishes a selection of its stories online. Please contact us for the full service.'],
    ['a print-edition note', 'A version of this article appears in print on page 4 of the weekend edition.'],
    ['a topic list', 'Explore more on these topics\nLeisure\nSwimming'],
    ['short lines of the page', 'View comments\nTerms and Privacy\nCookie settings'],
    ['the writer’s box, known by the byline', 'Ola Brenner is a former lifeguard and writes about leisure.'],
  ])('drops %s', (_kind, tail) => {
    const text = `Swimming baths to reopen next spring\nBy Ola Brenner\n\n${LEAD}\n\n${SECOND}\n\n${LAST}\n\n${tail}`;
    expect(storyText(text)).toEqual([LEAD, SECOND, LAST]);
  });

  it('keeps a short last sentence of the story', () => {
    expect(storyText(`${head}\n\nShe will stay on.`).at(-1)).toBe('She will stay on.');
  });

  it('sends a release’s company boilerplate to the desk, not the story', () => {
    const story = read(`Widgetco opens plant\n\n${LEAD}\n\n${SECOND}\n\nAbout Widgetco\nWidgetco makes valves for water pumps.`);
    expect(bodyParagraphs(story.fields.body!)).toEqual([LEAD, SECOND]);
    expect(story.fields.ednote).toContain('Widgetco makes valves for water pumps.');
  });
});

describe('captions told by their credit', () => {
  it.each([
    ['a credit glued to the caption', 'Swimmers queue outside the baths on Tuesday.Ola Brenner', { caption: 'Swimmers queue outside the baths on Tuesday.', credit: 'Ola Brenner' }],
    ['a labelled credit glued to the caption', 'Swimmers queue outside the bathsImage: Ola Brenner/Valley Times', { caption: 'Swimmers queue outside the baths', credit: 'Ola Brenner/Valley Times' }],
    ['a photographer’s name after the sentence', 'Swimmers queue outside the baths on Tuesday. Ola Brenner', { caption: 'Swimmers queue outside the baths on Tuesday.', credit: 'Ola Brenner' }],
    ['an outlet and a name in brackets', 'Swimmers queue outside the baths. (Valley Radio: Ola Brenner)', { caption: 'Swimmers queue outside the baths.', credit: 'Valley Radio: Ola Brenner' }],
    ['a desk credit in brackets', 'Swimmers queue outside the baths. (File photo)', { caption: 'Swimmers queue outside the baths.', credit: 'File photo' }],
    ['a slash credit with no agency in brackets', 'Swimmers queue outside the baths (Newsfoto/Widgetco)', { caption: 'Swimmers queue outside the baths', credit: 'Newsfoto/Widgetco' }],
    ['a paper’s initials before its label', 'Swimmers queue outside the baths. VT PHOTO: OLA BRENNER', { caption: 'Swimmers queue outside the baths.', credit: 'VT PHOTO: OLA BRENNER' }],
  ])('%s', (_kind, line, parts) => {
    expect(captionOf(line)).toEqual(parts);
  });

  it.each([
    'The mayor thanked the campaigners. Ola Brenner said she was delighted and would swim on the first day.',
    'Residents said the McDonald family had run the baths for decades.',
  ])('leaves story text alone: %s', (line) => {
    expect(captionOf(line)).toBeNull();
  });

  it('takes off only the brackets around the whole credit', () => {
    expect(cleanCredit('(Ola Brenner)')).toBe('Ola Brenner');
    expect(cleanCredit('Ola Brenner (Valley Times)')).toBe('Ola Brenner (Valley Times)');
  });

  it('reads a slash credit on the line under its caption', () => {
    expect(figures(`Baths to reopen\n\nSwimmers queue outside the baths on Tuesday.\nOla Brenner/The Valley Times/AP\n\n${LEAD}`)).toEqual([{ caption: 'Swimmers queue outside the baths on Tuesday.', credit: 'Ola Brenner/The Valley Times/AP' }]);
  });
});

describe('captions whose credit is labelled or signed by the paper', () => {
  it.each([
    ['a "Picture:" label after the sentence', 'Swimmers queue outside the baths on Tuesday. Picture: Ola Brenner', 'Ola Brenner'],
    ['the paper\'s initials and "photo by" in brackets', 'Swimmers queue outside the baths on Tuesday. (VT photo by Ola Brenner)', 'VT photo by Ola Brenner'],
  ])('%s is the caption of a figure, not the deck or story text', (_kind, line, credit) => {
    const text = `Baths to reopen\n\n${line}\n\n${LEAD}\n\n${SECOND}`;
    expect(figures(text)).toEqual([{ caption: 'Swimmers queue outside the baths on Tuesday.', credit }]);
    expect(read(text).fields.standfirst ?? '').toBe('');
    expect(storyText(text)[0]).toBe(LEAD);
  });

  it('reads "Illustration by Name" under a caption as the figure\'s credit', () => {
    const text = `Baths to reopen\n\nSwimmers queue outside the baths on Tuesday.\nIllustration by Ola Brenner\n\n${LEAD}\n\n${SECOND}`;
    expect(figures(text)).toEqual([{ caption: 'Swimmers queue outside the baths on Tuesday.', credit: 'Illustration by Ola Brenner' }]);
    expect(storyText(text)[0]).toBe(LEAD);
  });

  it('keeps a credit without its "Image credit:" label', () => {
    expect(cleanCredit('Image credit: Ola Brenner')).toBe('Ola Brenner');
  });
});

describe('closing credits as the desk keeps them', () => {
  it.each([
    ['(Reporting by Ola Brenner; Editing by Jon Sand)', 'Reporting by Ola Brenner; Editing by Jon Sand', ''],
    ['(With inputs from agencies)', 'With inputs from agencies', 'agencies'],
    ['Con información de AFP y EFE', 'Con información de AFP y EFE', 'AFP y EFE'],
    ['dpa ab cd x1', 'dpa ab cd x1', 'dpa'],
    ['ol (afp, efe)', 'ol (afp, efe)', 'afp, efe'],
    ['This story has been published from a wire agency feed without modifications to the text.', 'This story has been published from a wire agency feed without modifications to the text', ''],
    ['La corresponsal de AFP Ana Ruiz contribuyó a este despacho desde Quito.', 'La corresponsal de AFP Ana Ruiz contribuyó a este despacho desde Quito', 'AFP'],
    ['With files from Ola Brenner in Tromsø, Norway.', 'With files from Ola Brenner in Tromsø, Norway', ''],
    ['Some information for this report came from Reuters.', 'Some information for this report came from Reuters', 'Reuters'],
    ['This report by The Valley Wire was first published June 2, 2026.', 'This report by The Valley Wire was first published June 2, 2026', 'The Valley Wire'],
  ])('%s', (line, credit, source) => {
    expect(closingCreditOf(line, { agencyAlone: true })).toEqual({ line: credit, source });
  });
});

describe('time lines: which one dates the story', () => {
  it.each([
    ['a year run into the hour', 'March 3, 20269:15 AM ET', '2026-03-03T09:15:00-05:00'],
    ['two spans run together', '3 Mar 20263 Mar 2026, updated 4 Mar 2026', '2026-03-03'],
    ['the day and the clock in two parts', 'Mar. 3, 2026 / 9:15 AM', '2026-03-03T09:15'],
  ])('%s: %s', (_kind, line, iso) => {
    expect(timeOf(line)).toBe(iso);
  });

  it('prefers the first publication, the time beside its day, and a month in words', () => {
    const day = { iso: '2026-03-03', hasYear: true, updated: false };
    const timed = { iso: '2026-03-03T09:15', hasYear: true, updated: false };
    const updated = { iso: '2026-03-04T10:00', hasYear: true, updated: true };
    const numeric = { iso: '2026-04-03', hasYear: true, updated: false, numeric: true };
    expect(betterTime(day, timed)).toBe(timed);
    expect(betterTime(updated, day)).toBe(day);
    expect(betterTime(timed, updated)).toBe(timed);
    expect(betterTime(numeric, day)).toBe(day);
  });

  it('takes the time printed on the line under the bare day', () => {
    expect(read(`Baths to reopen\nTue 3 Mar 2026\nTue 3 Mar 2026 at 9:15am\n\n${LEAD}`).fields.dateline?.date).toBe('2026-03-03T09:15');
  });
});

describe('datelines in more house styles', () => {
  it.each([
    ['PUNE: The county council voted on Tuesday to reopen the old swimming baths.', { place: 'PUNE', source: '' }],
    ['Mar. 3 (UPI) -- The county council voted on Tuesday to reopen the old swimming baths.', { place: '', source: 'UPI' }],
  ])('%s', (text, expected) => {
    expect(datelineOf(text)).toMatchObject(expected);
  });

  it.each([
    'UPDATE: The county council voted on Tuesday to reopen the old swimming baths.',
    'The Leisure Trust (LT) said on Tuesday it would reopen the old swimming baths next spring.',
    'Desk / VALLEYTIMES.COM / Updated: Mar 3, 2026, 09:15 IST',
  ])('is not a dateline: %s', (text) => {
    expect(datelineOf(text)).toBeNull();
  });

  it('takes a place printed alone on the line above the story', () => {
    const story = read(`Baths to reopen\n\nOSLO\n\n${LEAD}\n\n${SECOND}`);
    expect(story.fields.dateline?.place).toBe('OSLO');
    expect(storyText(`Baths to reopen\n\nOSLO\n\n${LEAD}`)).toEqual([LEAD]);
  });
});

describe('bylines in more forms', () => {
  it.each([
    ['a name with the agencies it wrote with', `Baths to reopen\nOla Brenner with AFP, dpa\n\n${LEAD}\n\n${SECOND}`, 'Ola Brenner with AFP, dpa', 'AFP, dpa'],
    ['the writer’s By line over the agency printed above the story', `Reuters\nBaths to reopen next spring\nBy Ola Brenner\n\n${LEAD}\n\n${SECOND}`, 'By Ola Brenner', 'Reuters'],
    ['the writer’s By line over the agency printed under the headline', `Baths to reopen next spring\nReuters\nBy Ola Brenner\n\n${LEAD}\n\n${SECOND}`, 'By Ola Brenner', 'Reuters'],
    ['a page’s “Text by:” label left out', `Baths to reopen next spring\n\nText by: Valley Radio\n\n${LEAD}\n\n${SECOND}`, 'Valley Radio', ''],
    ['an agency in the writer’s title', `Baths to reopen next spring\nOla Brenner, PA Leisure Correspondent\n\n${LEAD}\n\n${SECOND}`, 'Ola Brenner, PA Leisure Correspondent', 'PA'],
  ])('%s', (_kind, text, byline, source) => {
    const { fields } = read(text);
    expect({ byline: fields.byline, source: fields.credit?.source }).toEqual({ byline, source });
  });

  it('never takes a photo agency over the story for its byline', () => {
    expect(read(`Baths to reopen next spring\nGetty Images\n\n${LEAD}\n\n${SECOND}`).fields.byline).toBe('');
  });

  it('reads a byline printed under the story, and the writer’s box under it is not the story', () => {
    const story = read(`Baths to reopen next spring\n\n${LEAD}\n\n${SECOND}\n\nWritten by Ola Brenner\nSwimmer and editor. Occasional diver.\nMore from Ola Brenner`);
    expect(story.fields.byline).toBe('Ola Brenner');
    expect(bodyParagraphs(story.fields.body!)).toEqual([LEAD, SECOND]);
    expect(story.fields.related).toEqual([]);
  });
});

describe('the story’s first and last lines', () => {
  it('keeps the story’s first paragraph when a photo stands between it and the second', () => {
    const text = `Baths to reopen next spring\nBy Ola Brenner\n\n${LEAD}\n\nSwimmers queue outside the baths. (Photo: Ola Brenner/Valley Times)\n\n${SECOND}`;
    expect(read(text).fields.standfirst).toBe('');
    expect(storyText(text)).toEqual([LEAD, SECOND]);
  });

  it('keeps the first paragraph printed under the byline when only an advertisement stands before the second', () => {
    expect(storyText(`Baths to reopen next spring\nBy Ola Brenner\n${LEAD}\nAdvertisement\n\n${SECOND}`)).toEqual([LEAD, SECOND]);
  });

  it('keeps a deck set off from the story by a photo and page lines in the head', () => {
    const story = read(`Baths to reopen next spring\n12 March 2026\n${SECOND}\nhttps://valley.example/p/42\nSwimmers queue outside the baths.Image: Ola Brenner\nAdvertisement\n\n${LEAD}\n\n${LAST}`);
    expect(story.fields.standfirst).toBe(SECOND);
    expect(storyText(`Baths to reopen next spring\n12 March 2026\n${SECOND}\nhttps://valley.example/p/42\nAdvertisement\n\n${LEAD}\n\n${LAST}`)).toEqual([LEAD, LAST]);
  });

  it('takes the agency’s or the page’s end mark off the last sentence', () => {
    expect(storyText(`Baths to reopen next spring\n\n${LEAD}\n\n${LAST} (ANSA).`).at(-1)).toBe(LAST);
    expect(storyText(`Baths to reopen next spring\n\n${LEAD}\n\n${LAST} ■`).at(-1)).toBe(LAST);
  });

  it('credits a release to the company its SOURCE or FUENTE line names, with the company’s own stop', () => {
    expect(read(`Widgetco abre planta\n\n${LEAD}\n\n${SECOND}\n\nFUENTE Widgetco`).fields.credit).toEqual({ line: 'FUENTE Widgetco', source: 'Widgetco' });
    expect(read(`Widgetco opens plant\n\n${LEAD}\n\n${SECOND}\n\nSource: Widgetco Holdings, Inc.`).fields.credit).toEqual({ line: 'Source: Widgetco Holdings, Inc.', source: 'Widgetco Holdings, Inc.' });
  });

  it.each(['More News From Widgetco', 'Suggested Reading', 'Mirá también'])('reads the titles under "%s" as related stories', (label) => {
    const story = read(`Baths to reopen next spring\n\n${LEAD}\n\n${SECOND}\n\n${label}\nLido on the river to open for the summer`);
    expect(story.fields.related).toEqual([{ title: 'Lido on the river to open for the summer', url: '' }]);
    expect(bodyParagraphs(story.fields.body!)).toEqual([LEAD, SECOND]);
  });
});

describe('an interview', () => {
  it('keeps its questions and answers as story text, not a deck', () => {
    const text = `Talking baths with the mayor\n\nQ: What happened on Mill Street this week?\n\nA: ${LEAD}\n\nQ: What happens next?\n\nA: ${SECOND}`;
    expect(read(text).fields.standfirst).toBe('');
    expect(storyText(text)).toEqual(['Q: What happened on Mill Street this week?', `A: ${LEAD}`, 'Q: What happens next?', `A: ${SECOND}`]);
  });
});

describe('page words inside and between the story’s lines', () => {
  it('takes a gallery counter and a licensing link off a caption', () => {
    expect(figures(`Baths to reopen\n\nItem 1 of 3 Swimmers queue outside the baths on Tuesday. REUTERS/Ola Brenner Purchase Licensing Rights, opens new tab\n\n${LEAD}`)).toEqual([
      { caption: 'Swimmers queue outside the baths on Tuesday.', credit: 'REUTERS/Ola Brenner' },
    ]);
  });

  it.each(['Advertisement · Scroll to continue', 'list 1 of 3', 'Image:', 'Join our new WhatsApp community!'])('drops "%s" wherever it stands', (line) => {
    expect(storyText(`Baths to reopen next spring\n\n${LEAD}\n\n${line}\n\n${SECOND}`)).toEqual([LEAD, SECOND]);
  });

  it('keeps a story sentence that tells readers to join something', () => {
    const sentence = 'Join the queue early on the first morning, the council advised, because the pool will admit only 200 swimmers at a time.';
    expect(storyText(`Baths to reopen next spring\n\n${LEAD}\n\n${sentence}\n\n${SECOND}`)).toEqual([LEAD, sentence, SECOND]);
  });

  it('reads the source printed under each related title as the list’s, not as the closing credit', () => {
    const story = read(`Baths to reopen next spring\n\n${LEAD}\n\n${SECOND}\n\nSuggested Reading\nLido on the river to open for the summer\nBloomberg\nCouncil tax to rise by 4 percent\nAssociated Press Finance`);
    expect(story.fields.related?.map((link) => link.title)).toEqual(['Lido on the river to open for the summer', 'Council tax to rise by 4 percent']);
    expect(story.fields.credit).toEqual({ line: '', source: '' });
  });

  it('drops the writer named again under the story with the box under the name', () => {
    const story = read(`Baths to reopen next spring\nBy Ola Brenner\n\n${LEAD}\n\n${SECOND}\n\nWritten by Ola Brenner\nSwimmer and editor. Occasional diver.`);
    expect(story.fields.byline).toBe('By Ola Brenner');
    expect(bodyParagraphs(story.fields.body!)).toEqual([LEAD, SECOND]);
  });

  it('reads a Spanish credit label printed above the caption', () => {
    expect(figures(`Los baños reabren\n\nFuente de la imagen, Getty Images\nPie de foto, Bañistas en la puerta de la piscina.\n\n${LEAD}`)).toEqual([{ caption: 'Bañistas en la puerta de la piscina.', credit: 'Getty Images' }]);
  });
});

describe('a credit printed above its caption', () => {
  it('takes the short line with no stop under the credit as the caption', () => {
    const text = `Baths to reopen next spring\n\n${LEAD}\n\n"We are delighted," the mayor said.\n\nGetty Images\nSwimmers queue outside the baths on Mill Street\n\n${SECOND}`;
    expect(figures(text)).toEqual([{ caption: 'Swimmers queue outside the baths on Mill Street', credit: 'Getty Images' }]);
    expect(storyText(text)).toEqual([LEAD, '"We are delighted," the mayor said.', SECOND]);
  });
});

describe('copy in the desk’s other languages', () => {
  it.each([
    ['French', 'Publié le 12 mars 2026 à 14h05', '2026-03-12T14:05'],
    ['Portuguese', 'Publicado em 12 de março de 2026, às 14:05', '2026-03-12T14:05'],
    ['German', 'Veröffentlicht am 12. März 2026, 14:05 Uhr', '2026-03-12T14:05'],
    ['Italian', 'Pubblicato il 12 marzo 2026 alle 14:05', '2026-03-12T14:05'],
    ['French, with its update printed first', 'Mis à jour le 13 mars 2026 à 09h00 | Publié le 12 mars 2026 à 14h05', '2026-03-12T14:05'],
  ])('reads a %s time line', (_language, line, iso) => {
    expect(timeOf(line)).toBe(iso);
  });

  it.each([
    ['Lire aussi', 'Publicité', '4 min de lecture'],
    ['Leia também', 'Publicidade', '3 min de leitura'],
    ['Lesen Sie auch', 'Werbung', 'Teilen'],
    ['Leggi anche', 'Pubblicità', 'Condividi'],
  ])('reads "%s" as a related label and drops "%s" and "%s"', (label, advert, furniture) => {
    const story = read(`Les bains rouvrent\n${furniture}\n\n${LEAD}\n\n${advert}\n\n${SECOND}\n\n${label}\nLido on the river to open for the summer`);
    expect(story.fields.related).toEqual([{ title: 'Lido on the river to open for the summer', url: '' }]);
    expect(bodyParagraphs(story.fields.body!)).toEqual([LEAD, SECOND]);
  });

  it('reads a closing "Avec AFP" as the credit', () => {
    expect(read(`Les bains rouvrent\n\n${LEAD}\n\n${SECOND}\n\nAvec AFP`).fields.credit).toEqual({ line: 'Avec AFP', source: 'AFP' });
  });
});

describe("a site's name, tagline and menu pasted above the story are page furniture", () => {
  it('takes the title under the menu as the headline, not the site name or its tagline above it', () => {
    const paste = `Harbourside Gazette\nNews you can trust since 1884\nLocal\nSport\nWeather\nObituaries\n\nCouncil\nSwimming baths on Mill Street to reopen next spring\nBy Dana Whitlow\n\n${LEAD}\n\n${SECOND}`;
    const story = read(paste);
    expect(story.fields.headline).toBe('Swimming baths on Mill Street to reopen next spring');
    expect(story.fields.byline).toBe('By Dana Whitlow');
    expect(storyText(paste)[0]).toBe(LEAD);
  });

  it('finds the head under a long menu that pushes the title far down the paste', () => {
    const menu = ['Home', 'Local', 'Region', 'World', 'Business', 'Sport', 'Arts', 'Food', 'Travel', 'Podcasts', 'Puzzles', 'Subscribe now'].join('\n');
    const paste = `Harbourside Gazette\n${menu}\n\nSwimming baths on Mill Street to reopen next spring\nResidents campaigned for five years to save the building\n\n${LEAD}\n\n${SECOND}`;
    const story = read(paste);
    expect(story.fields.headline).toBe('Swimming baths on Mill Street to reopen next spring');
    expect(story.fields.standfirst).toBe('Residents campaigned for five years to save the building');
  });

  it('treats a menu printed on one line with bars between its items as a menu', () => {
    const paste = `Harbourside Gazette\nHome | Local | Sport | Weather | Obituaries\n\nSwimming baths on Mill Street to reopen next spring\nBy Dana Whitlow\n\n${LEAD}\n\n${SECOND}`;
    expect(read(paste).fields.headline).toBe('Swimming baths on Mill Street to reopen next spring');
  });

  it.each([
    ['runs of spaces', 'Home  Local  Sport  Weather  Obituaries'],
    ['tabs', 'Home\tLocal\tSport\tWeather\tObituaries'],
    ['a breadcrumb', 'Harbourside Gazette > Local > Transport'],
  ])('treats a menu printed on one line with %s between its items as a menu', (_gap, menu) => {
    const paste = `Harbourside Gazette\nSubscribe  Sign In\n${menu}\nLocal | Transport\n\nSwimming baths on Mill Street to reopen next spring\nBy Dana Whitlow\n\n${LEAD}\n\n${SECOND}`;
    expect(read(paste).fields.headline).toBe('Swimming baths on Mill Street to reopen next spring');
  });

  it('keeps a headline whose words a paste spaced out twice as the headline', () => {
    const paste = `Swimming baths on  Mill Street to reopen next spring\nBy Dana Whitlow\n\n${LEAD}\n\n${SECOND}`;
    expect(read(paste).fields.headline).toMatch(/^Swimming baths on\s+Mill Street to reopen next spring$/u);
  });

  it('keeps the headline above a share bar: short lines under the title are not a menu', () => {
    const paste = `Swimming baths on Mill Street to reopen next spring\nResidents campaigned for five years to save the building\n\n4 min\nShare\nSave\n\nThe old baths on Mill Street. (Photo by Ana Ruiz)\nBy Dana Whitlow\n\n${LEAD}\n\n${SECOND}`;
    expect(read(paste).fields.headline).toBe('Swimming baths on Mill Street to reopen next spring');
  });
});

describe('a time line with something else printed after it on the same line', () => {
  it('reads the date and the writer from "<time> Por <name>" and keeps the deck apart', () => {
    const paste = `Piscinas de Mill Street reabrem na primavera\nMoradores fizeram campanha durante cinco anos pelo edifício\nPublicado em 03/11/2026 - 09:15 Por Dana Whitlow - Repórter\n\n${LEAD}\n\n${SECOND}`;
    const story = read(paste);
    expect(story.fields.dateline?.date).toBe('2026-11-03T09:15');
    expect(story.fields.byline).toBe('Por Dana Whitlow - Repórter');
    expect(story.fields.standfirst).toBe('Moradores fizeram campanha durante cinco anos pelo edifício');
  });

  it('drops a reading time printed after the time line and still reads the date', () => {
    const paste = `Les bains de Mill Street rouvriront au printemps\nPar Dana Whitlow\nPublié le 03/11/2026 à 09:15 Temps de lecture: 4 min\n\n${LEAD}\n\n${SECOND}`;
    const result = importPastedCopy(paste);
    expect(result.stories[0].fields.dateline?.date).toBe('2026-11-03T09:15');
    expect(result.stories[0].moved).toContainEqual({ text: 'Temps de lecture: 4 min', field: 'dropped (page furniture)' });
    expect(storyText(paste)[0]).toBe(LEAD);
  });
});

describe("a writer's name with an agency tag over the time line is the byline, not a dateline", () => {
  it('reads "Name (AGENCY)" above the time line as the writer and the agency as the source', () => {
    const paste = `Swimming baths on Mill Street to reopen next spring\nDana Whitlow (AAP)\nMarch 3, 2026 9:15am\n\n${LEAD}\n\n${SECOND}`;
    const { fields } = read(paste);
    expect(fields.byline).toBe('Dana Whitlow');
    expect(fields.dateline).toEqual({ place: '', date: '2026-03-03T09:15', source: '' });
    expect(fields.credit?.source).toBe('AAP');
    expect(storyText(paste)[0]).toBe(LEAD);
  });

  it('still reads a two-word place with the agency tag over the story text as the dateline', () => {
    const paste = `Swimming baths on Mill Street to reopen next spring\n\nPort Augusta (AAP) - ${LEAD}\n\n${SECOND}`;
    const { fields } = read(paste);
    expect(fields.dateline?.place).toBe('Port Augusta');
    expect(fields.byline).toBe('');
  });
});

describe("a feed's slug line has a dateline's shape but opens no text", () => {
  it('does not read "Region/Topic/" above the headline as a dateline', () => {
    const paste = `Britain/Leisure/\nPriority: 3\n\nSwimming baths on Mill Street to reopen next spring\n\nLeeds (dpa) - ${LEAD}\n\n${SECOND}`;
    const { fields } = read(paste);
    expect(fields.headline).toBe('Swimming baths on Mill Street to reopen next spring');
    expect(fields.dateline?.place).toBe('Leeds');
    expect(fields.dateline?.source).toBe('dpa');
  });

  it('still reads an unknown source in slashes as the dateline when the story text follows it', () => {
    expect(datelineOf(`LEEDS /Harbour Wire/ - ${LEAD}`)).toMatchObject({ place: 'LEEDS', source: 'Harbour Wire' });
    expect(datelineOf('Britain/Leisure/')).toBeNull();
  });
});

describe('a closed comments note under the story is page furniture', () => {
  it('ends the story before the writer\'s address and "Comments on this article are now closed."', () => {
    const paste = `Swimming baths on Mill Street to reopen next spring\nBy Dana Whitlow\n\n${LEAD}\n\n${SECOND}\n\n${LAST}\n\ndana.whitlow@courier.example\n\nComments on this article are now closed.`;
    expect(storyText(paste).at(-1)).toBe(LAST);
    expect(read(paste).moved).toContainEqual({ text: 'Comments on this article are now closed.', field: 'dropped (page furniture)' });
  });
});

describe("a press service's lower-case code in the dateline", () => {
  it('reads "Place (code) -" as the dateline with the code as its source', () => {
    expect(datelineOf(`Millbrook (prs) - ${LEAD}`)).toMatchObject({ place: 'Millbrook', source: 'prs' });
  });

  it('does not read a lower-case aside in brackets as a source', () => {
    expect(datelineOf(`Millbrook (and its harbour) - ${LEAD}`)).toBeNull();
    expect(datelineOf(`Millbrook (prs) said on Tuesday that ${LEAD}`)).toBeNull();
  });
});
