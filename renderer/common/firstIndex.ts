/** The first index in [0, count) for which `past` holds, where `past` is false then true along the indices; `count` when none. A bisection. */
export function firstIndex(count: number, past: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (past(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
