import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { DecorationSet, type EditorView } from '@tiptap/pm/view';
import { firstIndex } from '../common/firstIndex';
import { whenSelectionSettled } from './selectionSettled';

/** A span of the document, [from, to). */
export type Span = readonly [from: number, to: number];

/**
 * The part of the body that background decorations (spelling underlines, quote marks, find
 * highlights) are drawn in: what is on screen and a third of a screen's worth of text either side.
 * Chromium's native work per keystroke grows with every element in the editable body that it lays
 * out: a thousand underline spans in a 20,000-word story made each keystroke 1.7x the work of bare
 * TipTap, while a reader only sees the ones on screen. CodeMirror 6 draws its decorations by
 * viewport for the same reason. The margin is what a scroll of one frame uncovers before
 * followScreen draws again; a whole screen either side cost 0.4-0.6 ms a key more than a third
 * (the spans in the band Chromium lays out around the screen, docs/benchmarks.md).
 */
export function nearScreen(view: EditorView): Span | null {
  const visible = onScreen(view);
  if (!visible) return null;
  const [from, to] = visible;
  const size = view.state.doc.content.size;
  const margin = Math.round(Math.max(to - from, MIN_SCREEN_POSITIONS) * MARGIN_SCREENS);
  return [Math.max(0, from - margin), Math.min(size, to + margin)];
}

/** A screen counts as at least this many positions (a screen holding one tall photo holds few). */
const MIN_SCREEN_POSITIONS = 2_000;
/** How much is drawn beyond each edge of the screen, in screens. */
const MARGIN_SCREENS = 1 / 3;

/** Whether `inner` lies wholly inside `outer`. */
function covers(outer: Span, inner: Span): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

/** The decorations of `all` that lie in `near`: what to draw. */
export function drawnNear(all: DecorationSet, near: Span, doc: ProseMirrorNode): DecorationSet {
  return DecorationSet.create(doc, all.find(near[0], near[1]));
}

/** `span` in the document after `tr`, grown by what is typed at either end. */
export function mapSpan(span: Span, tr: Transaction): [from: number, to: number] {
  return [tr.mapping.map(span[0], -1), tr.mapping.map(span[1], 1)];
}

/**
 * The document positions of the top-level blocks on screen, found by bisecting the blocks by
 * their boxes (about ten reads for a 20,000-word story). Null when the page has no layout (a
 * test DOM), where the caller draws everything.
 */
function onScreen(view: EditorView): Span | null {
  const blocks = view.dom.children;
  if (blocks.length === 0) return null;
  const viewport = view.dom.ownerDocument.defaultView?.innerHeight ?? 0;
  const whole = view.dom.getBoundingClientRect();
  if (viewport === 0 || whole.height === 0) return null;
  const first = firstBlockEndingBelow(view, 0);
  const last = firstIndex(blocks.length, (i) => blocks[i].getBoundingClientRect().top >= viewport) - 1;
  if (first > last) return null;
  const from = positionOf(view, blocks[first], 0);
  const to = positionOf(view, blocks[last], blocks[last].childNodes.length);
  return from === null || to === null ? null : [from, to];
}

/** The index of the body's first top-level block whose bottom is below `y` (client px); the block count when none. */
export function firstBlockEndingBelow(view: EditorView, y: number): number {
  const blocks = view.dom.children;
  return firstIndex(blocks.length, (i) => blocks[i].getBoundingClientRect().bottom > y);
}

function positionOf(view: EditorView, node: Node, offset: number): number | null {
  try {
    return view.posAtDOM(node, offset);
  } catch {
    // A block ProseMirror does not describe (none today): the caller falls back to drawing all.
    return null;
  }
}

/**
 * Keeps a drawn part of the body on the screen: once a scroll has taken the screen outside
 * `drawn()`, and the selection has settled (a redraw before would put back the one the user just
 * left), calls `draw` with the part near the screen now. Returns a function that stops following.
 */
export function followScreen(view: EditorView, drawn: () => Span | undefined, draw: (near: Span) => void): () => void {
  let waiting = false;
  let stopWaiting = () => {};
  const stopListening = onScrolled(view, () => {
    const visible = onScreen(view);
    const near = drawn();
    if (waiting || !visible || !near || covers(near, visible)) return;
    waiting = true;
    stopWaiting = whenSelectionSettled(view, () => {
      waiting = false;
      const measured = view.isDestroyed ? null : nearScreen(view);
      if (measured) draw(measured);
    });
  });
  return () => {
    stopListening();
    stopWaiting();
  };
}

/**
 * Calls `moved` after the editor's scroll container (or the page) scrolls, at most once a frame,
 * with the layout the scroll left. Returns a function that stops listening.
 */
function onScrolled(view: EditorView, moved: () => void): () => void {
  const document = view.dom.ownerDocument;
  let frame = 0;
  const listener = (event: Event) => {
    const target = event.target;
    // Scroll events do not bubble: one capturing listener hears every scroller, so keep ours.
    if (frame || !(target === document || (target instanceof Node && target.contains(view.dom)))) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      moved();
    });
  };
  document.addEventListener('scroll', listener, { capture: true, passive: true });
  return () => {
    cancelAnimationFrame(frame);
    document.removeEventListener('scroll', listener, { capture: true });
  };
}
