import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/attribution';
import { expectCase, type Case } from '../../support/attributionCases';

const CASES: Case[] = [
  {
    name: 'straight double quotes, speaker before the cue',
    text: '"We will rebuild the bridge by spring," Mayor Ana Ruiz said.',
    expected: [{ kind: 'direct', content: 'We will rebuild', cue: 'said', source: 'Mayor Ana Ruiz', speaker: 'Ana Ruiz' }],
  },
  {
    name: 'curly quotes, inverted cue ("said Smith")',
    text: '“Prices will keep rising this winter,” said Kyle Brandt, an analyst at Fenwick Securities.',
    expected: [{ kind: 'direct', content: 'Prices will keep rising', cue: 'said', source: 'Kyle Brandt', speaker: 'Kyle Brandt' }],
  },
  {
    name: 'single quotes nested in double quotes',
    text: '"He told me, \'Trust the process,\' and I did," Castellano said.',
    expected: [{ kind: 'direct', content: "'Trust the process,' and I did", cue: 'said', source: 'Castellano' }],
  },
  {
    name: 'guillemets with a Spanish cue and nested curly quotes',
    text: '«Hay quien habla de “solidaridad flexible”, pero no es solidaridad», afirmó el ministro José Luis Herrera.',
    expected: [{ kind: 'direct', content: 'solidaridad flexible', cue: 'afirmó', source: 'el ministro José Luis Herrera', speaker: 'José Luis Herrera' }],
  },
  {
    name: 'German „ “ marks',
    text: '„Wir lassen uns nicht erpressen“, said Martin Seiler, the company’s personnel chief.',
    expected: [{ kind: 'direct', content: 'Wir lassen uns nicht erpressen', cue: 'said', source: 'Martin Seiler' }],
  },
  {
    name: 'quote split around the cue is one finding',
    text: '"We will," he said, "win." Earlier, Coach Marco Bellini had been cautious.',
    expected: [{ kind: 'direct', content: '"We will," he said, "win."', cue: 'said', source: 'he' }],
  },
  {
    name: 'cue and source before a colon',
    text: 'The Port Authority said in a statement: "We remain available for talks at any moment."',
    expected: [{ kind: 'direct', content: 'We remain available', cue: 'said', source: 'The Port Authority' }],
  },
  {
    name: 'colon introduction with no verb',
    text: 'Mayor Denise Alvarado was blunt: "We cannot heat half-empty buildings any longer."',
    expected: [{ kind: 'direct', content: 'We cannot heat', cue: ':', source: 'Mayor Denise Alvarado', speaker: 'Denise Alvarado' }],
  },
  {
    name: 'cue at the end of a paragraph introduces the next paragraph',
    text: 'The ministry said in a statement:\n\n"Such remarks are unacceptable and must be withdrawn."',
    expected: [{ kind: 'direct', content: 'Such remarks are unacceptable', cue: 'said', source: 'The ministry' }],
  },
  {
    name: 'multi-paragraph quote: no closing mark, next paragraph reopens',
    text: '"I did not run to close schools," Alvarado said. "But every other option cuts teachers.\n\n"Our children deserve teachers more than empty classrooms."\n\nThe council votes in May.',
    expected: [{ kind: 'direct', content: 'Our children deserve teachers', cue: 'said', source: 'Alvarado' }],
  },
  {
    name: 'pronoun speaker resolved to the nearest compatible name',
    text: 'Ukrainian President Volodymyr Zelensky met Prime Minister Maria Lund on Monday. "Every delay costs lives," he said.',
    expected: [{ kind: 'direct', content: 'Every delay', source: 'he', speaker: 'Volodymyr Zelensky' }],
  },
  {
    name: 'she resolves past a nearer man',
    text: 'Sen. Maria Castellano spoke after Sen. Paul Whitaker. "I will vote no," she said.',
    expected: [{ kind: 'direct', content: 'I will vote no', source: 'she', speaker: 'Maria Castellano' }],
  },
  {
    name: 'title speaker ("the president") resolved',
    text: 'President Volodymyr Zelensky addressed the nation. "We need air defence now," the president said.',
    expected: [{ kind: 'direct', content: 'We need air defence', source: 'the president', speaker: 'Volodymyr Zelensky' }],
  },
  {
    name: 'organisation role ("the ministry") resolved',
    text: 'Ukraine\'s Foreign Ministry summoned the ambassador. "Such statements are unacceptable," the ministry said.',
    expected: [{ kind: 'direct', content: 'Such statements', source: 'the ministry', speaker: 'Foreign Ministry' }],
  },
  {
    name: 'surname resolved to the full name met earlier',
    text: 'Walter Penn joined the Tribune at 19. "I never wanted to leave," Penn said.',
    expected: [{ kind: 'direct', content: 'never wanted', source: 'Penn', speaker: 'Walter Penn' }],
  },
  {
    name: 'quote paragraph with no cue continues the previous speaker',
    text: '"We lost because we stopped playing," coach Marco Bellini said.\n\n"That is on me, not on the referee."',
    // The annotation guide (docs/attribution-annotation-guide.md, 5): the source is where the speaker was last named.
    expected: [{ kind: 'direct', content: 'That is on me', cue: null, source: 'coach Marco Bellini', speaker: 'Marco Bellini' }],
  },
  {
    name: 'indirect speech with "that"',
    text: 'The National Weather Service said that the river crested at 24.6 feet early Tuesday.',
    expected: [{ kind: 'indirect', content: 'the river crested', cue: 'said', source: 'The National Weather Service' }],
  },
  {
    name: '"X told Y that ..."',
    text: 'Mr. Haddox told reporters that the hole was much smaller than first reported.',
    expected: [{ kind: 'indirect', content: 'the hole was much smaller', cue: 'told', source: 'Mr. Haddox' }],
  },
  {
    name: 'cue after the content ("..., a spokeswoman said")',
    text: 'All but one of the carriages came off the tracks, a spokeswoman said.',
    expected: [{ kind: 'indirect', content: 'All but one of the carriages', cue: 'said', source: 'a spokeswoman', anonymous: true }],
  },
  {
    name: 'mixed quote inside reported speech',
    text: 'Branson stated that the train was "built like a tank" and praised the driver.',
    expected: [{ kind: 'mixed', content: 'built like a tank', cue: 'stated', source: 'Branson' }],
  },
  {
    name: 'according to, after the content',
    text: 'Other services are terminating at Preston, according to National Rail Enquiries.',
    expected: [{ kind: 'according-to', content: 'Other services are terminating', cue: 'according to', source: 'National Rail Enquiries' }],
  },
  {
    name: 'according to, before the content',
    text: 'According to court documents, Lindqvist bought a yacht with investor money.',
    expected: [{ kind: 'according-to', content: 'Lindqvist bought a yacht', cue: 'According to', source: 'court documents' }],
  },
  {
    name: 'Spanish según',
    text: 'Según fuentes municipales, varios colegios permanecerán cerrados el miércoles.',
    expected: [{ kind: 'according-to', content: 'varios colegios', cue: 'Según', source: 'fuentes municipales', anonymous: true }],
  },
  {
    name: 'Spanish indirect cue with que',
    text: 'La Agencia Estatal de Meteorología señaló que las lluvias podrían superar los 150 litros.',
    expected: [{ kind: 'indirect', content: 'las lluvias podrían', cue: 'señaló', source: 'La Agencia Estatal de Meteorología' }],
  },
  {
    name: 'Spanish dropped subject resolves to the last speaker',
    text: '«Estamos más cerca que nunca», dijo Herrera a su llegada.\n\n«Nadie quiere volver a la casilla de salida», aseguró.',
    expected: [
      { kind: 'direct', content: 'Estamos más cerca', cue: 'dijo', source: 'Herrera' },
      { kind: 'direct', content: 'Nadie quiere volver', cue: 'aseguró', source: null, speaker: 'Herrera' },
    ],
  },
  {
    name: 'anonymous plural source',
    text: 'The package could be unveiled next week, officials said.',
    expected: [{ kind: 'indirect', content: 'The package could be unveiled', source: 'officials', anonymous: true }],
  },
  {
    name: '"sources say"',
    text: 'Sources say the White House is weighing measures against shipping companies.',
    expected: [{ kind: 'indirect', content: 'the White House is weighing', cue: 'say', source: 'Sources', anonymous: true }],
  },
  {
    name: 'hedge: reportedly',
    text: 'The Treasury Department is reportedly weighing penalties on intermediaries.',
    expected: [{ kind: 'unattributed', content: 'weighing penalties', cue: 'reportedly', source: null, anonymous: true }],
  },
  {
    name: 'hedge: "is said to"',
    text: 'Some of the banks are said to have moved assets to Dubai.',
    expected: [{ kind: 'unattributed', content: 'moved assets to Dubai', cue: 'are said to have', source: null }],
  },
  {
    name: 'impersonal passive: "It is thought that"',
    text: 'It is thought that one of the collector pipes ruptured years ago.',
    expected: [{ kind: 'unattributed', content: 'one of the collector pipes ruptured', cue: 'It is thought', source: null }],
  },
];

