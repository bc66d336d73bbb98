import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { findWords } from '../../src/spelling/words';
import { drawnNear, followScreen, mapSpan, nearScreen, type Span } from '../editor/nearScreen';
import { whenSelectionSettled } from '../editor/selectionSettled';
import { DirtyRanges, type Range } from './dirtyRanges';
import type { SpellChecker } from './spellChecker';

/** A misspelt word in the body, where the suggestions menu opens. */
export interface MisspeltWord {
  word: string;
  from: number;
  to: number;
  /** Where on screen the word starts (its line's top and bottom), to place the menu beside it. */
  rect: { left: number; top: number; bottom: number };
}

/** What the spelling plugin reads while it runs: swapped when the story's language changes. */
export interface SpellingController {
  checker: SpellChecker | null;
  /** Words this story ignores ("Ignore in this story"). */
  isIgnored(word: string): boolean;
  openMenu(target: MisspeltWord): void;
}

export interface SpellingOptions {
  /** Required: the story's checker and ignore list. Default: none (nothing is checked). */
  controller: SpellingController | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    spelling: {
      /** Checks the whole body again: after a change of language, house dictionary or ignore list. */
      recheckSpelling: () => ReturnType;
    };
  }
}

interface SpellingState {
  /** Every misspelling the checks found, following the text through each edit. */
  found: DecorationSet;
  /** Where underlines are drawn: the part of the body near the screen (see nearScreen). */
  near: Span;
  /** The underlines of `found` inside `near`: what the view draws. */
  shown: DecorationSet;
}
type SpellingMeta = { all: true } | { checked: Range[]; found: Decoration[]; near: Span | null } | { near: Span };

export const spellingKey = new PluginKey<SpellingState>('spelling');

/** The textblocks (paragraphs, headings, captions) touching the dirty ranges, in document order, once each. */
function dirtyBlocks(doc: ProseMirrorNode, dirty: readonly Range[]): { node: ProseMirrorNode; pos: number }[] {
  const blocks = new Map<number, ProseMirrorNode>();
  const size = doc.content.size;
  for (const [from, to] of dirty) {
    doc.nodesBetween(Math.max(0, Math.min(from, size)), Math.max(0, Math.min(to, size)), (node, pos) => {
      if (node.isTextblock) blocks.set(pos, node);
      return !node.isTextblock;
    });
  }
  return [...blocks].sort((a, b) => a[0] - b[0]).map(([pos, node]) => ({ pos, node }));
}

/** A block's words with document positions; leaf inline nodes (hard breaks) count as one character, as in the document. */
function blockWords(node: ProseMirrorNode, pos: number) {
  const text = node.textBetween(0, node.content.size, undefined, '\ufffc');
  return findWords(text).map((w) => ({ word: w.word, from: pos + 1 + w.from, to: pos + 1 + w.to }));
}

/**
 * The most misspellings underlined at once. A pasted foreign-language or garbled text can hold a
 * million; decorating them all would make every keystroke slow, and nobody reads past the first few.
 */
const MAX_MARKS = 1_000;

/** Runs `work` when the page is idle, so checking never delays a keystroke. */
function whenIdle(work: (deadline: IdleDeadline) => void): () => void {
  const handle = window.requestIdleCallback(work, { timeout: 2_000 });
  return () => window.cancelIdleCallback(handle);
}

/** Whether `found` are exactly the marks `decorations` already has in the `checked` ranges. */
function sameMarks(decorations: DecorationSet, checked: readonly Range[], found: readonly Decoration[]): boolean {
  const key = (d: Decoration) => `${d.from}:${d.to}:${(d.spec as { word: string }).word}`;
  const had = new Set(checked.flatMap(([from, to]) => decorations.find(from, to)).map(key));
  return had.size === found.length && found.every((d) => had.has(key(d)));
}

/** Checks the dirty ranges in idle time; dispatches only when the underlines change, or when the screen moves off those drawn. */
class SpellingView {
  private cancel: (() => void) | null = null;
  private readonly stopFollowing: () => void;
  private waiting = false;
  private destroyed = false;

  constructor(
    private readonly view: EditorView,
    private readonly controller: SpellingController,
    private readonly dirty: DirtyRanges,
  ) {
    this.stopFollowing = followScreen(
      view,
      () => spellingKey.getState(view.state)?.near,
      (near) => view.dispatch(view.state.tr.setMeta(spellingKey, { near } satisfies SpellingMeta).setMeta('addToHistory', false)),
    );
    this.schedule();
  }

  update(): void {
    const { deferred } = this.dirty;
    if (deferred && !this.cursorIn(deferred)) {
      this.dirty.ranges.push(deferred);
      this.dirty.deferred = null;
    }
    this.schedule();
  }

  /** Whether the editor has focus with a collapsed cursor in (or at either end of) `range`. */
  private cursorIn([from, to]: Range): boolean {
    const { selection } = this.view.state;
    return this.view.hasFocus() && selection.empty && selection.head >= from && selection.head <= to;
  }

  private schedule(): void {
    if (this.dirty.ranges.length === 0 || this.cancel || this.waiting || !this.controller.checker) return;
    this.cancel = whenIdle((deadline) => {
      let ran = false;
      const stopWaiting = whenSelectionSettled(this.view, () => {
        ran = true;
        this.cancel = null;
        this.run(deadline);
      });
      // Still waiting for the selection: that wait is what a later destroy must stop.
      if (!ran) this.cancel = stopWaiting;
    });
  }

