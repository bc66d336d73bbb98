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
  const matches = findMatches(doc, 'grain');
  expect(matches).toHaveLength(4);
  for (const { from, to } of matches) expect(doc.textBetween(from, to).toLowerCase()).toBe('grain');
});

it('finds nothing for an empty query or across blocks', () => {
  expect(findMatches(doc, '')).toEqual([]);
  expect(findMatches(doc, 'GRAIN More')).toEqual([]);
});
