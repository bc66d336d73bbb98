// Issue 18: the paste read as blocks, each given its role wherever it stands; house styles from one table.
import { describe, expect, it } from 'vitest';
import { bodyParagraphs, figuresOf } from '../../../src/story';
import { suggestSlug } from '../../../src/story/slug';
import { readTimeLine } from '../../../src/wire/copyTimes';
import { importPastedCopy } from '../../../src/wire/pasteCopy';

const read = (text: string) => importPastedCopy(text).stories[0];
const storyText = (text: string) => {
  const { fields } = read(text);
  return bodyParagraphs({ type: 'doc', content: fields.body!.content.filter((node) => node.type !== 'figure') });
};
const LEAD = 'The council voted on Tuesday to close the old library and build a new one by the river, officials said.';

describe('time lines (chrono-node): the first published time, local as printed, with the zone when named', () => {
  it.each([
    ['Published 20 Nov 2019 08:00 GMT', '2019-11-20T08:00:00+00:00'],
    ['PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:02, Tue, Nov 19, 2019', '2019-11-19T10:48'],
    ['2024-09-10 13:21 Last Updated At: 13:31', '2024-09-10T13:21'],
    ['Nov 20 2019, 11:06am IST', '2019-11-20T11:06:00+05:30'],
    ['November 20th, 2019', '2019-11-20'],
    ['The Daily Planet | 20 November 2019', '2019-11-20'],
    ['Hour: 20/11/2019 08:00', '2019-11-20T08:00'],
    ['6 de noviembre de 2026, 14:30 CET', '2026-11-06T14:30:00+01:00'],
    ['Published Jan. 7, 2026Updated Jan. 7, 2026, 5:36 p.m. ET', '2026-01-07'],
  ])('%s -> %s', (line, iso) => {
    const found = readTimeLine(line);
    expect(found && found !== 'relative' ? found.iso : found).toBe(iso);
  });

  it.each(['Ships will sail on Monday, November 9, 2026, the port said in a statement to reporters.', 'By Ana Ruiz', '120 days'])('%s is not a time line', (line) => {
    expect(readTimeLine(line)).toBeNull();
  });

  it('sets the dateline date from the time line even when other lines stand between', () => {
    expect(read(`Library to close\n\n4 min read\n\nPublished 20 Nov 2019 08:00 GMT\n\n${LEAD}`).fields.dateline?.date).toBe('2019-11-20T08:00:00+00:00');
  });
});

describe('datelines in the house styles of the table', () => {
  it.each([
    ['MOSCOW, September 14. /TASS/. ', 'MOSCOW', 'TASS'],
    ['Tokyo, July 25 (Jiji Press)--', 'Tokyo', 'Jiji Press'],
    ['Madrid, 6 nov (EFE).- ', 'Madrid', 'EFE'],
    ['ESTES PARK, Colo. (AP) — ', 'ESTES PARK, Colo.', 'AP'],
    ['LONDON, Nov 6 (Reuters) - ', 'LONDON', 'Reuters'],
    ['BEIJING, Nov. 6 (Xinhua) -- ', 'BEIJING', 'Xinhua'],
    ['New Delhi [India], Nov 6 (ANI): ', 'New Delhi [India]', 'ANI'],
    ['SAN DIEGO--(BUSINESS WIRE)--', 'SAN DIEGO', 'BUSINESS WIRE'],
    ['(ANSA) - ROME, NOV 6 - ', 'ROME', 'ANSA'],
    ['WASHINGTON — ', 'WASHINGTON', ''],
  ])('%s', (dateline, place, source) => {
    const { fields } = read(`Library to close\n\n${dateline}${LEAD}`);
    expect(fields.dateline).toMatchObject({ place, source });
    expect(storyText(`Library to close\n\n${dateline}${LEAD}`)[0]).toBe(LEAD);
  });

  it('finds the dateline below a kicker, a read time and a photo credit line', () => {
    const { fields } = read(`POLITICS\n\nLibrary to close\n\n4 min read\n\nThe old library on Tuesday.\n\nPhoto: Ana Ruiz/Reuters\n\nLONDON (Reuters) - ${LEAD}`);
    expect(fields.dateline).toMatchObject({ place: 'LONDON', source: 'Reuters' });
    expect(fields.headline).toBe('Library to close');
  });
});

