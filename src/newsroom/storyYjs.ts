import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { Node } from '@tiptap/pm/model';
import { prosemirrorJSONToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { BodyDoc } from '../story/body';
import { storyExtensions } from '../editor/storyExtensions';
import { REVIEWED_FIELDS } from '../review/reviewState';
import type { Review, Story } from '../story/story';
import { STORY_PARTS } from './storyDoc';

/**
 * A Story as a shared Yjs document, and back. The layout (parts and keys) is storyDoc.ts's:
 * the fields map holds every field a person edits, the dateline and credit as nested maps so
 * that two people changing different parts of one dateline both keep theirs; the body is the
 * XmlFragment TipTap's Collaboration binds to; the review its own map (its role rules differ).
 *
 * A story becomes a document once, where it was created (storyToUpdate); from then on it is
 * only ever changed by applying a Story to the document (applyStoryToDoc), which writes the
 * difference, never the whole story again: two machines converting one story would double it.
 */

/** Fields kept as nested maps, merged part by part. */
const NESTED_FIELDS = { dateline: ['place', 'date', 'source'], credit: ['line', 'source'] } as const;
type NestedField = keyof typeof NESTED_FIELDS;

/** Fields kept whole in the fields map: a concurrent change to one keeps one value (and is reported). */
const PLAIN_FIELDS = ['slug', 'headline', 'standfirst', 'byline', 'related', 'keywords', 'urgency', 'language', 'embargo', 'ednote', 'status'] as const;

const CREATED_AT = 'createdAt';

/**
 * A sign-off names the story version the reviewer read, but versions count saves in one
 * library and differ between desktops. The document keeps, beside the sign-off, a fingerprint
 * of the words signed off instead; each desktop derives from it whether its sign-off is current.
 */
const SIGNED_WORDS = 'signedWords';

const REVIEW_KEYS = ['state', 'by', 'at', 'note', 'version'] as const;

/** Every field of a story as a path ("dateline.place"), the unit fields merge and conflict by. */
export const FIELD_PATHS: readonly string[] = [
  ...PLAIN_FIELDS,
  ...Object.entries(NESTED_FIELDS).flatMap(([field, keys]) => keys.map((key) => `${field}.${key}`)),
];

/** What a Story row carries that the document does not: Galley's own bookkeeping. */
export type StoryMeta = Pick<Story, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

let schema: Schema | undefined;
/** The body's schema, built once: the same one the editor and the sanitiser use. */
function bodySchema(): Schema {
  schema ??= getSchema(storyExtensions());
  return schema;
}

const fieldsOf = (doc: Y.Doc) => doc.getMap<unknown>(STORY_PARTS.fields);
const bodyOf = (doc: Y.Doc) => doc.getXmlFragment(STORY_PARTS.body);
const reviewOf = (doc: Y.Doc) => doc.getMap<unknown>(STORY_PARTS.review);

/** The story as one Yjs update: done once, where the story was created. */
export function storyToUpdate(story: Story): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    const fields = fieldsOf(doc);
    for (const field of Object.keys(NESTED_FIELDS) as NestedField[]) fields.set(field, new Y.Map<unknown>());
    // When it was created travels with it: every desktop shows the same date.
    fields.set(CREATED_AT, story.createdAt);
    prosemirrorJSONToYXmlFragment(bodySchema(), story.body, bodyOf(doc));
  });
  applyStoryToDoc(doc, story);
  return Y.encodeStateAsUpdate(doc);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
  } else if (!same(map.get(key), value)) {
    map.set(key, value);
  }
}

/**
 * Writes what differs between the document and `story` into the document, in one
 * transaction: changed fields key by key, the body by TipTap's own diff of the ProseMirror
 * document against the fragment (the binding's update path), so a one-paragraph edit is a
 * one-paragraph update.
 */
