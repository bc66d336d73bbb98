import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/services/dispatch';
import { createDeskServices } from '../../main/services/desk/deskServices';
import { recoverOutbox } from '../../node/outbox';
import { inProcessOutboxFiles } from '../../main/services/desk/outboxFiles';
import { Store } from '../../main/store/store';
import { inProcessStore, type StorePort } from '../../main/store/storePort';
import { KILL_REASON_NEEDED } from '../../src/desk/killNotice';
import type { SendOutcome } from '../../src/desk/types';
import { KILLED_IS_FINAL } from '../../src/story/statusRules';
import { bodyWithPhoto, DESK_NOW, readyStory, storeSamplePhoto } from '../support/deskStories';
import { tempFolder } from '../support/tempLibrary';

let folder: ReturnType<typeof tempFolder>;
let store: Store;
let port: StorePort;
let desk: ReturnType<typeof createDeskServices>;
let outbox: string;

beforeEach(async () => {
  folder = tempFolder();
  outbox = folder.file('outbox');
  store = new Store(folder.file('library.galley'));
  port = inProcessStore(store);
  desk = createDeskServices(port, { now: () => DESK_NOW, assetFolder: folder.file('library.galley.assets') });
  await desk.saveDestination({ destination: { name: 'Wire', folder: outbox, formats: ['nitf', 'ninjs'], fileNamePattern: '{slug}-{seq}.{ext}' } });
});
afterEach(() => {
  store.close();
  folder.cleanup();
});

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const files = () => (existsSync(outbox) ? readdirSync(outbox).sort() : []);
const sent = (o: SendOutcome) => (o.sent ? o : expect.fail(`${o.id} was skipped: ${o.reasons.join('; ')}`));

