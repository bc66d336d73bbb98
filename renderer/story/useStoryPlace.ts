import type { Editor } from '@tiptap/react';
import type { EditorView } from '@tiptap/pm/view';
import { useEffect } from 'react';
import { scrollerOf, shownBox } from '../common/scrollerOf';
import { settleTimer } from '../common/settleTimer';
import { firstBlockEndingBelow } from '../editor/nearScreen';

/**
 * Where the user left a story: the body's cursor, and the block at the top of the view with how
 * far (px) the view starts into it. Not a scroll offset: blocks off screen have estimated heights
 * until they are drawn (content-visibility in styles.css), so the same offset lands elsewhere on
 * the next open.
 */
interface StoryPlace {
  anchor: number;
  head: number;
  topBlock: number;
  intoBlock: number;
}

/** Per story and per machine, like a word processor's "reopen where you left off". */
const keyOf = (storyId: string) => `galley.place.${storyId}`;
/** Writing on every caret move would be wasteful: once the caret or scroll settles. */
const SAVE_DELAY_MS = 200;

/** The body block at the top of the view and how far into it the view starts. */
function topOfView(view: EditorView): Pick<StoryPlace, 'topBlock' | 'intoBlock'> {
  const top = shownBox(scrollerOf(view.dom)).top;
  const blocks = view.dom.children;
  const topBlock = Math.min(firstBlockEndingBelow(view, top), blocks.length - 1);
  return { topBlock, intoBlock: topBlock < 0 ? 0 : Math.round(top - blocks[topBlock].getBoundingClientRect().top) };
}

/** Frames the view is put back in place for, at most, while the blocks around it are drawn. */
const SETTLE_FRAMES = 10;

/**
 * Scrolls so that `place.topBlock` is at the top of the view again, `place.intoBlock` px into it;
 * then again at each frame until the view has held still for two. Blocks near the screen are
 * drawn (and take their real height instead of an estimate, which moves the text) in the frame
 * after the one that scrolled them there.
 */
function showPlace(view: EditorView, place: StoryPlace): void {
  let frames = 0;
  let still = 0;
  const step = () => {
    const block = view.isDestroyed ? undefined : view.dom.children[Math.min(place.topBlock, view.dom.children.length - 1)];
    if (!block) return;
    const scroller = scrollerOf(view.dom);
    const off = block.getBoundingClientRect().top - shownBox(scroller).top + place.intoBlock;
    still = Math.abs(off) < 1 ? still + 1 : 0;
    if (still === 2) return;
    scroller.scrollTop += off;
    if (++frames < SETTLE_FRAMES) requestAnimationFrame(step);
  };
  step();
}

function readPlace(storyId: string): StoryPlace | null {
  try {
    const place = JSON.parse(localStorage.getItem(keyOf(storyId)) ?? 'null') as StoryPlace | null;
    return place && [place.anchor, place.head, place.topBlock, place.intoBlock].every(Number.isFinite) ? place : null;
  } catch {
    return null;
  }
}

/** Restores the cursor and the view when a story's editor appears, and remembers them as they change. */
export function useStoryPlace(storyId: string, editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return;
    const place = readPlace(storyId);
    if (place) {
      const size = editor.state.doc.content.size;
      const clamp = (pos: number) => Math.max(0, Math.min(pos, size));
      editor.chain().setTextSelection({ from: clamp(place.anchor), to: clamp(place.head) }).focus(null, { scrollIntoView: false }).run();
      showPlace(editor.view, place);
    }
    const saver = settleTimer(() => {
      if (editor.isDestroyed) return;
      const { anchor, head } = editor.state.selection;
      const place: StoryPlace = { anchor, head, ...topOfView(editor.view) };
      localStorage.setItem(keyOf(storyId), JSON.stringify(place));
    }, SAVE_DELAY_MS);
    const save = saver.poke;
    editor.on('selectionUpdate', save);
    // Capture: a scroll event does not bubble, and the scroller may be any ancestor.
    window.addEventListener('scroll', save, { capture: true, passive: true });
    return () => {
      editor.off('selectionUpdate', save);
      window.removeEventListener('scroll', save, { capture: true });
      saver.cancel();
    };
  }, [storyId, editor]);
}
