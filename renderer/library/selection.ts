// The library's multiple selection, as file managers do it: a click selects one row, Ctrl/Cmd+click
// adds or removes one, Shift+click selects the rows between the anchor (the last row clicked
// alone or toggled) and this one, Ctrl/Cmd+A selects every row shown. Pure, so the rules are
// tested without a page.

export interface Selection {
  readonly ids: ReadonlySet<string>;
  /** Where a Shift+click range starts; null before any click. */
  readonly anchor: string | null;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null };

export interface ClickKeys {
  /** Ctrl (Cmd on a Mac), or a click on the row's checkbox: add or remove this row only. */
  toggle: boolean;
  /** Shift: the range from the anchor. */
  range: boolean;
}

/** The ids from `from` to `to` inclusive, in list order; just `to` when `from` is not shown. */
function between(order: readonly string[], from: string | null, to: string): string[] {
  const start = from === null ? -1 : order.indexOf(from);
  const end = order.indexOf(to);
  if (start < 0 || end < 0) return [to];
  return order.slice(Math.min(start, end), Math.max(start, end) + 1);
}

/** The selection after a click on row `id` of the rows shown in `order`. */
export function clickRow(selection: Selection, order: readonly string[], id: string, keys: ClickKeys): Selection {
  if (keys.range) {
    const range = between(order, selection.anchor, id);
    // Shift+click replaces the selection with the range; with Ctrl/Cmd too it adds the range.
    const ids = new Set(keys.toggle ? [...selection.ids, ...range] : range);
    return { ids, anchor: selection.anchor ?? id };
  }
  if (keys.toggle) {
    const ids = new Set(selection.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: id };
  }
  return { ids: new Set([id]), anchor: id };
}

/** Every row shown. */
export function selectAll(order: readonly string[], selection: Selection): Selection {
  return { ids: new Set(order), anchor: selection.anchor ?? order[0] ?? null };
}

