import { describe, expect, it } from 'vitest';
import { clickRow, NO_SELECTION, selectAll, type Selection } from '../../../renderer/library/selection';

const ORDER = ['a', 'b', 'c', 'd', 'e'];
const plain = { toggle: false, range: false };
const toggle = { toggle: true, range: false };
const range = { toggle: false, range: true };
/** The selected rows in list order. */
const ids = (selection: Selection) => ORDER.filter((id) => selection.ids.has(id));

describe('library selection, as a file manager does it', () => {
  it('a click selects that row alone, whatever was selected', () => {
    const two = clickRow(clickRow(NO_SELECTION, ORDER, 'a', plain), ORDER, 'c', toggle);
    expect(ids(clickRow(two, ORDER, 'd', plain))).toEqual(['d']);
  });

  it('Ctrl/Cmd+click adds a row, and a second one takes it out again', () => {
    const one = clickRow(NO_SELECTION, ORDER, 'b', plain);
    const two = clickRow(one, ORDER, 'd', toggle);
    expect(ids(two)).toEqual(['b', 'd']);
    expect(ids(clickRow(two, ORDER, 'b', toggle))).toEqual(['d']);
  });

  it('Shift+click selects from the anchor to the row, downwards or upwards, replacing the rest', () => {
    const anchored = clickRow(clickRow(NO_SELECTION, ORDER, 'a', plain), ORDER, 'c', toggle);
    expect(ids(clickRow(anchored, ORDER, 'e', range))).toEqual(['c', 'd', 'e']);
    expect(ids(clickRow(anchored, ORDER, 'a', range))).toEqual(['a', 'b', 'c']);
    // A second Shift+click moves the end of the range; the anchor stays.
    expect(ids(clickRow(clickRow(anchored, ORDER, 'e', range), ORDER, 'd', range))).toEqual(['c', 'd']);
  });

  it('Ctrl/Cmd+Shift+click adds the range to what was selected', () => {
    const start = clickRow(clickRow(NO_SELECTION, ORDER, 'a', plain), ORDER, 'd', toggle);
    expect(ids(clickRow(start, ORDER, 'e', { toggle: true, range: true }))).toEqual(['a', 'd', 'e']);
  });

  it('Shift+click with no anchor, or one filtered out of the list, selects just the row', () => {
    expect(ids(clickRow(NO_SELECTION, ORDER, 'c', range))).toEqual(['c']);
    const hidden: Selection = { ids: new Set(['z']), anchor: 'z' };
    expect(ids(clickRow(hidden, ORDER, 'b', range))).toEqual(['b']);
  });

  it('select all takes every row shown and keeps the anchor', () => {
    const all = selectAll(ORDER, clickRow(NO_SELECTION, ORDER, 'd', plain));
    expect(ids(all)).toEqual(ORDER);
    expect(all.anchor).toBe('d');
  });
});
