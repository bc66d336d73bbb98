import * as Y from 'yjs';
import { STORY_PARTS, type StoryChange } from '../src/newsroom/storyDoc';

export type UpdateEffect =
  | { kind: 'changes'; changes: StoryChange[] }
  /** The update builds on edits this server has not seen; its effect cannot be checked yet. */
  | { kind: 'incomplete' };

const PART_BY_NAME = new Map<string, keyof typeof STORY_PARTS>(
  Object.entries(STORY_PARTS).map(([part, name]) => [name, part as keyof typeof STORY_PARTS]),
);

/**
 * What `update` would change in `doc`, found by applying it to a copy: Yjs knows which types
 * a transaction changed (and for a map, which keys), so the server never parses update
 * structs itself. An update the document already holds changes nothing.
 *
 * The copy costs time proportional to the document; only roles with limits pay it.
 */
export function effectOfUpdate(doc: Y.Doc, update: Uint8Array): UpdateEffect {
  const copy = new Y.Doc({ gc: false });
  // Typed roots, so a map's changed keys can be read back as values.
  copy.getXmlFragment(STORY_PARTS.body);
  copy.getMap(STORY_PARTS.fields);
  copy.getMap(STORY_PARTS.review);
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const changes: StoryChange[] = [];
  copy.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) changes.push(...changesOf(copy, type, keys));
  });
  Y.applyUpdate(copy, update);
  if (copy.store.pendingStructs !== null || copy.store.pendingDs !== null) return { kind: 'incomplete' };
  return { kind: 'changes', changes };
}

function changesOf(doc: Y.Doc, type: Y.AbstractType<any>, keys: Set<string | null>): StoryChange[] {
  // Walk up to the root, remembering which of the root's entries holds a nested change.
  let root = type;
  let entryKey: string | null = null;
  while (root._item !== null) {
    entryKey = root._item.parentSub;
    root = root._item.parent as Y.AbstractType<any>;
  }
  const name = rootName(doc, root);
  const part = PART_BY_NAME.get(name);
  if (part === undefined) return [{ part: 'unknown', name }];
  if (part === 'body') return [{ part }];
  const map = root as Y.Map<unknown>;
  const changedKeys = root === type ? [...keys] : [entryKey];
  return changedKeys.map((key) => ({ part, key: key ?? '', value: key === null ? undefined : map.get(key) }));
}

function rootName(doc: Y.Doc, root: Y.AbstractType<any>): string {
  for (const [name, type] of doc.share) if (type === root) return name;
  return '(unnamed)';
}