describe('sendStories', () => {
  it('sends the ready stories in every format, numbered in sequence, and lists the one that is not ready with its reason', async () => {
    const a = readyStory(store, { slug: 'GRAIN-A', body: bodyWithPhoto('AFP/Ana Ruiz', storeSamplePhoto(folder.file('library.galley.assets')).id) });
    const b = readyStory(store, { slug: 'GRAIN-B' });
    const c = readyStory(store, { slug: 'GRAIN-C', body: bodyWithPhoto('') });
    const result = await desk.sendStories({ ids: [a.id, b.id, c.id], destination: 'wire' });

    expect(result.destination).toBe('Wire');
    expect(result.outcomes.map((o) => o.sent)).toEqual([true, true, false]);
    expect(result.outcomes[2]).toMatchObject({ sent: false, reasons: ['Photo 1 has no photo credit.'] });
    expect(files()).toEqual(['GRAIN-A-1.nitf.xml', 'GRAIN-A-2.ninjs.json', 'GRAIN-A-3.png', 'GRAIN-B-4.nitf.xml', 'GRAIN-B-5.ninjs.json']);
    for (const entry of sent(result.outcomes[0]).files) {
      expect(sha(readFileSync(join(outbox, entry.fileName)))).toBe(entry.sha256);
      expect(entry).toMatchObject({ destination: 'Wire', version: a.version + 1, kind: 'send', sentAt: DESK_NOW.toISOString() });
    }
    expect(readFileSync(join(outbox, 'GRAIN-A-1.nitf.xml'), 'utf8')).toContain(`version="${a.version + 1}"`);
    expect(await port.getStory(a.id)).toMatchObject({ status: 'sent', version: a.version + 1 });
    expect(await port.getStory(c.id)).toMatchObject({ status: 'ready', version: c.version });
    expect((await port.getDestination('Wire')).nextSequence).toBe(6);
    expect((await desk.getSentLog({ destination: 'Wire', limit: 100 })).map((e) => e.sequence)).toEqual([5, 4, 3, 2, 1]);
  });

  it('sends an edited sent story again as a correction, only with a note, and carries the note', async () => {
    const story = readyStory(store);
    sent((await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0]);
    const unchanged = (await desk.sendStories({ ids: [story.id], destination: 'Wire', correctionNote: 'x' })).outcomes[0];
    expect(unchanged).toMatchObject({ sent: false, reasons: [expect.stringMatching(/already went to Wire; edit the story/)] });

    const current = await port.getStory(story.id);
    await port.saveStory({ id: story.id, baseVersion: current.version, changes: { headline: 'Ukraine and Turkey extend grain corridor to March' } });
    const noNote = (await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0];
    expect(noNote).toMatchObject({ sent: false, reasons: [expect.stringMatching(/is a correction and needs a short correction note/)] });

    const corrected = sent((await desk.sendStories({ ids: [story.id], destination: 'Wire', correctionNote: 'Corrects the end date.' })).outcomes[0]);
    expect(corrected.kind).toBe('correction');
    expect(corrected.files.map((f) => [f.sequence, f.correctionNote])).toEqual([
      [3, 'Corrects the end date.'],
      [4, 'Corrects the end date.'],
    ]);
    expect(readFileSync(join(outbox, corrected.files[0].fileName), 'utf8')).toMatch(/<correction info="Corrects the end date\."/);
  });

  it('refuses a file that fails its schema and writes nothing for that story', async () => {
    const story = readyStory(store);
    const failing = createDeskServices(port, { now: () => DESK_NOW, schemasFolder: folder.dir });
    // A schemas folder whose NITF schema accepts nothing: the validation step must stop the send.
    const { mkdirSync, cpSync } = await import('node:fs');
    cpSync(join(__dirname, '../../assets/schemas'), folder.dir, { recursive: true });
    writeFileSync(join(folder.dir, 'nitf', 'nitf-3-6.xsd'), '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:none"/>');
    mkdirSync(outbox, { recursive: true });
    const outcome = (await failing.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0];
    expect(outcome).toMatchObject({ sent: false, reasons: [expect.stringMatching(/NITF 3.6 file did not pass its schema, so nothing was sent/)] });
    expect(files()).toEqual([]);
    expect((await port.getDestination('Wire')).nextSequence).toBe(1);
  });

  it('refuses to overwrite a file already in the outbox', async () => {
    const story = readyStory(store, { slug: 'TAKEN' });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(outbox, { recursive: true });
    writeFileSync(join(outbox, 'TAKEN-1.nitf.xml'), 'someone else');
    const outcome = (await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0];
    expect(outcome).toMatchObject({ sent: false, reasons: [expect.stringMatching(/TAKEN-1.nitf.xml already exists/)] });
    expect(files()).toEqual(['TAKEN-1.nitf.xml']);
  });

  it('refuses a name held by a symlink that points nowhere, and leaves the link as it was', async () => {
    const story = readyStory(store, { slug: 'LINKED' });
    mkdirSync(outbox, { recursive: true });
    symlinkSync(folder.file('nowhere'), join(outbox, 'LINKED-1.nitf.xml'));
    const outcome = (await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0];
    expect(outcome).toMatchObject({ sent: false, reasons: [expect.stringMatching(/LINKED-1.nitf.xml already exists/)] });
    expect(readlinkSync(join(outbox, 'LINKED-1.nitf.xml'))).toBe(folder.file('nowhere'));
    expect(existsSync(folder.file('nowhere'))).toBe(false);
    expect(files()).toEqual(['LINKED-1.nitf.xml']);
  });

  it('keeps a file that appears after the check, and puts the sent file in place once it is moved away', async () => {
    const story = readyStory(store, { slug: 'RACE' });
    // The user's file lands between the check for free names and the publish (during the commit).
    const racing: StorePort = new Proxy(port, {
      get: (target, name) =>
        name === 'commitSend'
          ? async (input: Parameters<StorePort['commitSend']>[0]) => {
              writeFileSync(join(outbox, 'RACE-1.nitf.xml'), 'the user got here first');
              return target.commitSend(input);
            }
          : target[name as keyof StorePort],
    });
    const racingDesk = createDeskServices(racing, { now: () => DESK_NOW });
    const outcome = (await racingDesk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0];
    expect(outcome).toMatchObject({ sent: false, reasons: [expect.stringMatching(/Logged as sent, .*RACE-1.nitf.xml already exists/)] });
    expect(readFileSync(join(outbox, 'RACE-1.nitf.xml'), 'utf8')).toBe('the user got here first');

    // Recovery before the next send will not replace it either, and says which file is in the way.
    await expect(desk.sendStories({ ids: [story.id], destination: 'Wire' })).rejects.toThrow(/RACE-1.nitf.xml already exists .*Move it away/);
    expect(readFileSync(join(outbox, 'RACE-1.nitf.xml'), 'utf8')).toBe('the user got here first');

    const { renameSync } = await import('node:fs');
    renameSync(join(outbox, 'RACE-1.nitf.xml'), folder.file('moved.xml'));
    await recoverOutbox(outbox, port, inProcessOutboxFiles());
    const log = await port.listSentLog({ storyId: story.id });
    expect(files()).toEqual(log.map((entry) => entry.fileName).sort());
    for (const entry of log) expect(sha(readFileSync(join(outbox, entry.fileName)))).toBe(entry.sha256);
  });

  it.each([
    ['my:file-{seq}.{ext}', /must not contain ":"/],
    ['{slug}-{seq}?.{ext}', /must not contain "\?"/],
    ['{slug}-{seq}.{ext}.', /must not end with a dot or a space/],
    ['{slug}-{seq}.{ext} ', /must not end with a dot or a space/],
    ['CON.{seq}.{ext}', /must not start with CON: Windows reserves that name/],
    ['com{seq}.{ext}', /must not start with com1: Windows reserves that name/],
  ])('refuses the file-name pattern %j where it is set', async (fileNamePattern, message) => {
    const result = await dispatch(desk as never, 'saveDestination', { destination: { name: 'Other', folder: outbox, formats: ['nitf'], fileNamePattern } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(message) } });
  });

  it('reports an unknown destination clearly', async () => {
    const result = await dispatch(desk as never, 'sendStories', { ids: ['X'], destination: 'Nowhere' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/No destination named "Nowhere"/) } });
  });
});