export function applyStoryToDoc(doc: Y.Doc, story: Story, origin: unknown = null): void {
  doc.transact(() => {
    const fields = fieldsOf(doc);
    for (const field of PLAIN_FIELDS) setIfChanged(fields, field, story[field]);
    for (const field of Object.keys(NESTED_FIELDS) as NestedField[]) {
      let nested = fields.get(field);
      if (!(nested instanceof Y.Map)) {
        nested = new Y.Map<unknown>();
        fields.set(field, nested);
      }
      for (const key of NESTED_FIELDS[field]) setIfChanged(nested as Y.Map<unknown>, key, (story[field] as Record<string, unknown>)[key]);
    }
    const body = bodyOf(doc);
    const node = Node.fromJSON(bodySchema(), story.body);
    if (!bodyNode(doc).eq(node)) updateYFragment(doc, body, node, { mapping: new Map(), isOMark: new Map() });
    const review = reviewOf(doc);
    for (const key of REVIEW_KEYS) setIfChanged(review, key, story.review[key]);
    // A current sign-off fingerprints the words as they are now; a stale one keeps what was signed.
    if (story.review.state !== 'signed-off') setIfChanged(review, SIGNED_WORDS, undefined);
    else if (story.review.version === story.version) setIfChanged(review, SIGNED_WORDS, reviewedWords(doc));
  }, origin);
}

/** A fingerprint of what a reviewer reads (reviewState.ts), as the document holds it. */
function reviewedWords(doc: Y.Doc): string {
  const fields = fieldsOf(doc);
  const words = REVIEWED_FIELDS.map((field) => {
    if (field === 'body') return bodyNode(doc).toJSON();
    const value = fields.get(field);
    return value instanceof Y.Map ? value.toJSON() : value;
  });
  return fingerprint(JSON.stringify(words));
}

/** cyrb53: a 53-bit string hash; a fingerprint for change detection, not for security. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function bodyNode(doc: Y.Doc): ProseMirrorNode {
  return yXmlFragmentToProseMirrorRootNode(bodyOf(doc), bodySchema());
}

/** The Story a document holds, with Galley's bookkeeping from `meta`. */
export function storyFromDoc(doc: Y.Doc, meta: StoryMeta): Story {
  const fields = fieldsOf(doc);
  const plain = Object.fromEntries(PLAIN_FIELDS.map((field) => [field, fields.get(field)]));
  const nested = Object.fromEntries(
    (Object.keys(NESTED_FIELDS) as NestedField[]).map((field) => {
      const map = fields.get(field);
      return [field, Object.fromEntries(NESTED_FIELDS[field].map((key) => [key, map instanceof Y.Map ? (map.get(key) ?? '') : '']))];
    }),
  );
  const reviewMap = reviewOf(doc);
  const review = Object.fromEntries(REVIEW_KEYS.filter((key) => reviewMap.has(key)).map((key) => [key, reviewMap.get(key)])) as Review;
  // Current here when the words are those signed off; otherwise a version no save has, so stale.
  if (review.state === 'signed-off' && reviewMap.has(SIGNED_WORDS)) review.version = reviewMap.get(SIGNED_WORDS) === reviewedWords(doc) ? meta.version : 0;
  return {
    ...(plain as Pick<Story, (typeof PLAIN_FIELDS)[number]>),
    ...(nested as Pick<Story, NestedField>),
    body: bodyNode(doc).toJSON() as BodyDoc,
    review: review.state ? review : { state: 'none' },
    ...meta,
    createdAt: typeof fields.get(CREATED_AT) === 'string' ? (fields.get(CREATED_AT) as string) : meta.createdAt,
  };
}

/** Each field path's value in the document ("dateline.place" → "KYIV"), for comparing sides. */
export function fieldValues(doc: Y.Doc): Map<string, unknown> {
  const fields = fieldsOf(doc);
  const values = new Map<string, unknown>();
  for (const path of FIELD_PATHS) {
    const [field, key] = path.split('.');
    const value = fields.get(field);
    values.set(path, key === undefined ? value : value instanceof Y.Map ? value.get(key) : undefined);
  }
  return values;
}

/** A document from a stored state and the updates after it. */
export function docOf(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Sets the story's status in its document, and nothing else (the server marks a story it sent). */
export function setStatusInDoc(doc: Y.Doc, status: Story['status']): void {
  setIfChanged(fieldsOf(doc), 'status', status);
}
