/**
 * Subtle marks on the quotes in the body, as ProseMirror decorations: drawn over the text, never
 * part of the document, so they are never saved, exported or undone. The pane sets them after
 * each idle-time check, and only when they differ from what is drawn; between checks they follow
 * the text through each edit's mapping, which costs a keystroke next to nothing. Only the marks
 * near the screen are drawn (see nearScreen): a long story holds hundreds of quotes.
 */
import { Extension } from '@tiptap/core';
import type { Node } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { drawnNear, followScreen, mapSpan, nearScreen, type Span } from '../editor/nearScreen';

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
  /** Where marks are drawn: the part of the body near the screen. */
  near: Span;
  /** The quotes in `near`, plus the active one's mark wherever it is: what the view draws. */
  shown: DecorationSet;
}

type HighlightMeta = { ranges: HighlightRange[]; near: Span | null } | { active: number | null } | { near: Span };

/** What each quote decoration carries: its finding's index, and its classes to compare against the next check. */
interface QuoteSpec {
  index: number;
  className: string;
}

const key = new PluginKey<HighlightState>('reviewHighlights');

const quoteClass = (range: HighlightRange) => `review-quote ${range.className}`.trim();

function drawnState(quotes: DecorationSet, active: number | null, near: Span, doc: Node): HighlightState {
  const visible = drawnNear(quotes, near, doc);
  if (active === null) return { quotes, active, near, shown: visible };
  const found = quotes.find(undefined, undefined, (spec) => spec.index === active);
  return { quotes, active, near, shown: visible.add(doc, found.map((d) => Decoration.inline(d.from, d.to, { class: 'review-active' }, { index: -1 }))) };
}

export const ReviewHighlights = Extension.create({
  name: 'reviewHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key,
        state: {
          // Until the view has measured the screen (and where it cannot), marks are drawn everywhere.
          init: (_config, state) => ({ quotes: DecorationSet.empty, active: null, near: [0, state.doc.content.size], shown: DecorationSet.empty }),
          apply(tr, state) {
            const meta = tr.getMeta(key) as HighlightMeta | undefined;
            if (!meta && !tr.docChanged) return state;
            const quotes = tr.docChanged ? state.quotes.map(tr.mapping, tr.doc) : state.quotes;
            const near = meta && 'near' in meta && meta.near ? meta.near : mapSpan(state.near, tr);
            if (!meta) return { ...state, quotes, near, shown: state.shown.map(tr.mapping, tr.doc) };
            if ('active' in meta) return drawnState(quotes, meta.active, near, tr.doc);
            if (!('ranges' in meta)) return drawnState(quotes, state.active, near, tr.doc);
            const decorations = meta.ranges
              .map((range, index) => ({ range, index }))
              .filter(({ range }) => range.from < range.to)
              .map(({ range, index }) => Decoration.inline(range.from, range.to, { class: quoteClass(range) }, { index, className: quoteClass(range) } satisfies QuoteSpec));
            return drawnState(DecorationSet.create(tr.doc, decorations), null, near, tr.doc);
          },
        },
        view: (view) => ({
          destroy: followScreen(
            view,
            () => key.getState(view.state)?.near,
            (near) => view.dispatch(view.state.tr.setMeta(key, { near } satisfies HighlightMeta).setMeta('addToHistory', false)),
          ),
        }),
        props: {
          decorations: (state) => key.getState(state)?.shown ?? null,
        },
      }),
    ];
  },
});

/** Whether the quote marks drawn now are exactly `ranges` (mapped through the edits since they were set). */
function drawn(view: EditorView, ranges: readonly HighlightRange[]): boolean {
  const state = key.getState(view.state);
  if (!state) return false;
  const current = new Map(state.quotes.find().map((d) => [(d.spec as QuoteSpec).index, d]));
  let wanted = 0;
  for (const [index, range] of ranges.entries()) {
    if (range.from >= range.to) continue;
    wanted++;
    const d = current.get(index);
    if (!d || d.from !== range.from || d.to !== range.to || (d.spec as QuoteSpec).className !== quoteClass(range)) return false;
  }
  return wanted === current.size;
}

/**
 * Replaces the quote marks (an empty list removes them). Not an edit: kept out of the undo history.
 * Nothing is dispatched when they are already drawn: a new set makes the view compare every
 * marked paragraph again, for nothing.
 */
export function setHighlights(view: EditorView, ranges: HighlightRange[]): void {
  if (drawn(view, ranges)) return;
  view.dispatch(view.state.tr.setMeta(key, { ranges, near: nearScreen(view) } satisfies HighlightMeta).setMeta('addToHistory', false));
}

/** Shows one finding as active, or none, and returns its current range. */
export function setActiveHighlight(view: EditorView, index: number | null): { from: number; to: number } | null {
  view.dispatch(view.state.tr.setMeta(key, { active: index } satisfies HighlightMeta).setMeta('addToHistory', false));
  const state = key.getState(view.state);
  if (!state || index === null) return null;
  const [found] = state.quotes.find(undefined, undefined, (spec) => spec.index === index);
  return found ? { from: found.from, to: found.to } : null;
}
