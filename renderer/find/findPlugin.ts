import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches, type Match } from '../../src/editor/findMatches';

export interface FindState {
  query: string;
  matches: Match[];
  /** Index of the current match in `matches`; -1 when there is none. */
  current: number;
  decorations: DecorationSet;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findInStory: {
      /** Highlights every match of `query` (case-insensitive); an empty query ends the search. */
      setFindQuery: (query: string) => ReturnType;
      /** Selects the next (or previous) match and scrolls to it. */
      findNext: (backwards?: boolean) => ReturnType;
      replaceMatch: (replacement: string) => ReturnType;
      replaceAllMatches: (replacement: string) => ReturnType;
    };
  }
}

export const findKey = new PluginKey<FindState>('findInStory');

type FindMeta = { query: string } | { current: number };

function decorate(state: EditorState, matches: Match[], current: number): DecorationSet {
  return DecorationSet.create(
    state.doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === current ? 'find-match find-current' : 'find-match' })),
  );
}

/** The first match at or after `pos`, wrapping to the first. */
function matchFrom(matches: Match[], pos: number): number {
  if (matches.length === 0) return -1;
  const at = matches.findIndex((m) => m.from >= pos);
  return at < 0 ? 0 : at;
}

function applyFind(tr: Transaction, value: FindState, _old: EditorState, state: EditorState): FindState {
  const meta = tr.getMeta(findKey) as FindMeta | undefined;
  const query = meta && 'query' in meta ? meta.query : value.query;
  if (!query) return value.query ? { query: '', matches: [], current: -1, decorations: DecorationSet.empty } : value;
  if (!meta && !tr.docChanged) return value;
  // Searching again is a walk over the text: only while the find bar holds a query.
  const matches = tr.docChanged || (meta && 'query' in meta) ? findMatches(state.doc, query) : value.matches;
  const current = meta && 'current' in meta ? meta.current : matchFrom(matches, state.selection.from);
  return { query, matches, current, decorations: decorate(state, matches, current) };
}

function selectMatch(tr: Transaction, matches: Match[], index: number): Transaction {
  const match = matches[index];
  return tr.setMeta(findKey, { current: index } satisfies FindMeta).setSelection(TextSelection.create(tr.doc, match.from, match.to)).scrollIntoView();
}

/** Find and replace in the story body: matches are decorations, the current one is selected. */
export const FindInStory = Extension.create({
  name: 'findInStory',

  addCommands() {
    return {
      setFindQuery:
        (query) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findKey, { query } satisfies FindMeta).setMeta('addToHistory', false);
          return true;
        },
      findNext:
        (backwards = false) =>
        ({ state, tr, dispatch }) => {
          const find = findKey.getState(state);
          if (!find || find.matches.length === 0) return false;
          const count = find.matches.length;
          const index = find.current < 0 ? 0 : (find.current + (backwards ? count - 1 : 1)) % count;
          if (dispatch) selectMatch(tr, find.matches, index);
          return true;
        },
      replaceMatch:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findKey.getState(state);
          const match = find?.matches[find.current];
          if (!match) return false;
          if (dispatch) {
            tr.insertText(replacement, match.from, match.to);
            // Move on to the next match after the replaced text, as word processors do.
            const next = findMatches(tr.doc, find.query);
            if (next.length > 0) selectMatch(tr, next, matchFrom(next, match.from + replacement.length));
          }
          return true;
        },
      replaceAllMatches:
        (replacement) =>
        ({ state, tr, dispatch }) => {
          const find = findKey.getState(state);
          if (!find || find.matches.length === 0) return false;
          // From the end, so earlier positions stay valid; one transaction, so one undo.
          if (dispatch) for (const match of [...find.matches].reverse()) tr.insertText(replacement, match.from, match.to);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => ({ query: '', matches: [], current: -1, decorations: DecorationSet.empty }),
          apply: applyFind,
        },
        props: { decorations: (state) => findKey.getState(state)?.decorations },
      }),
    ];
  },
});
