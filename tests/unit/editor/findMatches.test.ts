import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { expect, it } from 'vitest';
import { findMatches } from '../../../src/editor/findMatches';
import { storyExtensions } from '../../../src/editor/storyExtensions';

const schema = getSchema(storyExtensions());
const doc = ProseMirrorNode.fromJSON(schema, {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Grain deal: the grain ' }, { type: 'hardBreak' }, { type: 'text', text: 'GRAIN' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'More grain' }] },
  ],
});

it('finds every occurrence, ignoring case, with document positions', () => {
  const matches = findMatches(doc, { text: 'grain' });
  expect(matches).toHaveLength(4);
  for (const { from, to } of matches) expect(doc.textBetween(from, to).toLowerCase()).toBe('grain');
});

it('finds nothing for an empty query or across blocks', () => {
  expect(findMatches(doc, { text: '' })).toEqual([]);
  expect(findMatches(doc, { text: 'GRAIN More' })).toEqual([]);
});

const sentence = ProseMirrorNode.fromJSON(schema, {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The vote: them, another, the end. Théo the3 the' }] }],
});
/** Each match with the character on either side, to show what it sits in. */
const found = (query: Parameters<typeof findMatches>[1]) => findMatches(sentence, query).map(({ from, to }) => sentence.textBetween(Math.max(1, from - 1), Math.min(sentence.content.size - 1, to + 1)));

it.each([
  ['any case, inside words', { text: 'the' }, ['The ', ' them', 'other', ' the ', ' the3', ' the']],
  ['match case', { text: 'The', matchCase: true }, ['The ']],
  ['whole words', { text: 'the', wholeWords: true }, ['The ', ' the ', ' the']],
  ['whole words and match case', { text: 'the', wholeWords: true, matchCase: true }, [' the ', ' the']],
  ['whole words next to an accented letter', { text: 'Th', wholeWords: true }, []],
])('%s', (_name, query, expected) => {
  expect(found(query)).toEqual(expected);
});
