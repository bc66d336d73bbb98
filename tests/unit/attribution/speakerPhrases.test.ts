import { describe, it } from 'vitest';
import { expectCase, type Case } from '../../support/attributionCases';

/**
 * Round 3 of issue 20: the words before or after a cue that hold a verb of their own are a
 * predicate or a report, not a speaker; wink-nlp's part-of-speech tags tell them apart. Texts are
 * invented for Galley; none is taken from an evaluation set.
 */
const SPEAKER_PHRASES: Case[] = [
  {
    name: 'a relative clause between a name and the cue leaves the name as the speaker',
    text: 'Harbour commissioner Lena Ortiz who drafted the proposal remarked the plan could not start before spring.',
    expected: [{ kind: 'indirect', content: 'the plan could not start', cue: 'remarked', source: 'Harbour commissioner Lena Ortiz' }],
  },
  {
    name: 'a participle after a verb and its object reports for the subject of that verb',
    text: 'He also shared an unverified rumour suggesting the mayor had quietly sold the harbour land.',
    expected: [{ kind: 'indirect', content: 'the mayor had quietly sold', cue: 'suggesting', source: 'He' }],
  },
  {
    name: 'a document the verb produced is the source of the participle after it',
    text: 'On Monday, two fishing crews filed a lawsuit claiming the harbour fees were unlawful.',
    expected: [{ kind: 'indirect', content: 'the harbour fees were unlawful', cue: 'claiming', source: 'a lawsuit' }],
  },
  {
    name: 'an appositive naming a relation ("Name, X\'s mother,") leaves the name as the speaker; the hearer after "told" is not',
    text: 'Maria Quint, Daniel Quint\'s sister, told reporters she accepted the verdict.',
    expected: [{ kind: 'indirect', content: 'she accepted the verdict', cue: 'told', source: 'Maria Quint' }],
  },
  {
    name: 'an ordinal opening the sentence is not the subject of a participle report',
    text: 'First, she mixed up the figures, claiming 9,000 people had left the island.',
    expected: [{ kind: 'indirect', content: '9,000 people had left the island', cue: 'claiming', source: 'she' }],
  },
  {
    name: 'a long circumstance between a name and its cue is set off like an appositive',
    text: 'Okafor, on the phone after the four-hour crossing to the outer island, said, "It was calm all the way."',
    expected: [{ kind: 'direct', content: 'It was calm', cue: 'said', source: 'Okafor' }],
  },
  {
    name: 'a verb that is speech only beside a quote may close its sentence with a prepositional phrase',
    text: '"There were fewer boats then, so everyone knew each other," Brandt observed during a talk at the maritime museum.',
    expected: [{ kind: 'direct', content: 'There were fewer boats', cue: 'observed', source: 'Brandt' }],
  },
  {
    name: 'a quote after a second cue joined by "and" shares the first cue\'s subject',
    text: 'The harbour master, Rosa Lind, called it "a retrograde step" and said "a town like this cannot lose its ferry."',
    expected: [{ kind: 'direct', content: 'a town like this', cue: 'said', speaker: 'Rosa Lind' }],
  },
];

describe('findAttributions: speaker phrases that hold a verb', () => {
  it.each(SPEAKER_PHRASES)('$name', (testCase) => expectCase(testCase));
});
