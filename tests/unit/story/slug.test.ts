import { expect, it } from 'vitest';
import { normaliseSlug } from '../../../src/story/slug';

it.each([
  ['Council budget vote', 'upper', 'COUNCIL-BUDGET-VOTE'],
  ['council-Budget_VOTE', 'lower', 'council-budget-vote'],
  ['Côte d’Ivoire  poll!', 'upper', 'COTE-D-IVOIRE-POLL'],
  ['  -Flood--wall- ', 'as-typed', 'Flood-wall'],
  ['G7 summit 2026', 'upper', 'G7-SUMMIT-2026'],
  ['A-VERY-LONG-SLUG-THAT-IS-OVER-THE-LIMIT', 'upper', 'A-VERY-LONG-SLUG-THAT-IS-OVER-THE-LIMIT'],
  ['…', 'upper', ''],
] as const)('%s, %s: %s', (typed, slugCase, expected) => {
  expect(normaliseSlug(typed, slugCase)).toBe(expected);
});
