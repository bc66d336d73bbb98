import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/attribution';
import { expectCase, slice, type Case } from '../../support/attributionCases';

/** Interview transcripts with speaker labels; the texts are invented for Galley. */
const TRANSCRIPTS: Case[] = [
  {
    name: 'bracketed labels: the answer is the interviewee\'s, the question attributes nothing',
    text:
      'The Gazette spoke to the ferry captain Ines Duarte.\n\n' +
      '((Gazette)) Do you think the new route will last?\n\n' +
      '((Ines Duarte)) It will if the port keeps its promises. We told the council that in March.\n\n' +
      '((Gazette)) What happens in winter?\n\n' +
      '((Ines Duarte)) We sail twice a day, weather permitting.',
    expected: [
      { kind: 'direct', content: 'It will if the port keeps its promises', cue: null, source: 'Ines Duarte', speaker: 'Ines Duarte' },
      { kind: 'direct', content: 'We sail twice a day', source: 'Ines Duarte' },
    ],
    notCues: ['think', 'told'],
  },
  {
    name: 'a full name with a colon, then initials: the initials name the same person',
    text:
      'Q: Why study glaciers?\n\n' +
      'Tomas Berg: I grew up beside one, and it has shrunk by half since then.\n\n' +
      'Q: What surprised you?\n\n' +
      'TB: How fast the ice moved in summer, faster than any model said.',
    expected: [
      { kind: 'direct', content: 'I grew up beside one', cue: ':', source: 'Tomas Berg', speaker: 'Tomas Berg' },
      { kind: 'direct', content: 'How fast the ice moved', cue: ':', source: 'TB', speaker: 'Tomas Berg' },
    ],
    notCues: ['said'],
  },
  {
    name: 'initials with no colon, first given as a full name',
    text:
      'Professor Hana Kovac answered our questions.\n\n' +
      '((Q)) How did the project begin?\n\n' +
      'Hana Kovac It began with a grant that nobody expected us to win.\n\n' +
      '((Q)) And now?\n\n' +
      'HK Now we have six people and a field station.',
    expected: [
      { kind: 'direct', content: 'It began with a grant', source: 'Hana Kovac', speaker: 'Hana Kovac' },
      { kind: 'direct', content: 'Now we have six people', source: 'HK', speaker: 'Hana Kovac' },
    ],
  },
];

describe('findAttributions: interview transcripts', () => {
  it.each(TRANSCRIPTS)('$name', (testCase) => expectCase(testCase));

  it('runs an answer on over its unlabelled paragraphs until the next question, and lets the story resume after the last turn', () => {
    const text =
      '((Post)) What is planned?\n\n' +
      '((Ana Ruiz)) A week of talks.\n\n' +
      'Then a street fair on the Saturday.\n\n' +
      '((Post)) Who pays?\n\n' +
      '((Ana Ruiz)) The city does.\n\n' +
      'The council approved the budget on Monday, a spokesman said.';
    const findings = findAttributions(text);
    expect(findings.map((f) => [f.kind, slice(text, f.content), f.speaker])).toEqual([
      ['direct', 'A week of talks.\n\nThen a street fair on the Saturday.', 'Ana Ruiz'],
      ['direct', 'The city does.', 'Ana Ruiz'],
      ['indirect', 'The council approved the budget on Monday', null],
    ]);
  });

  it('reads one labelled paragraph, or labels with no questions, as ordinary prose', () => {
    const update = 'Update: The bridge reopened at noon, police said.\n\nUS officials said the repairs cost $2m.';
    expect(findAttributions(update).map((f) => [f.kind, slice(update, f.source)])).toEqual([
      ['indirect', 'police'],
      ['indirect', 'US officials'],
    ]);
    const schedule = 'Monday: The mayor said the plan would pass.\n\nMonday: Talks resume.';
    expect(findAttributions(schedule).map((f) => [f.kind, slice(schedule, f.content)])).toEqual([['indirect', 'the plan would pass']]);
  });
});
