import { describe, expect, it } from 'vitest';
import { captionHasCredit, checkCredits, type CreditedStory } from '../../../src/attribution';
import type { BodyNode } from '../../../src/story';

function story(parts: { text?: string; datelineSource?: string; line?: string; source?: string; figures?: BodyNode[] }): CreditedStory {
  return {
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: parts.text ?? 'The council met on Monday.' }] }, ...(parts.figures ?? [])],
    },
    dateline: { place: 'KYIV', date: '2026-11-06', source: parts.datelineSource ?? '' },
    credit: { line: parts.line ?? '', source: parts.source ?? '' },
  };
}

function figure(caption: string, credit = ''): BodyNode {
  return { type: 'figure', attrs: { src: 'abc123', alt: 'A photo', credit }, content: caption ? [{ type: 'text', text: caption }] : [] };
}

const codes = (s: CreditedStory) => checkCredits(s).map((f) => `${f.code}@${f.field}`);

describe('checkCredits: agency credit', () => {
  it.each([
    ['no agency named, no credit needed', story({}), []],
    ['agency in the dateline, credit missing', story({ datelineSource: 'AFP' }), ['credit-line-missing@credit.line', 'credit-source-missing@credit.source']],
    ['agency in the text, credit present and agreeing', story({ text: 'The figures were first reported by Reuters.', line: 'Compiled from Reuters reports', source: 'Reuters' }), []],
    ['"(AP)" in the text', story({ text: 'WASHINGTON (AP) — The Senate voted.', line: 'The Associated Press (AP)', source: 'AP' }), []],
    ['dpa and EFE are recognised', story({ text: 'Berlin (dpa) - Trains stopped. Madrid (EFE).- Trenes.', line: '', source: '' }), ['credit-line-missing@credit.line', 'credit-source-missing@credit.source']],
    ['dateline agency disagrees with the credit source', story({ datelineSource: 'AFP', line: 'Reuters', source: 'Reuters' }), ['credit-source-mismatch@dateline.source']],
    ['text agency disagrees with the credit source', story({ text: 'EFE reported the vote.', line: 'From AFP reports', source: 'AFP' }), ['credit-source-mismatch@credit.source']],
    ['credit line names another agency than the source', story({ datelineSource: 'AFP', line: 'Compiled from Reuters reports', source: 'AFP' }), ['credit-line-mismatch@credit.line']],
  ] as const)('%s', (_name, input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it('does not count a photo credit in a caption as the story naming an agency', () => {
    expect(codes(story({ figures: [figure('Rescuers at the scene. AP Photo/Evan Vucci')] }))).toEqual([]);
  });

  it('says which agency is named in the message', () => {
    const [finding] = checkCredits(story({ datelineSource: 'AFP', source: 'AFP' }));
    expect(finding.message).toContain('AFP');
    expect(finding.severity).toBe('error');
  });
});

describe('checkCredits: photo credits', () => {
  it.each([
    ['credit field', 'Firefighters at the flats.', 'Jon Super', true],
    ['trailing "Photo: ..."', 'Firefighters at the flats. Photo: Jon Super', '', true],
    ['"AP Photo/..."', 'Rescuers search the rubble. (AP Photo/Evan Vucci)', '', true],
    ['"Reuters/Name"', 'A man walks past a damaged building in Kharkiv. Reuters/Gleb Garanich', '', true],
    ['a social handle', 'The crowd outside parliament, as posted by @jsmith_news', '', true],
    ['"Foto: EFE"', 'Bomberos en Valparaíso. Foto: EFE', '', true],
    ['no credit at all', 'Virgin West Coast Class 390 Pendolino EMU 390009 at platform 1 of Carlisle railway station.', '', false],
    ['a credit in the middle of the caption only', 'Photo day at the school: pupils line up for the camera.', '', false],
    ['no caption and no credit', '', '', false],
  ] as const)('%s', (_name, caption, credit, credited) => {
    const findings = checkCredits(story({ figures: [figure(caption, credit)] }));
    expect(findings.map((f) => f.code)).toEqual(credited ? [] : ['photo-credit-missing']);
    if (!credited) expect(findings[0].field).toBe('body.content[1]');
  });

  it('exposes the caption rule on its own', () => {
    expect(captionHasCredit('Smoke over the port. Photo by Ana Ruiz')).toBe(true);
    expect(captionHasCredit('Smoke over the port.')).toBe(false);
  });
});
