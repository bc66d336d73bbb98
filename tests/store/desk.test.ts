import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../main/store/store';
import type { CommitSendInput } from '../../main/store/desk';
import { HAND_SET_STATUSES, KILLED_IS_FINAL, statusChangeRefusal } from '../../src/story/statusRules';
import { STORY_STATUSES, type Story, type StoryStatus } from '../../src/story/story';
import { bodyFromParagraphs } from '../../src/story/body';
import { readyStory } from '../support/deskStories';
import { tempFolder } from '../support/tempLibrary';

let folder: ReturnType<typeof tempFolder>;
let store: Store;

beforeEach(() => {
  folder = tempFolder();
  store = new Store(folder.file('library.galley'));
  store.saveDestination({ name: 'Wire', folder: folder.file('out'), formats: ['nitf', 'ninjs'] });
});
afterEach(() => {
  store.close();
  folder.cleanup();
});

function commitInput(storyId: string, baseVersion: number, firstSequence: number): CommitSendInput {
  return {
    storyId,
    baseVersion,
    destination: 'Wire',
    firstSequence,
    kind: 'send',
    files: [
      { format: 'nitf', fileName: `S-${firstSequence}.xml`, sha256: 'a'.repeat(64), tempName: `.t-${firstSequence}` },
      { format: 'ninjs', fileName: `S-${firstSequence + 1}.json`, sha256: 'b'.repeat(64), tempName: `.t-${firstSequence + 1}` },
    ],
    sentAt: '2026-11-06T12:00:00.000Z',
  };
}

describe('destinations', () => {
  it('stores a destination with the default file-name pattern and sequence 1', () => {
    expect(store.getDestination('wire')).toEqual({ name: 'Wire', folder: folder.file('out'), formats: ['nitf', 'ninjs'], fileNamePattern: '{slug}-{seq}.{ext}', nextSequence: 1 });
  });

  it.each([
    [{ name: 'Wire', folder: '/tmp/x', formats: ['nitf'] }, /already exists/],
    [{ name: 'Other', folder: 'relative/out', formats: ['nitf'] }, /folder must be an absolute path/],
    [{ name: 'Other', folder: '/tmp/x', formats: [] }, /needs at least one format/],
    [{ name: 'Other', folder: '/tmp/x', formats: ['json'] }, /formats/],
    [{ name: 'Other', folder: '/tmp/x', formats: ['nitf'], fileNamePattern: '{slug}.{ext}' }, /must contain \{seq\}/],
    [{ name: 'Other', folder: '/tmp/x', formats: ['nitf'], fileNamePattern: '../{seq}.{ext}' }, /must be a file name/],
    [{ name: 'Other', folder: '/tmp/x', formats: ['nitf'], fileNamePattern: '{seq}-{date}.{ext}' }, /may use only/],
  ])('refuses %j with a clear message', (input, message) => {
    expect(() => store.saveDestination(input)).toThrow(message);
  });

  it('a destination removed and added again continues after its last logged sequence number', () => {
    const story = readyStory(store);
    store.commitSend(commitInput(story.id, story.version, 1));
    store.deleteDestination('Wire');
    expect(store.listSentLog({ destination: 'Wire' })).toHaveLength(2);
    expect(store.saveDestination({ name: 'Wire', folder: folder.file('out'), formats: ['nitf'] }).nextSequence).toBe(3);
  });
});

describe('commitSend', () => {
  it('takes the sequence numbers, writes one row per file and marks the story sent at version + 1, together', () => {
    const story = readyStory(store);
    const { entries, story: sent } = store.commitSend(commitInput(story.id, story.version, 1));
    expect(entries.map((e) => [e.sequence, e.format, e.version, e.kind])).toEqual([
      [1, 'nitf', story.version + 1, 'send'],
      [2, 'ninjs', story.version + 1, 'send'],
    ]);
    expect(sent).toMatchObject({ status: 'sent', version: story.version + 1 });
    expect(store.getStory(story.id)).toMatchObject({ status: 'sent', version: story.version + 1 });
    expect(store.getDestination('Wire').nextSequence).toBe(3);
    expect(store.listRevisions(story.id)[0]).toMatchObject({ kind: 'send', status: 'sent' });
    expect(store.findSentByTempNames(['.t-2', '.nope']).map((e) => [e.fileName, e.tempName])).toEqual([['S-2.json', '.t-2']]);
  });

  it('refuses a stale sequence number and writes nothing', () => {
    const story = readyStory(store);
    expect(() => store.commitSend(commitInput(story.id, story.version, 7))).toThrow(/took sequence number 7/);
    expect(store.getDestination('Wire').nextSequence).toBe(1);
    expect(store.listSentLog({ storyId: story.id })).toEqual([]);
    expect(store.getStory(story.id).status).toBe('ready');
  });

  it('refuses a story that changed since it was rendered and leaves the counter alone', () => {
    const story = readyStory(store);
    store.saveStory({ id: story.id, baseVersion: story.version, changes: { headline: 'Changed' } });
    expect(() => store.commitSend(commitInput(story.id, story.version, 1))).toThrow(/changed while it was being sent/);
    expect(store.getDestination('Wire').nextSequence).toBe(1);
    expect(store.listSentLog({})).toEqual([]);
  });

  it('rolls the counter back when a row cannot be written (one transaction)', () => {
    const story = readyStory(store);
    const input = commitInput(story.id, story.version, 1);
    // Two files with the same temp name violate the UNIQUE constraint on the second insert.
    const broken = { ...input, files: [input.files[0], { ...input.files[1], tempName: input.files[0].tempName }] };
    expect(() => store.commitSend(broken)).toThrow();
    expect(store.getDestination('Wire').nextSequence).toBe(1);
    expect(store.listSentLog({})).toEqual([]);
    expect(store.getStory(story.id)).toMatchObject({ status: 'ready', version: story.version });
  });

  it('lists the log newest first, per story and per destination', () => {
    const a = readyStory(store);
    const b = readyStory(store, { slug: 'OTHER' });
    store.commitSend(commitInput(a.id, a.version, 1));
    store.commitSend({ ...commitInput(b.id, b.version, 3), files: commitInput(b.id, b.version, 3).files.map((f) => ({ ...f, tempName: `${f.tempName}b` })) });
    expect(store.listSentLog({ storyId: a.id }).map((e) => e.sequence)).toEqual([2, 1]);
    expect(store.listSentLog({ destination: 'wire' }).map((e) => e.sequence)).toEqual([4, 3, 2, 1]);
  });
});