  private run(deadline: IdleDeadline): void {
    const checker = this.controller.checker;
    const state = spellingKey.getState(this.view.state);
    if (this.destroyed || !checker || !state) return;
    const dirty = this.dirty.ranges;
    const blocks = dirtyBlocks(this.view.state.doc, dirty);
    const checked: Range[] = [];
    const found: Decoration[] = [];
    const unknown = new Set<string>();
    // Underlining a word while it is typed would flash at every letter ("wor" before "word").
    const { lastEdit } = this.dirty;
    const typing = lastEdit && this.cursorIn(lastEdit) ? this.view.state.selection.head : -1;
    let deferred: Range | null = null;
    let doneUpTo = -1;
    let room = MAX_MARKS - state.found.find().length;
    for (const { node, pos } of blocks) {
      // A large check is spread over idle periods: stop when this one runs out.
      if ((checked.length > 0 || unknown.size > 0) && deadline.timeRemaining() < 2) break;
      const words = blockWords(node, pos);
      for (const w of words) if (checker.isCorrect(w.word) === undefined) unknown.add(w.word);
      if (unknown.size > 0) continue;
      // The block's own underlines are replaced by this check: at the cap they must not count
      // against it, or the block's underlines would go at one check and come back at the next.
      room += state.found.find(pos, pos + node.nodeSize).length;
      for (const w of words) {
        if (w.from <= typing && typing <= w.to) {
          deferred = [w.from, w.to];
          continue;
        }
        if (room <= 0 || checker.isCorrect(w.word) || this.controller.isIgnored(w.word)) continue;
        found.push(Decoration.inline(w.from, w.to, { class: 'misspelt' }, { word: w.word }));
        room--;
      }
      checked.push([pos, pos + node.nodeSize]);
      doneUpTo = pos + node.nodeSize;
    }
    if (unknown.size > 0) {
      // Ask the worker about every new word at once, then check again with the answers known.
      this.waiting = true;
      void checker
        .check(unknown)
        .catch(() => undefined)
        .finally(() => {
          this.waiting = false;
          if (!this.destroyed && checker.isCorrect([...unknown][0]) !== undefined) this.schedule();
        });
      return;
    }
    this.dirty.ranges = doneUpTo < 0 || blocks.length === checked.length ? [] : dirty.map(([from, to]): Range => [Math.max(from, doneUpTo), to]).filter(([from, to]) => from < to);
    if (deferred) this.dirty.deferred = deferred;
    if (!sameMarks(state.found, checked, found)) {
      const meta: SpellingMeta = { checked, found, near: nearScreen(this.view) };
      this.view.dispatch(this.view.state.tr.setMeta(spellingKey, meta).setMeta('addToHistory', false));
    }
    this.schedule();
  }

  destroy(): void {
    this.destroyed = true;
    this.cancel?.();
    this.stopFollowing();
  }
}

/** Underlines follow the text through each edit; a check's result replaces those in the blocks it checked. */
function applySpelling(tr: Transaction, value: SpellingState, dirty: DirtyRanges): SpellingState {
  dirty.apply(tr);
  const meta = tr.getMeta(spellingKey) as SpellingMeta | undefined;
  const measured = meta && 'near' in meta ? meta.near : null;
  const mapped = measured ?? mapSpan(value.near, tr);
  // The same objects when nothing moved, so the view knows there is nothing to draw again.
  const near = mapped[0] === value.near[0] && mapped[1] === value.near[1] ? value.near : mapped;
  if (meta && 'all' in meta) {
    dirty.reset(tr.doc);
    return { found: DecorationSet.empty, near, shown: DecorationSet.empty };
  }
  let found = value.found.map(tr.mapping, tr.doc);
  if (!meta) {
    const shown = value.shown.map(tr.mapping, tr.doc);
    return found === value.found && shown === value.shown && near === value.near ? value : { found, near, shown };
  }
  if ('checked' in meta) {
    for (const [from, to] of meta.checked) found = found.remove(found.find(from, to));
    found = found.add(tr.doc, meta.found);
  }
  return { found, near, shown: drawnNear(found, near, tr.doc) };
}

/**
 * Offline spelling in the body: misspelt words get a wavy underline and a menu of suggestions
 * on right-click. Only edited ranges are checked again, in idle time, against answers cached on
 * the page; words never seen go to the worker in one batch. Typing never waits for it.
 */
export const Spelling = Extension.create<SpellingOptions>({
  name: 'spelling',

  addOptions() {
    return { controller: null };
  },

  addCommands() {
    return {
      recheckSpelling:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(spellingKey, { all: true } satisfies SpellingMeta).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const controller = this.options.controller;
    if (!controller) return [];
    // One record per plugin, shared by the state's apply and the view.
    const dirty = new DirtyRanges();
    return [
      new Plugin<SpellingState>({
        key: spellingKey,
        state: {
          init: (_config, state) => {
            dirty.reset(state.doc);
            // Until the view has measured the screen (and where it cannot), underlines are drawn everywhere.
            return { found: DecorationSet.empty, near: [0, state.doc.content.size], shown: DecorationSet.empty };
          },
          apply: (tr, value) => applySpelling(tr, value, dirty),
        },
        view: (view) => new SpellingView(view, controller, dirty),
        props: {
          decorations: (state) => spellingKey.getState(state)?.shown,
          handleDOMEvents: {
            contextmenu: (view, event) => {
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
              const decorations = spellingKey.getState(view.state)?.found;
              const hit = at && decorations?.find(at.pos, at.pos)[0];
              if (!hit) return false;
              event.preventDefault();
              const coords = view.coordsAtPos(hit.from, 1);
              controller.openMenu({ word: (hit.spec as { word: string }).word, from: hit.from, to: hit.to, rect: { left: coords.left, top: coords.top, bottom: coords.bottom } });
              return true;
            },
          },
        },
      }),
    ];
  },
});
