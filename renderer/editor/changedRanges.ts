import type { Transaction } from '@tiptap/pm/state';

/** The ranges a transaction changed, in the new document's positions, one per replaced span of each step. */
export function changedRanges(tr: Transaction): [from: number, to: number][] {
  const ranges: [from: number, to: number][] = [];
  tr.mapping.maps.forEach((map, index) => {
    const after = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push([after.map(newStart, -1), after.map(newEnd, 1)]));
  });
  return ranges;
}
