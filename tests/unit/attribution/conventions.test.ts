import { describe, it } from 'vitest';
import { expectCase, type Case } from '../../support/attributionCases';

/**
 * The conventions settled in round 2 of the annotation guide (docs/attribution-annotation-guide.md,
 * decisions 13-17), each beside the checker error it corrects. Texts are invented for Galley; none is
 * taken from an evaluation set.
 */

/** Decision 13: a hedge on a clause is an attribution with no source; on a word in a noun phrase it is not. */
const HEDGES: Case[] = [
  {
    name: 'a hedge on the verb of a report with its own source and cue is that one report, not two',
    text: 'The harbour board reportedly said a new crane would need approval from the port authority.',
    expected: [{ kind: 'indirect', content: 'a new crane would need approval', cue: 'said', source: 'The harbour board' }],
    notCues: ['reportedly'],
  },
  {
    name: 'a hedge whose clause holds a participle report is that report',
    text: 'Moreno reportedly posted several messages online suggesting she had been threatened before the vote.',
    expected: [{ kind: 'indirect', content: 'she had been threatened', cue: 'suggesting' }],
    notCues: ['reportedly'],
  },
  {
    name: 'a hedge on an adjective inside a noun phrase reports no clause',
    text: 'On Monday the appeals court overturned the fines imposed over an allegedly rigged tender for school buses.',
    expected: [],
    notCues: ['allegedly'],
  },
  {
    name: 'a hedge on a participle before a noun reports no clause',
    text: 'Inspectors closed the market after finding reportedly contaminated fish stalls near the gate.',
    expected: [],
    notCues: ['reportedly'],
  },
  {
    name: 'a hedge on a clause of its own is still an attribution with no source',
    text: 'The ferry reportedly left the harbour two hours late, and the council says it will review the timetable.',
    expected: [{ kind: 'unattributed', content: 'left the harbour two hours late', cue: 'reportedly', source: null }],
  },
];

/** Decision 14: a noun-phrase object is content when it states something, not when it only points back. */
const POINTING_OBJECTS: Case[] = [
  {
    name: '"announced this change" points back: nothing reported',
    text: 'The mayor announced this change at a rally on Friday, despite criticism from the opposition who questioned the cost.',
    expected: [],
    notCues: ['announced'],
  },
  {
    name: '"disclosed the matter to regulators" points back: nothing reported',
    text: 'The airline voluntarily disclosed the matter to the aviation regulator on March 3.',
    expected: [],
    notCues: ['disclosed'],
  },
  {
    name: 'a pointer followed by its verb is a clause: "estimated this would take"',
    text: 'The engineer estimated this would take two days.',
    expected: [{ kind: 'indirect', content: 'this would take two days', cue: 'estimated', source: 'The engineer' }],
  },
  {
    name: 'a noun phrase that states a fact is still content: "confirmed four new cases"',
    text: 'The health ministry confirmed four new cases of measles in the capital.',
    expected: [{ kind: 'indirect', content: 'four new cases of measles', cue: 'confirmed', source: 'The health ministry' }],
  },
];

/** Verbs that are speech only with "that" or a quotation: grief, upkeep, perception. */
const NOT_ON_THEIR_OWN: Case[] = [
  {
    name: '"was mourned by" is grief, not a report',
    text: 'The poet’s death was mourned by readers across the country.',
    expected: [],
    notCues: ['mourned'],
  },
  {
    name: '"maintains a register" is upkeep, not a report',
    text: 'The ministry maintains a register of licensed dealers in every province.',
    expected: [],
    notCues: ['maintains'],
  },
  {
    name: '"maintains a position that ..." still reports the clause',
    text: 'Ankara maintains a position that only the northern administration may drill near the island.',
    expected: [{ kind: 'indirect', content: 'only the northern administration may drill', cue: 'maintains', source: 'Ankara' }],
  },
  {
    name: '"observed eleven proteins" is perception, not a report',
    text: 'In her experiments, Dr Lind observed eleven proteins in the sample and grew each of them in yeast.',
    expected: [],
    notCues: ['observed'],
  },
  {
    name: '"observed that ..." reports the clause',
    text: 'Dr Lind observed that the proteins folded faster in cold water.',
    expected: [{ kind: 'indirect', content: 'the proteins folded faster', cue: 'observed', source: 'Dr Lind' }],
  },
];

