// Malformed and oversized messages from an authenticated client (fast-check): the server
// closes that client's connection or ignores the message, keeps serving everyone else, and
// stores nothing from it. GALLEY_FUZZ_SEED replays a run (tests/fuzz/fuzzKit.ts); `npm run
// test:newsroom-faults` (GALLEY_NEWSROOM_FAULTS=long) tries ten times as many messages.
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqliteStore';
import type { NewsroomStore } from '../../server/store/store';
import { STORY_PARTS } from '../../src/newsroom/storyDoc';
import '../fuzz/fuzzKit';
import { StoryClient, bodyTextOf, invite, newStoryId, startTestNewsroom, storedDoc, waitUntil, type TestNewsroom } from './newsroomClient';

const LONG = process.env.GALLEY_NEWSROOM_FAULTS === 'long';
const RUNS = LONG ? 400 : 40;
/** Small, so that an oversized message is cheap to send; a real server allows 16 MiB. */
const MAX_MESSAGE_BYTES = 256 * 1024;

let dataDir: string;
let store: NewsroomStore;
let newsroom: TestNewsroom;
let storyId: string;
let desk: StoryClient;
let editorToken: string;
let reporterToken: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'galley-newsroom-fuzz-'));
  store = openSqliteStore(dataDir);
  newsroom = await startTestNewsroom(store, undefined, { maxMessageBytes: MAX_MESSAGE_BYTES });
  storyId = newStoryId();
  desk = await StoryClient.connect(newsroom.url, storyId, await invite(store, { name: 'desk', role: 'editor' }));
  desk.appendParagraph('Filed by the desk.');
  desk.fields.set('headline', 'Grain deal holds');
  expect(await desk.store()).toHaveProperty('stored');
  editorToken = await invite(store, { name: 'hostile-editor', role: 'editor' });
  reporterToken = await invite(store, { name: 'hostile-reporter', role: 'reporter' });
});

afterAll(async () => {
  desk?.destroy();
  await newsroom?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What a story holds, as people read it: body, fields and review. */
function contentOf(doc: import('yjs').Doc): unknown {
  return { body: bodyTextOf(doc), fields: doc.getMap(STORY_PARTS.fields).toJSON(), review: doc.getMap(STORY_PARTS.review).toJSON() };
}

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Messages a client could send: raw bytes, and Hocuspocus's framing around garbage. */
const hostileMessage = () =>
  fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc.tuple(fc.nat(12), fc.uint8Array({ maxLength: 600 })).map(([type, rest]) =>
      message((encoder) => {
        encoding.writeVarString(encoder, storyId);
        encoding.writeVarUint(encoder, type);
        encoding.writeUint8Array(encoder, rest);
      }),
    ),
    // A sync message (step 1, step 2, update) whose payload is not a Yjs state vector or update.
    fc.tuple(fc.constantFrom(0, 1, 2), fc.uint8Array({ maxLength: 600 })).map(([syncType, payload]) =>
      message((encoder) => {
        encoding.writeVarString(encoder, storyId);
        encoding.writeVarUint(encoder, 0);
        encoding.writeVarUint(encoder, syncType);
        encoding.writeVarUint8Array(encoder, payload);
      }),
    ),
    // A stateless message with any text, JSON or not.
    fc.oneof(fc.string(), fc.json()).map((payload) =>
      message((encoder) => {
        encoding.writeVarString(encoder, storyId);
        encoding.writeVarUint(encoder, 5);
        encoding.writeVarString(encoder, payload);
      }),
    ),
  );

/** Sends raw bytes on a connected client's socket and waits until the server has dealt with them. */
async function sendHostile(client: StoryClient, bytes: Uint8Array): Promise<void> {
  const socket = client.socket.webSocket!;
  socket.send(bytes);
  // The server handles one connection's messages in order: once this store request is
  // answered, the hostile message before it was ignored; or the connection was closed for it.
  const request = client.requestStore();
  await waitUntil(() => {
    const closed = client.closedBecause !== null || client.authenticationFailed !== null || socket.readyState !== socket.OPEN;
    if (!closed && client.answerTo(request) === null) throw new Error('the server has not dealt with the message yet');
  });
}

describe('malformed and oversized messages from a client', () => {
  it('are refused or ignored: the server keeps serving the others and stores nothing from them', { timeout: 600_000 }, async () => {
    const before = contentOf(await storedDoc(store, storyId));
    const storiesBefore = await store.stories();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('editor', 'reporter'), hostileMessage(), async (role, bytes) => {
        const hostile = await StoryClient.connect(newsroom.url, storyId, role === 'editor' ? editorToken : reporterToken);
        try {
          await sendHostile(hostile, bytes);
        } finally {
          hostile.destroy();
        }
        expect(contentOf(await storedDoc(store, storyId))).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    expect(await store.stories()).toEqual(storiesBefore);

    // An editor may add a paragraph, but not one larger than a message may be.
    const oversized = await StoryClient.connect(newsroom.url, storyId, editorToken);
    const socket = oversized.socket.webSocket!;
    oversized.appendParagraph('x'.repeat(MAX_MESSAGE_BYTES));
    await waitUntil(() => expect(socket.readyState).not.toBe(socket.OPEN));
    oversized.destroy();
    expect(contentOf(await storedDoc(store, storyId))).toEqual(before);

    // Everyone else is still served: a newcomer sees the story, and an edit reaches the desk.
    const reader = await StoryClient.connect(newsroom.url, storyId, await invite(store, { name: 'reader', role: 'editor' }));
    expect(contentOf(reader.doc)).toEqual(before);
    reader.appendParagraph('Still served.');
    await waitUntil(() => expect(desk.bodyText()).toBe('Filed by the desk.\nStill served.'));
    reader.destroy();
  });
});