describe('killStory', () => {
  it('sends a kill notice in each format the story went out in and marks it killed', async () => {
    const story = readyStory(store, { slug: 'WITHDRAWN' });
    await desk.sendStories({ ids: [story.id], destination: 'Wire' });
    const [result] = await desk.killStory({ id: story.id, reason: 'Legal advice.' });
    const outcome = sent(result.outcomes[0]);
    expect(outcome.files.map((f) => [f.kind, f.format, f.sequence])).toEqual([
      ['kill', 'nitf', 3],
      ['kill', 'ninjs', 4],
    ]);
    expect(readFileSync(join(outbox, 'WITHDRAWN-3.nitf.xml'), 'utf8')).toMatch(/KILL: .*Legal advice\./s);
    expect(readFileSync(join(outbox, 'WITHDRAWN-3.nitf.xml'), 'utf8')).toContain('<docdata management-status="canceled"');
    expect(readFileSync(join(outbox, 'WITHDRAWN-3.nitf.xml'), 'utf8')).toContain('<ed-msg msg-type="kill" info="Legal advice."/>');
    expect(JSON.parse(readFileSync(join(outbox, 'WITHDRAWN-4.ninjs.json'), 'utf8'))).toMatchObject({ pubStatus: 'canceled', urgency: 1 });
    expect((await port.getStory(story.id)).status).toBe('killed');
    const again = (await desk.sendStories({ ids: [story.id], destination: 'Wire', correctionNote: 'x' })).outcomes[0];
    expect(again).toMatchObject({ sent: false, reasons: [KILLED_IS_FINAL] });
    await expect(desk.killStory({ id: story.id, reason: 'Again.' })).rejects.toThrow(/a kill is final/);
    // Nor does the Status dropdown's path reopen it, which is how a killed story once went out again.
    expect(() => store.setStatus({ id: story.id, status: 'ready' })).toThrow(KILLED_IS_FINAL);
  });

  it('refuses to kill a story that never went out', async () => {
    const story = readyStory(store);
    await expect(desk.killStory({ id: story.id, reason: 'Legal advice.' })).rejects.toThrow(/never sent/);
  });

  it('refuses a kill without a reason, through the contract, and sends nothing', async () => {
    const story = readyStory(store, { slug: 'NOREASON' });
    await desk.sendStories({ ids: [story.id], destination: 'Wire' });
    for (const reason of ['', '   ']) {
      const result = await dispatch(desk as never, 'killStory', { id: story.id, reason });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining(KILL_REASON_NEEDED) } });
    }
    expect(files()).toEqual(['NOREASON-1.nitf.xml', 'NOREASON-2.ninjs.json']);
    expect((await port.getStory(story.id)).status).toBe('sent');
  });

  it('marks a story corrected when its correction goes, in the same transaction as the log rows', async () => {
    const story = readyStory(store, { slug: 'FIXED' });
    await desk.sendStories({ ids: [story.id], destination: 'Wire' });
    const sentStory = await port.getStory(story.id);
    await port.saveStory({ id: story.id, baseVersion: sentStory.version, changes: { headline: 'Grain corridor extended again' } });
    const outcome = sent((await desk.sendStories({ ids: [story.id], destination: 'Wire', correctionNote: 'Fixes the headline.' })).outcomes[0]);
    const corrected = await port.getStory(story.id);
    expect(corrected.status).toBe('corrected');
    expect(outcome.files.every((f) => f.kind === 'correction' && f.version === corrected.version)).toBe(true);
  });
});

