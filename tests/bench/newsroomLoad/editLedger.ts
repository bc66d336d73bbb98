// Edit-to-other-client latency without adding anything to the messages: every client runs in
// this process on one clock, and a Yjs client's edits are numbered by its clock, so the ledger
// notes when each edit ended at which clock, and a copy that receives an update checks which
// of the noted edits its document now holds.
import * as Y from 'yjs';

type SentEdit = { endClock: number; sentAt: number };

/** One story's edits, by the Yjs client id of the copy that made them. */
type StoryEdits = Map<number, SentEdit[]>;

export class EditLedger {
  private readonly stories = new Map<string, StoryEdits>();
  /** For each story, how many copies are open: every edit should reach all but its own. */
  private readonly copiesOf = new Map<string, number>();
  private recording = false;
  /** Milliseconds from an edit to its arrival in another copy, one sample per (edit, copy). */
  readonly latencies: number[] = [];
  /** Edits noted per story (each should arrive in every other copy of the story). */
  private readonly editCounts = new Map<string, number>();

  /** Edits made from now on are timed; those made before (the stories' first drafts) are not. */
  startRecording(): void {
    this.recording = true;
  }

  stopRecording(): void {
    this.recording = false;
  }

  addCopy(storyId: string): void {
    this.copiesOf.set(storyId, (this.copiesOf.get(storyId) ?? 0) + 1);
  }

  /** Makes `edit` in `doc` as one transaction and, while recording, notes when it was made. */
  edit(storyId: string, doc: Y.Doc, edit: () => void): void {
    const before = Y.getState(doc.store, doc.clientID);
    doc.transact(edit);
    const endClock = Y.getState(doc.store, doc.clientID);
    if (!this.recording || endClock === before) return;
    let edits = this.stories.get(storyId);
    if (!edits) this.stories.set(storyId, (edits = new Map()));
    let sent = edits.get(doc.clientID);
    if (!sent) edits.set(doc.clientID, (sent = []));
    sent.push({ endClock, sentAt: performance.now() });
    this.editCounts.set(storyId, (this.editCounts.get(storyId) ?? 0) + 1);
  }

  /** A receiving copy's view of the ledger: call `received` after each remote update. */
  receiver(storyId: string, doc: Y.Doc): (update: Uint8Array) => void {
    const seen = new Map<number, number>();
    return (update) => {
      const edits = this.stories.get(storyId);
      if (!edits) return;
      const now = performance.now();
      for (const client of Y.parseUpdateMeta(update).to.keys()) {
        const sent = edits.get(client);
        if (!sent) continue;
        const state = Y.getState(doc.store, client);
        let next = seen.get(client) ?? 0;
        while (next < sent.length && sent[next].endClock <= state) this.latencies.push(now - sent[next++].sentAt);
        seen.set(client, next);
      }
    };
  }

  /** How many arrivals the noted edits owe (each edit, to every other open copy of its story). */
  expectedArrivals(): number {
    let total = 0;
    for (const [storyId, edits] of this.editCounts) total += edits * ((this.copiesOf.get(storyId) ?? 1) - 1);
    return total;
  }

  edits(): number {
    let total = 0;
    for (const count of this.editCounts.values()) total += count;
    return total;
  }
}
