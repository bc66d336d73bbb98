/**
 * Subtle marks on the quotes in the body, as ProseMirror decorations: drawn over the text, never
 * part of the document, so they are never saved, exported or undone. The pane sets them after
 * each idle-time check; between checks they follow the text through each edit's mapping, which
 * costs a keystroke next to nothing.
 */
import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

export interface HighlightRange {
  from: number;
  to: number;
  /** Extra classes: review-unattributed, review-anonymous, review-not-quote. */
  className: string;
}

interface HighlightState {
  quotes: DecorationSet;
  /** The finding shown as active (hovered or clicked), by its index in the ranges. */
  active: number | null;
  /** `quotes` plus the active one's mark: what the view draws. */
  shown: DecorationSet;
}

type HighlightMeta = { ranges: HighlightRange[] } | { active: number | null };

const key = new PluginKey<HighlightState>('reviewHighlights');

function withActive(quotes: DecorationSet, active: number | null, doc: Node): HighlightState {
  if (active === null) return { quotes, active, shown: quotes };
  const found = quotes.find(undefined, undefined, (spec) => spec.index === active);
  return { quotes, active, shown: quotes.add(doc, found.map((d) => Decoration.inline(d.from, d.to, { class: 'review-active' }, { index: -1 }))) };
}

export const ReviewHighlights = Extension.create({
  name: 'reviewHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key,
        state: {
          init: () => ({ quotes: DecorationSet.empty, active: null, shown: DecorationSet.empty }),
          apply(tr, state) {
            const meta = tr.getMeta(key) as HighlightMeta | undefined;
            if (!meta) return tr.docChanged ? { ...state, quotes: state.quotes.map(tr.mapping, tr.doc), shown: state.shown.map(tr.mapping, tr.doc) } : state;
            const quotes = tr.docChanged ? state.quotes.map(tr.mapping, tr.doc) : state.quotes;
            if ('active' in meta) return withActive(quotes, meta.active, tr.doc);
            const decorations = meta.ranges
              .map((range, index) => ({ range, index }))
              .filter(({ range }) => range.from < range.to)
              .map(({ range, index }) => Decoration.inline(range.from, range.to, { class: `review-quote ${range.className}`.trim() }, { index }));
            return withActive(DecorationSet.create(tr.doc, decorations), null, tr.doc);
          },
        },
        props: {
          decorations: (state) => key.getState(state)?.shown ?? null,
        },
      }),
    ];
  },
});

/** Replaces the quote marks (an empty list removes them). Not an edit: kept out of the undo history. */
export function setHighlights(view: EditorView, ranges: HighlightRange[]): void {
  view.dispatch(view.state.tr.setMeta(key, { ranges } satisfies HighlightMeta).setMeta('addToHistory', false));
}

/** Shows one finding as active, or none, and returns its current range. */
export function setActiveHighlight(view: EditorView, index: number | null): { from: number; to: number } | null {
  view.dispatch(view.state.tr.setMeta(key, { active: index } satisfies HighlightMeta).setMeta('addToHistory', false));
  const state = key.getState(view.state);
  if (!state || index === null) return null;
  const [found] = state.quotes.find(undefined, undefined, (spec) => spec.index === index);
  return found ? { from: found.from, to: found.to } : null;
}
