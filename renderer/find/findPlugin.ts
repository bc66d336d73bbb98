import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { findMatches, type FindQuery, type Match } from '../../src/editor/findMatches';
import { firstIndex } from '../common/firstIndex';
import { centerOn } from '../editor/centerOn';
import { changedRanges } from '../editor/changedRanges';
import { followScreen, mapSpan, nearScreen, type Span } from '../editor/nearScreen';

export interface FindState {
  query: FindQuery;
  /** Every match, in document order. */
  matches: Match[];
  /** Index of the current match in `matches`; -1 when there is none. */
  current: number;
  /** Where matches are highlighted: the part of the body near the screen (the current one is highlighted wherever it is). */
  near: Span;
  decorations: DecorationSet;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findInStory: {
      /** Highlights every match of `query`; an empty text ends the search. */
      setFindQuery: (query: FindQuery) => ReturnType;
      /** Selects the next (or previous) match and scrolls to it. */
      findNext: (backwards?: boolean) => ReturnType;
      replaceMatch: (replacement: string) => ReturnType;
      replaceAllMatches: (replacement: string) => ReturnType;
    };
  }
}

export const findKey = new PluginKey<FindState>('findInStory');

type FindMeta = { query: FindQuery; near: Span | null } | { current: number } | { near: Span };

/** The index of the first match that starts at or after `pos`; `matches.length` when none does. */
const firstFrom = (matches: Match[], pos: number) => firstIndex(matches.length, (i) => matches[i].from >= pos);

/** The first match at or after `pos`, wrapping to the first. */
function matchFrom(matches: Match[], pos: number): number {
  if (matches.length === 0) return -1;
  const at = firstFrom(matches, pos);
  return at === matches.length ? 0 : at;
}

/**
 * Highlights for the matches near the screen, and the current one: a common word matches
 * thousands of times in a long story, and an element for each made every keystroke 3x bare TipTap.
 */
function decorate(doc: ProseMirrorNode, matches: Match[], current: number, [from, to]: Span): DecorationSet {
  const highlight = (index: number) => Decoration.inline(matches[index].from, matches[index].to, { class: index === current ? 'find-match find-current' : 'find-match' });
  const first = firstFrom(matches, from);
  let end = first;
  while (end < matches.length && matches[end].from <= to) end++;
  const shown = matches.slice(first, end).map((_, offset) => highlight(first + offset));
  if (current >= 0 && (current < first || current >= end)) shown.push(highlight(current));
  return DecorationSet.create(doc, shown);
}

/** Beyond this many edited blocks (a replace-all), searching the whole story again is simpler. */
const MAX_BLOCKS_SEARCHED_AGAIN = 50;

/**
 * The matches after an edit: matches in blocks the edit did not touch follow the text through it,
 * the blocks it touched are searched again. Searching the whole story at every keystroke was most
 * of the typing cost while the find bar was open.
 */
function matchesAfter(tr: Transaction, matches: Match[], query: FindQuery): { matches: Match[]; onlyMoved: boolean } {
  const touched = new Map<number, Match>();
  for (const [from, to] of changedRanges(tr)) {
    tr.doc.nodesBetween(from, to, (node, pos) => {
      if (node.isTextblock) touched.set(pos, { from: pos, to: pos + node.nodeSize });
      return !node.isTextblock;
    });
  }
  if (touched.size > MAX_BLOCKS_SEARCHED_AGAIN) return { matches: findMatches(tr.doc, query), onlyMoved: false };
  const blocks = [...touched.values()];
  const kept: Match[] = [];
  // Where the matches of the touched blocks would be had the edit only moved them.
  const moved: Match[] = [];
  let cut = false;
  for (const match of matches) {
    const from = tr.mapping.map(match.from, 1);
    const to = tr.mapping.map(match.to, -1);
    // A match the edit cut into shrinks; one in a touched block is found again below.
    if (to - from !== match.to - match.from) cut = true;
    else if (blocks.some((block) => block.from < from && to < block.to)) moved.push({ from, to });
    else kept.push({ from, to });
  }
  const found = blocks.flatMap((block) => findMatches(tr.doc, query, block)).sort((a, b) => a.from - b.from);
  const onlyMoved = !cut && found.length === moved.length && found.every((m, i) => m.from === moved[i].from && m.to === moved[i].to);
  return { matches: [...kept, ...found].sort((a, b) => a.from - b.from), onlyMoved };
}

function applyFind(tr: Transaction, value: FindState, _old: EditorState, state: EditorState): FindState {
  const meta = tr.getMeta(findKey) as FindMeta | undefined;
  const query = meta && 'query' in meta ? meta.query : value.query;
  if (!query.text) return value.query.text ? { ...value, query, matches: [], current: -1, decorations: DecorationSet.empty } : value;
  if (!meta && !tr.docChanged) return value;
  // Where there is no layout to measure (a test DOM), everything counts as near the screen.
  const near: Span = meta && 'near' in meta ? (meta.near ?? [0, state.doc.content.size]) : mapSpan(value.near, tr);
  const after = meta && 'query' in meta ? { matches: findMatches(state.doc, query), onlyMoved: false } : tr.docChanged ? matchesAfter(tr, value.matches, query) : { matches: value.matches, onlyMoved: true };
  const { matches } = after;
  const current = meta && 'current' in meta ? meta.current : matchFrom(matches, state.selection.from);
  // Typing that adds, removes and passes no match moves the highlights rather than drawing them again.
  const decorations = after.onlyMoved && !meta && current === value.current ? value.decorations.map(tr.mapping, tr.doc) : decorate(state.doc, matches, current, near);
  return { query, matches, current, near, decorations };
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
        ({ tr, dispatch, view }) => {
          if (dispatch) tr.setMeta(findKey, { query, near: nearScreen(view) } satisfies FindMeta).setMeta('addToHistory', false);
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
          init: (_config, state) => ({ query: { text: '' }, matches: [], current: -1, near: [0, state.doc.content.size], decorations: DecorationSet.empty }),
          apply: applyFind,
        },
        view: (view) => ({
          update: (updated, previous) => {
            // ProseMirror scrolls to a selection only while the editor has focus; find next and
            // replace select the match while the find bar has it.
            const find = findKey.getState(updated.state);
            const match = find?.matches[find.current];
            const { selection } = updated.state;
            const selected = match && selection !== previous.selection && selection.from === match.from && selection.to === match.to;
            if (selected && !updated.hasFocus()) centerOn(updated, match.from);
          },
          destroy: followScreen(
            view,
            () => {
              const find = findKey.getState(view.state);
              return find?.query.text ? find.near : undefined;
            },
            (near) => view.dispatch(view.state.tr.setMeta(findKey, { near } satisfies FindMeta).setMeta('addToHistory', false)),
          ),
        }),
        props: { decorations: (state) => findKey.getState(state)?.decorations },
      }),
    ];
  },
});