/** A cue word that is no verb of this sentence's report. */
const NOT_A_REPORTING_VERB: Case[] = [
  {
    name: 'a participle after a preposition is an adjective: "amongst reported incidents"',
    text: 'Amongst reported incidents of fraud in the region, two officials were convicted last year.',
    expected: [],
    notCues: ['reported'],
  },
  {
    name: 'an "-ing" cue as the object of another verb names the act: "to mandate reporting abuses"',
    text: 'Bishop Alvarez approved new diocesan rules to mandate reporting financial abuses to the diocese auditors.',
    expected: [],
    notCues: ['reporting'],
  },
  {
    name: '"kept saying that ..." still reports the clause',
    text: 'The coach kept saying that the team would recover.',
    expected: [{ kind: 'indirect', content: 'the team would recover', cue: 'saying' }],
  },
  {
    name: 'a thing "called" a name after a preposition: "into sequences called plasmids"',
    text: 'She then spliced the genes into circular sequences called plasmids, which she inserted into bacteria.',
    expected: [],
    notCues: ['called'],
  },
];

describe.each([
  ['hedges (decision 13)', HEDGES],
  ['objects that point back (decision 14)', POINTING_OBJECTS],
  ['verbs that report only with "that" or a quotation', NOT_ON_THEIR_OWN],
  ['cue words that are not the report\'s verb', NOT_A_REPORTING_VERB],
])('findAttributions: %s', (_kind, cases) => {
  it.each(cases)('$name', (testCase) => expectCase(testCase));
});

/** Decisions 15 and 16: findings of studies, and the wording of documents, signs and placards. */
const DOCUMENTS_AND_FINDINGS: Case[] = [
  {
    name: 'a survey that "showed that ..." is a source like a person',
    text: 'The county survey showed that most voters backed the school levy.',
    expected: [{ kind: 'indirect', content: 'most voters backed the school levy', cue: 'showed', source: 'The county survey' }],
  },
  {
    name: 'a figure that shows a thing reports no clause',
    text: 'The chart shows a fall in burglaries since spring.',
    expected: [],
    notCues: ['shows'],
  },
  {
    name: 'placards that "read" a sentence in quotation marks are its source',
    text: 'Outside the clinic, placards read "Hands off our clinic, hands off our town."',
    expected: [{ kind: 'direct', content: 'Hands off our clinic', cue: 'read', source: 'placards' }],
  },
  {
    name: 'someone who read a book reports nothing',
    text: 'She read the book to the children before the storm.',
    expected: [],
    notCues: ['read'],
  },
];

describe('findAttributions: documents, signs and findings (decisions 15 and 16)', () => {
  it.each(DOCUMENTS_AND_FINDINGS)('$name', (testCase) => expectCase(testCase));
});

/** Reports carried by a participle or an infinitive the checker did not know. */
const CARRIED_REPORTS: Case[] = [
  {
    name: '", stating ..." after the main clause reports what follows, with the clause\'s subject as source',
    text: 'Mayor Ruiz thanked the volunteers on the radio, stating she was "proud of every one of them" after the flood.',
    expected: [{ kind: 'mixed', content: 'she was "proud of every one of them"', cue: 'stating', source: 'Mayor Ruiz' }],
  },
  {
    name: '"went on to say" carries the report on: the subject before "went" is the source',
    text: 'Judge Ames went on to say the sentence was lighter because both had admitted the thefts early.',
    expected: [{ kind: 'indirect', content: 'the sentence was lighter', cue: 'say', source: 'Judge Ames' }],
  },
  {
    name: '"declined to say" reports nothing',
    text: 'The minister declined to say whether the plant would close.',
    expected: [],
    notCues: ['say'],
  },
];

describe('findAttributions: reports carried by a participle or an infinitive', () => {
  it.each(CARRIED_REPORTS)('$name', (testCase) => expectCase(testCase));
});

/** "Claimed" in the sense of taking lives (decision 16). */
const TAKEN_LIVES: Case[] = [
  {
    name: '"the disease has claimed 6,606 lives" is a death toll, not a claim',
    text: 'Worldwide, the disease has claimed 6,606 lives since January.',
    expected: [],
    notCues: ['claimed'],
  },
  {
    name: '"claimed that" is still a claim, whatever nouns follow',
    text: 'The insurer claimed that its lives cover was the cheapest in the state.',
    expected: [{ kind: 'indirect', content: 'its lives cover was the cheapest', cue: 'claimed', source: 'The insurer' }],
  },
];

describe('findAttributions: claimed lives', () => {
  it.each(TAKEN_LIVES)('$name', (testCase) => expectCase(testCase));
});