describe('findAttributions: constructs', () => {
  it.each(CASES)('$name', (testCase) => expectCase(testCase));
});

/** Quotation marks that are not speech must not come back as quotes. */
const NOT_SPEECH: { name: string; text: string; marked: string }[] = [
  { name: 'scare quotes', text: 'The senator railed against "woke" policies at the rally.', marked: '"woke"' },
  { name: 'film title', text: 'The film "The Long Field" opened at the top of the box office.', marked: '"The Long Field"' },
  { name: 'title with the comma inside', text: '"The Long Field," the debut feature from Lena Marsh, opened this weekend.', marked: '"The Long Field,"' },
  { name: 'nickname', text: 'The film follows Johnny "Bluebird" Hayes, a retired jockey.', marked: '"Bluebird"' },
  { name: 'quoted document wording', text: 'UNCLOS lets countries exclude themselves from "compulsory binding procedures for the settlement of disputes" as defined in Part XV.', marked: '"compulsory binding' },
  { name: 'so-called term', text: 'Microplastics and so-called "forever chemicals" were found in the samples.', marked: '"forever chemicals"' },
];

describe('findAttributions: quotation marks that are not speech', () => {
  it.each(NOT_SPEECH)('$name is not reported', ({ text, marked }) => {
    const at = text.indexOf(marked);
    const findings = findAttributions(text);
    expect(findings.filter((f) => f.content.start <= at && f.content.end >= at + marked.length && f.content.end - f.content.start <= marked.length + 2)).toEqual([]);
  });
});

describe('findAttributions: output', () => {
  it('returns findings in reading order with confidence between 0 and 1', () => {
    const text = '"First," Ana Ruiz said. Officials said the road was closed. "Second," she said.';
    const findings = findAttributions(text);
    expect(findings.map((f) => f.content.start)).toEqual([...findings.map((f) => f.content.start)].sort((a, b) => a - b));
    for (const f of findings) expect(f.confidence).toBeGreaterThan(0), expect(f.confidence).toBeLessThanOrEqual(1);
  });

  it('is less confident about a resolved pronoun than a written name', () => {
    const [named, pronoun] = findAttributions('"We will win," Ana Ruiz said. "We will not stop," she said.');
    expect(pronoun.confidence).toBeLessThan(named.confidence);
  });
});
