import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { changedRanges } from '../editor/changedRanges';
import { mapSpan } from '../editor/nearScreen';

/** A span of the document, [from, to). */
export type Range = [from: number, to: number];

/**
 * What spelling still has to check, kept in step with the document as each transaction applies.
 * Mutable and outside the plugin state on purpose: it changes after nearly every keystroke and
 * after every check, and keeping it in the state would take a transaction (a view update) to
 * clear it. It follows one line of documents; a transaction from another (a state replaced
 * wholesale) makes everything dirty again, which costs a full check and never misses one.
 */
export class DirtyRanges {
  /** Ranges edited (or never checked) since the last check. */
  ranges: Range[] = [];
  /** What the last edit inserted, in the current document: the word being typed lies in it. */
  lastEdit: Range | null = null;
  /** A word left unchecked because the cursor was in it: checked once the cursor leaves. */
  deferred: Range | null = null;
  /** The document the ranges are positions in. */
  private doc: ProseMirrorNode | null = null;

  /** Everything is to be checked again. */
  reset(doc: ProseMirrorNode): void {
    this.doc = doc;
    this.ranges = [[0, doc.content.size]];
    this.lastEdit = null;
    this.deferred = null;
  }

  apply(tr: Transaction): void {
    if (!tr.docChanged || tr.doc === this.doc) return;
    if (tr.before !== this.doc) return this.reset(tr.doc);
    this.doc = tr.doc;
    this.ranges = this.ranges.map((range) => mapSpan(range, tr));
    this.deferred = this.deferred && mapSpan(this.deferred, tr);
    for (const edited of changedRanges(tr)) {
      this.lastEdit = edited;
      // Typing grows the last dirty range rather than adding one per keystroke.
      const last = this.ranges.at(-1);
      if (!(last && last[0] <= edited[0] && edited[1] <= last[1])) this.ranges.push(edited);
    }
  }
}