describe('bylines without "By"', () => {
  it.each([
    ['JANE ROE and LEE PARK', 'JANE ROE and LEE PARK'],
    ['Jane Roe, AP Science Writer', 'Jane Roe, AP Science Writer'],
    ['Associated Press', 'Associated Press'],
    ['By Reuters', 'By Reuters'],
  ])('%s', (line, byline) => {
    expect(read(`Library to close\n\n${line}\n\nNov. 6, 2026\n\n${LEAD}`).fields.byline).toBe(byline);
  });

  it('takes an agency byline as the credit source', () => {
    expect(read(`Library to close\n\nBy Reuters\n\n${LEAD}`).fields.credit).toEqual({ line: '', source: 'Reuters' });
  });
});

describe('photo captions and credits become figures waiting for their photo', () => {
  it.each([
    ['Rescuers search the rubble in Antakya. (AP Photo/Jane Doe)', 'Rescuers search the rubble in Antakya.', 'AP Photo/Jane Doe'],
    ['Rescuers search the rubble in Antakya. (Jane Doe/The Paper via AP)', 'Rescuers search the rubble in Antakya.', 'Jane Doe/The Paper via AP'],
    ['Rescuers search the rubble in Antakya. Jane Doe/Pool via REUTERS', 'Rescuers search the rubble in Antakya.', 'Jane Doe/Pool via REUTERS'],
    ['Rescuers search the rubble in Antakya [File: Reuters]', 'Rescuers search the rubble in Antakya', 'Reuters'],
    ['Rescuers search the rubble in Antakya. AFP', 'Rescuers search the rubble in Antakya.', 'AFP'],
    ['Rescuers search the rubble in Antakya | Photo: EFE', 'Rescuers search the rubble in Antakya', 'EFE'],
    ['Rescuers search the rubble in Antakya. (Getty Images)', 'Rescuers search the rubble in Antakya.', 'Getty Images'],
    ['Image copyright EPA\nImage caption Rescuers search the rubble in Antakya', 'Rescuers search the rubble in Antakya', 'EPA'],
    ['Rescuers search the rubble in Antakya.\n\nX/ @someaccount', 'Rescuers search the rubble in Antakya.', 'X/ @someaccount'],
  ])('%s', (lines, caption, credit) => {
    const story = read(`Library to close\n\n${lines}\n\nLONDON (Reuters) - ${LEAD}\n\nThe vote was 7 to 2.`);
    expect(figuresOf(story.fields.body!).map((figure) => ({ caption: figure.caption, credit: figure.credit, src: figure.src }))).toEqual([{ caption, credit, src: '' }]);
    expect(story.fields.ednote).toBe('');
    expect(story.moved).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'figure caption' })]));
  });
});