describe('recoverOutbox', () => {
  it('finishes a committed rename and deletes the temp files of a send that never committed', async () => {
    const story = readyStory(store);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(outbox, { recursive: true });
    // pid 2^22+1 is above Linux's pid_max: that process is certainly not alive.
    const dead = 4194305;
    const committedTemp = `.galley-${dead}-01J00000000000000000000000.tmp`;
    const strayTemp = `.galley-${dead}-01J00000000000000000000001.tmp`;
    writeFileSync(join(outbox, committedTemp), 'whole file');
    writeFileSync(join(outbox, strayTemp), 'half a fi');
    store.commitSend({
      storyId: story.id,
      baseVersion: story.version,
      destination: 'Wire',
      firstSequence: 1,
      kind: 'send',
      files: [{ format: 'nitf', fileName: 'GRAIN-DEAL-1.xml', sha256: sha(Buffer.from('whole file')), tempName: committedTemp }],
      sentAt: DESK_NOW.toISOString(),
    });
    expect(await recoverOutbox(outbox, port, inProcessOutboxFiles())).toEqual({ completed: ['GRAIN-DEAL-1.xml'], discarded: [strayTemp] });
    expect(files()).toEqual(['GRAIN-DEAL-1.xml']);
  });
});

describe('recoverOutbox never replaces a file', () => {
  const dead = 4194305;
  const temp = `.galley-${dead}-01J00000000000000000000000.tmp`;
  const commitTemp = (fileName: string) => {
    const story = readyStory(store);
    store.commitSend({ storyId: story.id, baseVersion: story.version, destination: 'Wire', firstSequence: 1, kind: 'send', files: [{ format: 'nitf', fileName, sha256: sha(Buffer.from('whole file')), tempName: temp }], sentAt: DESK_NOW.toISOString() });
  };

  it('leaves a file or a dangling symlink at the logged name alone and names it', async () => {
    mkdirSync(outbox, { recursive: true });
    writeFileSync(join(outbox, temp), 'whole file');
    symlinkSync(folder.file('nowhere'), join(outbox, 'GRAIN-DEAL-1.xml'));
    commitTemp('GRAIN-DEAL-1.xml');
    await expect(recoverOutbox(outbox, port, inProcessOutboxFiles())).rejects.toThrow(/GRAIN-DEAL-1.xml already exists in .*Galley never overwrites a file/);
    expect(readlinkSync(join(outbox, 'GRAIN-DEAL-1.xml'))).toBe(folder.file('nowhere'));
    expect(readFileSync(join(outbox, temp), 'utf8')).toBe('whole file');
  });

  it('finishes a publish cut short between its link and its unlink', async () => {
    mkdirSync(outbox, { recursive: true });
    writeFileSync(join(outbox, temp), 'whole file');
    linkSync(join(outbox, temp), join(outbox, 'GRAIN-DEAL-1.xml'));
    commitTemp('GRAIN-DEAL-1.xml');
    expect(await recoverOutbox(outbox, port, inProcessOutboxFiles())).toEqual({ completed: ['GRAIN-DEAL-1.xml'], discarded: [] });
    expect(files()).toEqual(['GRAIN-DEAL-1.xml']);
  });
});

describe('checkStory, previewExport and the profile', () => {
  it('lists readiness problems under the stored profile', async () => {
    const story = readyStory(store, { headline: 'A headline that is rather long for the wire at seventy characters in all' });
    expect((await desk.checkStory({ id: story.id })).problems.map((p) => p.code)).toEqual(['headline-long']);
    await desk.saveReadinessProfile({ profile: { ...(await desk.getReadinessProfile({})), headlineMax: 60, headlineWarn: 50 } });
    const result = await desk.checkStory({ id: story.id });
    expect(result).toMatchObject({ ready: false, problems: [{ code: 'headline-too-long', severity: 'error' }] });
  });

  it('refuses a profile whose warning is above its limit', async () => {
    await expect(desk.saveReadinessProfile({ profile: { ...(await desk.getReadinessProfile({})), headlineMax: 60, headlineWarn: 70 } })).rejects.toThrow(
      /headline warning \(70\) must not be above the headline limit \(60\)/,
    );
  });

  it('previews a format with its losses and a clean schema check', async () => {
    const story = readyStory(store, { headline: 'Café owners protest the new grain tariff in Zürich' });
    const anpa = await desk.previewExport({ id: story.id, format: 'anpa' });
    expect(anpa.text).toContain('Cafe owners');
    expect(anpa.losses.map((l) => l.code)).toContain('transliterated');
    const nitf = await desk.previewExport({ id: story.id, format: 'newsml' });
    expect(nitf.invalid).toEqual([]);
    expect(nitf.text).toContain('<newsItem');
  });

  it('previews exactly the file a send writes, version included', async () => {
    const story = readyStory(store);
    const previews = await Promise.all((['nitf', 'ninjs'] as const).map((format) => desk.previewExport({ id: story.id, format })));
    const went = sent((await desk.sendStories({ ids: [story.id], destination: 'Wire' })).outcomes[0]);
    expect(went.files.map((f) => readFileSync(join(outbox, f.fileName), 'utf8'))).toEqual(previews.map((p) => p.text));
  });
});
