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

describe.each([['citing a reason or a source', CITING]])('findAttributions: %s', (_kind, cases) => {
  it.each(cases)('$name', (testCase) => expectCase(testCase));
});