describe('related stories, closing credits and page furniture', () => {
  it('takes the titles under a related label into related links with no address, listed', () => {
    const story = read(`Library to close\n\n${LEAD}\n\nRELATED:\n\nCouncil approves budget for next year\n\nNew bridge opens to traffic\n\nThe vote was 7 to 2.`);
    expect(story.fields.related).toEqual([
      { title: 'Council approves budget for next year', url: '' },
      { title: 'New bridge opens to traffic', url: '' },
    ]);
    expect(storyText(`Library to close\n\n${LEAD}\n\nRELATED:\n\nCouncil approves budget for next year\n\nNew bridge opens to traffic\n\nThe vote was 7 to 2.`)).toEqual([LEAD, 'The vote was 7 to 2.']);
    expect(story.moved).toEqual(expect.arrayContaining([{ text: 'New bridge opens to traffic', field: 'related' }]));
  });

  it.each([
    ['Source: News agencies', 'Source: News agencies', 'News agencies'],
    ['With AFP', 'With AFP', 'AFP'],
    ['Via Tribune News Service', 'Via Tribune News Service', 'Tribune News Service'],
    ['AFP', 'AFP', 'AFP'],
    ['Reuters/ AB', 'Reuters/ AB', 'Reuters'],
    ['© 2019 Agence France-Presse', '© 2019 Agence France-Presse', 'AFP'],
    ['Reporting by Jane Roe in Kyiv; Editing by John Poe', 'Reporting by Jane Roe in Kyiv; Editing by John Poe', ''],
  ])('closing credit %s', (line, credit, source) => {
    const story = read(`Library to close\n\n${LEAD}\n\n${line}`);
    expect(story.fields.credit).toEqual({ line: credit, source });
    expect(storyText(`Library to close\n\n${LEAD}\n\n${line}`)).toEqual([LEAD]);
  });

  // Issue 23, item 15: the contributor line is a credit line, and the report says where it went.
  it('lists an AP contributor line as moved to the credit line', () => {
    const story = read(`Library to close\n\nDENVER (AP) — ${LEAD}\n\nAssociated Press writer Lee Park contributed to this report.`);
    expect(story.fields.credit).toEqual({ line: 'Associated Press writer Lee Park contributed to this report', source: 'AP' });
    expect(story.moved).toContainEqual({ text: 'Associated Press writer Lee Park contributed to this report.', field: 'credit.line' });
  });

  it('drops page furniture and lists each line it dropped', () => {
    const text = `Library to close\n\n5 min read\n\nShare this article\n\n${LEAD}\n\nAdvertisement\n\nImage 1 of 5\n\nThe vote was 7 to 2.`;
    const story = read(text);
    expect(storyText(text)).toEqual([LEAD, 'The vote was 7 to 2.']);
    for (const line of ['5 min read', 'Share this article', 'Advertisement', 'Image 1 of 5']) expect(story.moved).toContainEqual({ text: line, field: 'dropped (page furniture)' });
  });

  it('lists every block that left the body: nothing disappears unlisted', () => {
    const text = `WORLD\n\nLibrary to close\n\nBy Ana Ruiz\n\nNov. 6, 2026\n\nThe old library. (AP Photo/Jane Doe)\n\nDENVER (AP) — ${LEAD}\n\nRELATED: New bridge opens\n\nAdvertisement\n\nThe vote was 7 to 2.\n\nCopyright 2026 The Associated Press. All rights reserved.`;
    const story = read(text);
    const body = storyText(text).join('\n');
    const blocks = text.split('\n\n').filter((block) => !body.includes(block));
    for (const block of blocks) expect(story.moved!.some((moved) => block.includes(moved.text) || moved.text.includes(block)), block).toBe(true);
  });
});

describe('no headline in the paste', () => {
  it('leaves the headline empty with a warning and keeps the first sentence in the story', () => {
    const story = read(`DENVER (AP) — ${LEAD}\n\nThe vote was 7 to 2.`);
    expect(story.fields.headline).toBe('');
    expect(story.warnings.join(' ')).toContain('No headline');
    expect(storyText(`DENVER (AP) — ${LEAD}\n\nThe vote was 7 to 2.`)).toEqual([LEAD, 'The vote was 7 to 2.']);
  });
});

describe('slug suggested from the headline (issue 23, item 15)', () => {
  it.each([
    ['Ukraine and Russia extend Black Sea grain deal for 120 days', 'UKRAINE-RUSSIA-EXTEND'],
    ['Café opens — “at last”', 'CAFE-OPENS-LAST'],
    ['El Gobierno aprueba el proyecto de presupuestos de 2027', 'GOBIERNO-APRUEBA'],
  ])('%s -> %s', (headline, slug) => {
    expect(suggestSlug(headline, 'upper', 24)).toBe(slug);
    expect(slug).toMatch(/^[A-Z0-9-]{1,24}$/);
  });

  it('the import suggests it', () => {
    expect(read(`Library to close\n\n${LEAD}`).fields.slug).toBe('LIBRARY-CLOSE');
  });
});
