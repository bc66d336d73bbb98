import { describe, it } from 'vitest';
import { expectCase, type Case } from '../../support/attributionCases';

/**
 * Words that look like cues but report nobody's speech, found reading a held-out set's spurious
 * findings. The texts are invented for Galley; none is taken from the evaluation sets.
 */
const CITING: Case[] = [
  {
    name: '", citing X" after a report names where the speaker got it: the speaker is the source, once',
    text: 'Harbour engineers noted the crane might fail again, citing the corrosion on its legs.',
    expected: [{ kind: 'indirect', content: 'the crane might fail again', cue: 'noted', source: 'Harbour engineers' }],
    notCues: ['citing'],
  },
  {
    name: '", citing X" after an act gives the actor\'s reason, not a source',
    text: 'The mayor closed the riverside market on Sunday, citing the flood warnings.',
    expected: [],
    notCues: ['citing'],
  },
];

const NAMING: Case[] = [
  {
    name: 'a thing "called" a name, then the sentence goes on',
    text: 'After the storm, a small crab called the ghost crab moved onto the beach.',
    expected: [],
    notCues: ['called'],
  },
  {
    name: 'a thing after a preposition "called" a quoted name',
    text: 'The prize went to the inventor of a game called a "pocket maze" for children.',
    expected: [],
    notCues: ['called'],
  },
  {
    name: 'the passive "is sometimes called" with nobody calling',
    text: 'The old quarry is sometimes called a lake because it floods every spring.',
    expected: [],
    notCues: ['called'],
  },
  {
    name: 'a speaker who "called" something still reports',
    text: 'Councillor Ada Brandt called the budget "a betrayal" of the valley.',
    expected: [{ kind: 'mixed', content: '"a betrayal"', cue: 'called', source: 'Councillor Ada Brandt' }],
  },
];

const PARTICIPLES: Case[] = [
  {
    name: '", claiming this ..." reports the clause after the participle, not the act before it',
    text: 'On Monday, the mayor closed the harbour so the ferries could be inspected, claiming this would prevent another accident.',
    expected: [{ kind: 'indirect', content: 'this would prevent another accident', cue: 'claiming', source: 'the mayor' }],
    notReported: ['On Monday, the mayor closed the harbour so the ferries could be inspected'],
  },
];

const NOUN_PHRASE_OBJECTS: Case[] = [
  {
    name: 'a cue with a noun phrase, then a clause after "because"',
    text: 'The coach stressed fitness because the season would be long.',
    expected: [],
    notCues: ['stressed'],
  },
  {
    name: 'a cue with a noun phrase, then a clause after "so"',
    text: 'The council declared a curfew so the streets could be cleared before dawn.',
    expected: [],
    notCues: ['declared'],
  },
  {
    name: 'a reported clause that goes on after "and" is still reported',
    text: 'The inspector argued the pier was safe and the ferries could sail again.',
    expected: [{ kind: 'indirect', content: 'the pier was safe', cue: 'argued', source: 'The inspector' }],
  },
  {
    name: 'a reported clause whose subject has "and" in it is still reported',
    text: 'The landlords warned rents and service charges would rise in the spring.',
    expected: [{ kind: 'indirect', content: 'rents and service charges would rise', cue: 'warned', source: 'The landlords' }],
  },
];

const CONTINUED_QUOTES: Case[] = [
  {
    name: 'a quotation on its own continues the speaker quoted last, not a report made earlier in the sentence',
    text: 'Although floods are common, the agency noted the need for new levees: "We cannot wait another year," said engineer Rosa Lind. "The river will rise again before the levees are finished."',
    expected: [{ kind: 'direct', content: '"The river will rise again', speaker: 'Rosa Lind' }],
  },
];

const CUE_NOUNS: Case[] = [
  {
    name: '"said, in remarks published by ..., "..."": the quotation is the speaker\'s, under "said"',
    text: 'Lena Ortiz chairs the inquiry. She said, in remarks published by a local paper on Friday, "The first hearings were chaotic."',
    expected: [{ kind: 'direct', content: '"The first hearings were chaotic."', cue: 'said', source: 'She', speaker: 'Lena Ortiz' }],
    notCues: ['remarks'],
  },
  {
    name: 'a cue word after a number is a counted noun',
    text: 'The county became one of six states that had decided to delay the vote. Inspectors filed 2 reports that were later lost.',
    expected: [],
    notCues: ['states', 'reports'],
  },
];

const AUXILIARIES: Case[] = [
  {
    name: 'an emphatic "did say" has the subject before "did" as its source',
    text: 'The league gave no reason for the delay. Officials did say the arena would stay closed until Friday.',
    expected: [{ kind: 'indirect', content: 'the arena would stay closed', cue: 'say', source: 'Officials' }],
  },
];

const QUOTED_AS_SAYING: Case[] = [
  {
    name: '"quoted X as saying" makes X the source of both quotations joined by "and"',
    text: 'The paper quoted Ana Ruiz, a nurse at the clinic, as saying "We are exhausted" and "we need more staff."',
    expected: [
      { kind: 'direct', content: '"We are exhausted" and "we need more staff."', cue: 'saying', source: 'Ana Ruiz', speaker: 'Ana Ruiz' },
    ],
  },
  {
    name: '"X was quoted as saying" makes X the source',
    text: 'Ana Ruiz was quoted as saying "We are exhausted."',
    expected: [{ kind: 'direct', content: '"We are exhausted."', cue: 'saying', source: 'Ana Ruiz', speaker: 'Ana Ruiz' }],
  },
];

const PARTICLES: Case[] = [
  {
    name: '"pointed out that" reports',
    text: 'The inspector pointed out that the crane had no licence.',
    expected: [{ kind: 'indirect', content: 'the crane had no licence', cue: 'pointed', source: 'The inspector' }],
  },
  {
    name: '"pointed out" set off by commas inside the reported sentence',
    text: 'Most of the cranes, the report pointed out, had no licence at all.',
    expected: [{ kind: 'indirect', content: 'had no licence', cue: 'pointed', source: 'the report' }],
  },
  {
    name: '"pointed at" reports nothing',
    text: 'She pointed at the crane on the pier.',
    expected: [],
    notCues: ['pointed'],
  },
];

describe.each([
  ['citing a reason or a source', CITING],
  ['a cue with its particle', PARTICLES],
  ['quoted as saying', QUOTED_AS_SAYING],
  ['an auxiliary before the cue', AUXILIARIES],
  ['a cue word used as a noun', CUE_NOUNS],
  ['a quotation continuing a speaker', CONTINUED_QUOTES],
  ['a noun phrase after the cue', NOUN_PHRASE_OBJECTS],
  ['a participle after the main clause', PARTICIPLES],
  ['naming is not speech', NAMING],
])('findAttributions: %s', (_kind, cases) => {
  it.each(cases)('$name', (testCase) => expectCase(testCase));
});
