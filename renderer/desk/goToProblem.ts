import type { Editor } from '@tiptap/react';
import type { BodyPosition, ReadinessProblem } from '../../src/story/readiness';
import { controlSelectorFor } from './problemTarget';

type PmNode = Editor['state']['doc'];

/**
 * The document position of a readiness body position: top-level block `block`, `offset`
 * characters into its plain text, where a block's text blocks are joined by a blank line as
 * bodyText() joins them.
 */
export function documentPosition(doc: PmNode, { block, offset }: BodyPosition): number {
  if (block >= doc.childCount) return doc.content.size;
  let start = 0;
  for (let i = 0; i < block; i++) start += doc.child(i).nodeSize;
  const node = doc.child(block);
  if (node.isTextblock) return start + 1 + Math.min(offset, node.content.size);
  let remaining = offset;
  let result: number | null = null;
  let last = start + 1;
  let first = true;
  node.descendants((child, pos) => {
    if (result !== null) return false;
    if (!child.isTextblock) return true;
    if (!first) remaining -= 2;
    first = false;
    const textStart = start + 1 + pos + 1;
    if (remaining <= child.textContent.length) result = textStart + Math.max(0, remaining);
    else {
      remaining -= child.textContent.length;
      last = textStart + child.content.size;
    }
    return false;
  });
  return result ?? last;
}

/** Moves the cursor to what a problem concerns: its form control, or its place in the body. */
export function goToProblem(problem: ReadinessProblem, editor: Editor | null): void {
  const selector = controlSelectorFor(problem);
  if (selector) {
    const control = document.querySelector<HTMLElement>(selector);
    control?.focus();
    control?.scrollIntoView({ block: 'center' });
    return;
  }
  if (problem.field !== 'body' || !editor) return;
  const at = problem.position ? documentPosition(editor.state.doc, problem.position) : 1;
  editor.chain().focus().setTextSelection(at).scrollIntoView().run();
}