describe('status follows the wire (issue 23)', () => {
  /** A story brought to `status` the only ways Galley allows: by hand, or by a logged send or kill. */
  function storyAt(status: StoryStatus): Story {
    const story = readyStory(store, { slug: status.toUpperCase() });
    if (HAND_SET_STATUSES.includes(status as never)) return store.setStatus({ id: story.id, status });
    let next = store.getDestination('Wire').nextSequence;
    const send = (kind: CommitSendInput['kind']) => {
      const current = store.getStory(story.id);
      const input = commitInput(story.id, current.version, next);
      store.commitSend({ ...input, kind, files: input.files.map((f) => ({ ...f, fileName: `${story.id}-${f.fileName}`, tempName: `${f.tempName}-${story.id}-${kind}` })) });
      next += 2;
    };
    send('send');
    if (status === 'corrected') send('correction');
    if (status === 'killed') send('kill');
    return store.getStory(story.id);
  }

  const refused = STORY_STATUSES.flatMap((from) => STORY_STATUSES.filter((to) => to !== from && statusChangeRefusal(from, to)).map((to) => [from, to] as const));

  it.each(refused)('refuses %s → %s by hand, with the reason, and changes nothing', (from, to) => {
    const story = storyAt(from);
    expect(story.status).toBe(from);
    expect(() => store.setStatus({ id: story.id, status: to })).toThrow(expect.objectContaining({ code: 'invalid-input', message: statusChangeRefusal(from, to) }));
    expect(store.getStory(story.id)).toMatchObject({ status: from, version: story.version });
  });

  it('lets people move a sent story back to edited (a correction in the making)', () => {
    const story = storyAt('sent');
    expect(store.setStatus({ id: story.id, status: 'edited' }).status).toBe('edited');
  });

  it('refuses a send of a killed story in the commit itself', () => {
    const story = storyAt('killed');
    const next = store.getDestination('Wire').nextSequence;
    expect(() => store.commitSend(commitInput(story.id, story.version, next))).toThrow(KILLED_IS_FINAL);
    expect(store.getDestination('Wire').nextSequence).toBe(next);
  });

  it('keeps the status when an older revision is restored: a restore does not unkill', () => {
    const story = storyAt('killed');
    const first = store.listRevisions(story.id).at(-1)!;
    const restored = store.restoreRevision({ id: story.id, revisionId: first.id, baseVersion: story.version });
    expect(restored.status).toBe('killed');
  });
});

describe('history of sends (issue 23)', () => {
  it('names the revision of a send, a correction and a kill, and counts a one-word correction as one word', () => {
    const story = readyStory(store, { body: bodyFromParagraphs(['Ships loaded with wheat left the port of Odesa on Friday, the first to sail since the corridor was agreed in July.']) });
    store.commitSend(commitInput(story.id, story.version, 1));
    const sent = store.getStory(story.id);
    const edited = store.saveStory({ id: story.id, baseVersion: sent.version, changes: { body: bodyFromParagraphs(['Ships loaded with wheat left the port of Odesa on Saturday, the first to sail since the corridor was agreed in July.']) } });
    const correction = commitInput(story.id, edited.version, 3);
    store.commitSend({ ...correction, kind: 'correction', correctionNote: 'Saturday, not Friday.', files: correction.files.map((f) => ({ ...f, tempName: `${f.tempName}c` })) });
    const kill = commitInput(story.id, store.getStory(story.id).version, 5);
    store.commitSend({ ...kill, kind: 'kill', files: kill.files.map((f) => ({ ...f, tempName: `${f.tempName}k` })) });
    const revisions = store.listRevisions(story.id);
    expect(revisions.slice(0, 3).map((r) => [r.kind, r.status])).toEqual([
      ['kill', 'killed'],
      ['correction', 'corrected'],
      ['send', 'sent'],
    ]);
    // The correction's revision: Friday → Saturday, and the status word.
    expect(revisions[1].changedWords).toBe(2);
  });
});
