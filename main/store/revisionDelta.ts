import { diffArrays } from 'diff';
import type { BodyNode } from '../../src/story/body';
import { bodyText } from '../../src/story/body';
import { countChangedWords } from '../../src/story/counts';
import type { StoryFields, StoryStatus } from '../../src/story/story';

/** What a revision records: the editable fields and the status at that moment. */
export type RevisionContent = StoryFields & { status: StoryStatus };

/**
 * Body edits as operations over top-level blocks: keep n blocks, delete n, insert these.
 * A one-paragraph change to a 20,000-word story stores one paragraph, not the story.
 */
export type BodyOp = { keep: number } | { delete: number } | { insert: BodyNode[] };

export interface RevisionDelta {
  /** Fields other than the body whose value changed, with the new value. */
  set: Partial<Omit<RevisionContent, 'body'>>;
  body?: BodyOp[];
}

/** Payload encodings; stored on each row so old revisions stay readable after a change. */
export const PAYLOAD_FORMAT = { snapshot: 1, delta: 1 } as const;

const scalarKeys = (content: RevisionContent) =>
  (Object.keys(content) as (keyof RevisionContent)[]).filter((key) => key !== 'body');

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The delta that turns `before` into `after`, and how many words it touches. */
export function diffRevisions(before: RevisionContent, after: RevisionContent): { delta: RevisionDelta; changedWords: number } {
  const set: RevisionDelta['set'] = {};
  let changedWords = 0;
  for (const key of scalarKeys(after)) {
    if (same(before[key], after[key])) continue;
    (set as Record<string, unknown>)[key] = after[key];
    if (typeof after[key] === 'string' || typeof before[key] === 'string') {
      changedWords += countChangedWords(String(before[key] ?? ''), String(after[key] ?? ''));
    } else {
      changedWords += 1;
    }
  }
  const delta: RevisionDelta = { set };
  const beforeBlocks = before.body.content.map((node) => JSON.stringify(node));
  const afterBlocks = after.body.content.map((node) => JSON.stringify(node));
  if (!same(beforeBlocks, afterBlocks)) {
    const ops: BodyOp[] = [];
    // Words are compared within each run of changed blocks (what was removed against what took
    // its place), so the cost follows the change, not the story.
    let removed: BodyNode[] = [];
    let added: BodyNode[] = [];
    const countRun = () => {
      changedWords += countChangedWords(bodyText({ type: 'doc', content: removed }), bodyText({ type: 'doc', content: added }));
      removed = [];
      added = [];
    };
    for (const part of diffArrays(beforeBlocks, afterBlocks)) {
      const count = part.value.length;
      const nodes = () => part.value.map((json) => JSON.parse(json) as BodyNode);
      if (part.added) {
        added = nodes();
        ops.push({ insert: added });
      } else if (part.removed) {
        removed = nodes();
        ops.push({ delete: count });
      } else {
        countRun();
        ops.push({ keep: count });
      }
    }
    countRun();
    delta.body = ops;
  }
  return { delta, changedWords };
}

/** Applies a delta made by diffRevisions to the content it was made from. */
export function applyDelta(before: RevisionContent, delta: RevisionDelta): RevisionContent {
  const after = { ...before, ...delta.set } as RevisionContent;
  if (delta.body) {
    const blocks: BodyNode[] = [];
    let cursor = 0;
    for (const op of delta.body) {
      if ('keep' in op) {
        blocks.push(...before.body.content.slice(cursor, cursor + op.keep));
        cursor += op.keep;
      } else if ('delete' in op) {
        cursor += op.delete;
      } else {
        blocks.push(...op.insert);
      }
    }
    after.body = { type: 'doc', content: blocks };
  }
  return after;
}

export function isEmptyDelta(delta: RevisionDelta): boolean {
  return Object.keys(delta.set).length === 0 && delta.body === undefined;
}
