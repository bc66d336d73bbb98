import { describe, expect, it } from 'vitest';
import { batchSummary, refusals, type BatchOutcome } from '../../../renderer/library/batchSummary';

const done = (id: string): BatchOutcome => ({ id, name: id.toUpperCase(), result: 'done' });

describe('a batch told in one line', () => {
  it('counts what was done and names what was refused, with the reasons listed apart', () => {
    const outcomes: BatchOutcome[] = [done('a'), done('b'), done('c'), { id: 'k', name: 'OLD-FIRE', result: 'refused', reason: 'This story was killed.' }];
    expect(batchSummary({ done: 'moved to Trash' }, outcomes)).toBe('3 moved to Trash; 1 refused: OLD-FIRE.');
    expect(refusals(outcomes)).toEqual([{ id: 'k', text: 'OLD-FIRE: This story was killed.' }]);
  });

  it('says what was already as asked, and what a Cancel left untried', () => {
    const outcomes: BatchOutcome[] = [done('a'), { id: 'b', name: 'B', result: 'unchanged' }];
    expect(batchSummary({ done: 'set to ready', unchanged: 'already ready' }, outcomes, 2)).toBe('1 set to ready; 1 already ready; 2 not tried (cancelled).');
  });

  it('says 0 done when everything was refused', () => {
    const outcomes: BatchOutcome[] = [
      { id: 'x', name: 'X', result: 'refused', reason: 'r1' },
      { id: 'y', name: 'Y', result: 'refused', reason: 'r2' },
    ];
    expect(batchSummary({ done: 'set to draft' }, outcomes)).toBe('0 set to draft; 2 refused: X, Y.');
  });
});
