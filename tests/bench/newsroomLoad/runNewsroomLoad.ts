// The newsroom under load (issue 22): simulated people on real server instances, PostgreSQL and
// Redis, for a fixed time; then every copy of every story is compared with what the server
// stored. `npm run bench -- --only newsroom` reports it (newsroomBench.ts); a short run is a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { openPostgresStore } from '../../../server/store/postgresStore';
import { newToken, type NewsroomStore } from '../../../server/store/store';
import { STORY_PARTS } from '../../../src/newsroom/storyDoc';
import { fieldValues, storyToUpdate } from '../../../src/newsroom/storyYjs';
import { DEFAULT_FILE_NAME_PATTERN } from '../../../src/desk/destination';
import { DESK_PATHS, logReplySchema } from '../../../src/newsroom/deskMessages';
import { bodyFromParagraphs } from '../../../src/story/body';
import { blankStoryFields, type Story } from '../../../src/story/story';
import { castFor, paragraphText, personName, seededRandom, topicCount } from '../newsText';
import { storyFields } from '../../support/storyBuilders';
import { ulid } from 'ulid';
import { EditLedger } from './editLedger';
import { LoadDesktop, type SendAnswer, type StoryCopy } from './loadDesktop';
import { planLoad } from './loadPlan';
import { DEFAULT_ENGINES, startCluster, type ProcessSample, type ServerInstance } from './newsroomCluster';
import { editorAtWork, reporterAtWork, reviewerAtWork, type Typing } from './peopleAtWork';
import { startRedisFloor } from './redisFloor';

export type LoadOptions = Readonly<{
  people: number;
  stories: number;
  durationSeconds: number;
  seed: number;
  /** How long the connected, silent newsroom is watched before the load, for the servers' idle CPU. */
  idleSeconds?: number;
  postgres?: string;
  redis?: string;
  progress?: (line: string) => void;
}>;

export type InstanceFigures = Readonly<{
  /** Stories open on the instance at the end of the load. */
  documents: number;
  /** CPU ms per wall-clock second while connected and silent, and under the load. */
  idleCpuMsPerSecond: number;
  loadCpuMsPerSecond: number;
  /** Resident memory before anyone connected, with every story open (before the load), and at the end of the load. */
  rssBeforeBytes: number;
  rssOpenBytes: number;
  rssAfterBytes: number;
  /** Stories open on the instance before the load (what rssOpenBytes holds). */
  documentsOpen: number;
}>;

export type LoadResult = Readonly<{
  people: number;
  stories: number;
  durationSeconds: number;
  seed: number;
  /** Keys reporters typed, and every timed edit (keys, status changes, review marks). */
  keys: number;
  edits: number;
  /** Edit-to-other-client latencies (ms), one per edit and other copy of its story. */
  latencies: number[];
  /** Arrivals the timed edits owe (each edit to every other open copy of its story). */
  expectedArrivals: number;
  /** The same-size message through Redis pub/sub alone, during the load (ms). */
  floorLatencies: number[];
  floorMessageBytes: number;
  /** What reporters' sockets sent while typing, and the Yjs updates alone, per key. */
  bytesPerKey: number;
  updateBytesPerKey: number;
  instances: InstanceFigures[];
  /** Documents the instances stored in PostgreSQL during the load (their `stored` log lines). */
  storesDuringLoad: number;
  /** Seconds from the end of the load until every copy of every story was in step (null: not within the patience). */
  settleSeconds: number | null;
  /** Mean size of a story's whole Yjs state at the end (bytes). */
  meanStoryStateBytes: number;
  convergence: Readonly<{ stories: number; copies: number; mismatches: string[]; refusals: string[] }>;
  sends: SendsCheck;
}>;

/** The editors' sends, and whether every file sent took one sequence number of its own. */
export type SendsCheck = Readonly<{
  asked: number;
  sent: number;
  /** Refused by the desk's rules (the story not ready, sent already...), nothing written. */
  refused: number;
  /** Refused because the story changed between the editor's sync and the send (409); the editor syncs and tries again. */
  changedSinceSynced: number;
  /** Anything else: an error status or no answer. */
  failed: string[];
  /** Every successful send took exactly one number (one format), and no number was taken twice, in the replies or in the sent log. */
  oneNumberEach: boolean;
  duplicateNumbers: number[];
  /** The newsroom's sent log lists every number the sends were told. */
  logAgrees: boolean;
  /** Sends in the log whose reply never came (the desktop gave up waiting; the server went on). */
  sentUnanswered: number;
}>;

/** How many times an editor syncs and sends again when someone typed in the story in between. */
const SEND_ATTEMPTS = 3;

/** The newsroom destination editors send to: one format, so that one send takes one number. */
const DESTINATION = 'Wire';

/** How long the run waits for every copy to be in step after the load stops, before calling it a failure. */
const QUIET_PATIENCE_MS = 120_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, ready: () => boolean, patienceMs = QUIET_PATIENCE_MS): Promise<void> {
  if (!(await becomes(ready, patienceMs))) throw new Error(`gave up waiting (${patienceMs / 1000} s) for ${what}`);
}

/** Whether `ready` turns true within `patienceMs`. */
async function becomes(ready: () => boolean, patienceMs: number): Promise<boolean> {
  const deadline = performance.now() + patienceMs;
  while (!ready()) {
    if (performance.now() > deadline) return false;
    await sleep(25);
  }
  return true;
}

/** A story's first draft, as its reporter's desktop converts it: once, where it was created. */
function firstDraft(seed: number, story: number, id: string): Uint8Array {
  const rand = seededRandom(seed * 100_003 + story);
  const cast = castFor(rand);
  const topics = [Math.floor(rand() * topicCount())];
  const now = new Date().toISOString();
  // Complete enough for the desk's rules, so that an editor's send can go.
  const draft: Story = {
    ...blankStoryFields(),
    ...storyFields({
      slug: `LOAD-${story}`,
      headline: paragraphText(rand, topics, cast, 8),
      byline: `By ${personName(rand)}`,
      body: bodyFromParagraphs([0, 1, 2].map(() => paragraphText(rand, topics, cast, 50))),
    }),
    id,
    status: 'draft',
    review: { state: 'none' },
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  return storyToUpdate(draft);
}

/**
 * What a copy holds, for comparing copies: the state vector (which edits it has) and every part's
 * content, in a fixed order (a map's keys come back in the order a copy happened to receive them).
 */
function contentOf(doc: Y.Doc): string {
  const sorted = (map: Y.Map<unknown>) => Object.entries(map.toJSON()).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({
    stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64'),
    body: doc.getXmlFragment(STORY_PARTS.body).toString(),
    fields: [...fieldValues(doc)],
    review: sorted(doc.getMap(STORY_PARTS.review)),
  });
}

const cpuPerSecond = (from: ProcessSample, to: ProcessSample, ms: number) => ((to.cpuMs - from.cpuMs) * 1000) / ms;

/** Runs the load and returns its figures; throws only when the newsroom could not be set up. */
export async function runNewsroomLoad(options: LoadOptions): Promise<LoadResult> {
  const progress = options.progress ?? (() => {});
  const engines = { postgres: options.postgres ?? DEFAULT_ENGINES.postgres, redis: options.redis ?? DEFAULT_ENGINES.redis };
  const plan = planLoad(options);
  const cluster = await startCluster({ ...engines, instances: 2 });
  const desktops: LoadDesktop[] = [];
  const outbox = mkdtempSync(join(tmpdir(), 'galley-load-outbox-'));
  let store: NewsroomStore | undefined;
  try {
    const rssBefore = cluster.instances.map((instance) => instance.sample().rssBytes);
    store = await openPostgresStore(cluster.databaseUrl);
    await store.addDestination({ name: DESTINATION, folder: outbox, formats: ['nitf'], fileNamePattern: DEFAULT_FILE_NAME_PATTERN });
    const storyIds = Array.from({ length: plan.stories }, () => ulid());
    const ledger = new EditLedger();
    progress(`${plan.people.length} people, ${plan.stories} stories, 2 instances (database ${cluster.databaseUrl.split('/').pop()})`);

    const tokens = await Promise.all(
      plan.people.map(async (person) => {
        const { token, tokenHash } = newToken();
        await store!.addMember({ name: person.name, role: person.role }, tokenHash);
        return token;
      }),
    );
    for (const [index, person] of plan.people.entries()) {
      desktops.push(new LoadDesktop(cluster.instances[person.instance].url, tokens[index], ledger));
    }
    const allCopies = () => desktops.flatMap((desktop) => [...desktop.copies.values()]);

    // Reporters create their stories first: a story exists on the server once its creator wrote it.
    for (const [story, owner] of plan.owners.entries()) desktops[owner].open(storyIds[story], firstDraft(options.seed, story, storyIds[story]));
    await waitFor('every story to reach the server', () => allCopies().every((copy) => copy.settled || copy.refusal !== null));
    for (const [story, writers] of plan.coWriters.entries()) {
      for (const writer of writers) await store.assign(storyIds[story], plan.people[writer].name);
    }
    for (const [index, person] of plan.people.entries()) {
      for (const story of person.opens) if (!desktops[index].copies.has(storyIds[story])) desktops[index].open(storyIds[story]);
    }
    await waitFor('every copy to sync', () => allCopies().every((copy) => copy.settled || copy.refusal !== null));
    progress(`${allCopies().length} copies open and in step`);

    // One key typed and measured on a reporter's socket: the size of the floor's message.
    const calibration = desktops[plan.owners[0]].copies.get(storyIds[0])!;
    const paragraph = calibration.newParagraph();
    const before = desktops[plan.owners[0]].bytesSent;
    calibration.typeKey(paragraph, 'x');
    const floorMessageBytes = desktops[plan.owners[0]].bytesSent - before;
    await waitFor('the calibration key to be acknowledged', () => calibration.settled);

    const idleMs = (options.idleSeconds ?? 2) * 1000;
    const documentsOpen = await Promise.all(cluster.instances.map((instance) => instance.documents()));
    const idleFrom = cluster.instances.map((instance) => instance.sample());
    await sleep(idleMs);
    const idleTo = cluster.instances.map((instance) => instance.sample());

    // The load: everyone at work for the run's duration, the Redis floor beside them.
    const floor = await startRedisFloor({ url: engines.redis, channel: `${cluster.redisPrefix}:floor`, messageBytes: floorMessageBytes, everyMs: 50 });
    const reporters = plan.people.flatMap((person, index) => (person.role === 'reporter' ? [index] : []));
    const sentBefore = reporters.map((index) => desktops[index].bytesSent);
    let updateBytes = 0;
    const countUpdates = (update: Uint8Array, origin: unknown) => {
      if (origin === null) updateBytes += update.byteLength;
    };
    for (const index of reporters) for (const copy of desktops[index].copies.values()) copy.doc.on('update', countUpdates);
    const logFrom = cluster.instances.map((instance) => instance.log.length);
    const loadFrom = cluster.instances.map((instance) => instance.sample());
    const started = performance.now();
    ledger.startRecording();
    const stop = new AbortController();
    const typing: Typing = { keys: 0 };
    const sends: SendAnswer[] = [];
    const sentStories = new Set<string>();
    // A send refused because someone typed since the editor's sync is synced and tried again, as
    // the app tells the editor to, while the run lasts.
    const sendFrom = (desktop: LoadDesktop) => async (copy: StoryCopy) => {
      for (let attempt = 1; attempt <= SEND_ATTEMPTS && (attempt === 1 || !stop.signal.aborted); attempt++) {
        try {
          const answer = await desktop.send(copy.storyId, DESTINATION, await copy.storedRevision());
          sends.push(answer);
          if (answer.status === 200 && 'sent' in answer.body && answer.body.sent) sentStories.add(copy.storyId);
          if (answer.status !== 409) return;
        } catch (error) {
          sends.push({ status: 0, body: { error: (error as Error).message } });
          return;
        }
      }
    };
    const work = plan.people.map((person, index) => {
      const rand = seededRandom(options.seed * 7_919 + index);
      const copiesOf = (stories: readonly number[]) => stories.map((story) => desktops[index].copies.get(storyIds[story])!);
      if (person.role === 'reporter') return reporterAtWork(copiesOf(person.writes), rand, stop.signal, typing);
      if (person.role === 'editor') return editorAtWork(copiesOf(person.opens), rand, stop.signal, sendFrom(desktops[index]));
      return reviewerAtWork(person.name, copiesOf(person.opens), rand, stop.signal);
    });
    const timer = setTimeout(() => stop.abort(), options.durationSeconds * 1000);
    await Promise.all(work);
    clearTimeout(timer);
    ledger.stopRecording();
    const loadMs = performance.now() - started;
    const loadTo = cluster.instances.map((instance) => instance.sample());
    const documents = await Promise.all(cluster.instances.map((instance) => instance.documents()));
    const floorLatencies = await floor.stop();
    const sentDuringLoad = reporters.reduce((sum, index, i) => sum + desktops[index].bytesSent - sentBefore[i], 0);
    for (const index of reporters) for (const copy of desktops[index].copies.values()) copy.doc.off('update', countUpdates);
    const storesDuringLoad = cluster.instances.reduce((sum, instance, i) => sum + storedLines(instance, logFrom[i]), 0);
    progress(`load done: ${typing.keys} keys, ${ledger.edits()} edits in ${(loadMs / 1000).toFixed(1)} s; waiting for every copy to be in step`);

    // Convergence: every copy in step with the server and with each other, then with what the server stored.
    const copiesByStory = new Map<string, StoryCopy[]>();
    for (const copy of allCopies()) copiesByStory.set(copy.storyId, [...(copiesByStory.get(copy.storyId) ?? []), copy]);
    const inStep = () =>
      [...copiesByStory.values()].every((copies) => copies.every((copy) => copy.settled || copy.refusal !== null) && new Set(copies.map((copy) => contentOf(copy.doc))).size === 1);
    const quietFrom = performance.now();
    const quiet = await becomes(inStep, QUIET_PATIENCE_MS);
    const settleSeconds = quiet ? (performance.now() - quietFrom) / 1000 : null;
    progress(quiet ? `every copy in step ${settleSeconds!.toFixed(1)} s after the load stopped` : `copies still not in step ${QUIET_PATIENCE_MS / 1000} s after the load stopped`);
    // The desk's closing round, at rest: every editor sends a story of theirs not sent yet, all at
    // once, so that every run has sends that no typing can refuse. Then in step again.
    if (quiet) {
      await Promise.all(
        plan.people.map(async (person, index) => {
          const story = person.role === 'editor' ? person.opens.map((i) => storyIds[i]).find((id) => !sentStories.has(id)) : undefined;
          if (story === undefined) return;
          const copy = desktops[index].copies.get(story)!;
          if (copy.fields.get('status') !== 'ready') copy.edit(() => copy.fields.set('status', 'ready'));
          await sendFrom(desktops[index])(copy);
        }),
      );
      if (!(await becomes(inStep, QUIET_PATIENCE_MS))) progress('copies not in step after the closing sends');
    }
    const editor = plan.people.findIndex((person) => person.role === 'editor');
    const sendsCheck = await checkSends(sends, cluster.instances[0], tokens[editor]);
    const meanStoryStateBytes = mean([...copiesByStory.values()].map((copies) => Y.encodeStateAsUpdate(copies[0].doc).byteLength));
    for (const desktop of desktops.splice(0)) desktop.destroy();
    const mismatches: string[] = await cluster.stopServers();
    if (!quiet) mismatches.push(`copies were still not in step ${QUIET_PATIENCE_MS / 1000} s after the load stopped`);
    for (const [storyId, copies] of copiesByStory) {
      const stored = new Y.Doc();
      const state = await store.loadDocument(storyId);
      if (state) Y.applyUpdate(stored, state);
      const server = contentOf(stored);
      const differing = copies.filter((copy) => contentOf(copy.doc) !== server).length;
      if (differing > 0) mismatches.push(`${storyId}: ${differing} of ${copies.length} copies differ from the stored story (${missingFrom(stored, copies[0].doc)} of their edits missing there)`);
    }
    const refusals = allCopiesOf(copiesByStory).flatMap((copy) => (copy.refusal === null ? [] : [`${copy.storyId}: ${copy.refusal}`]));

    return {
      people: plan.people.length,
      stories: plan.stories,
      durationSeconds: loadMs / 1000,
      seed: options.seed,
      keys: typing.keys,
      edits: ledger.edits(),
      latencies: ledger.latencies,
      expectedArrivals: ledger.expectedArrivals(),
      floorLatencies,
      floorMessageBytes,
      bytesPerKey: sentDuringLoad / Math.max(1, typing.keys),
      updateBytesPerKey: updateBytes / Math.max(1, typing.keys),
      instances: cluster.instances.map((_, i) => ({
        documents: documents[i],
        idleCpuMsPerSecond: cpuPerSecond(idleFrom[i], idleTo[i], idleMs),
        loadCpuMsPerSecond: cpuPerSecond(loadFrom[i], loadTo[i], loadMs),
        rssBeforeBytes: rssBefore[i],
        rssOpenBytes: idleFrom[i].rssBytes,
        rssAfterBytes: loadTo[i].rssBytes,
        documentsOpen: documentsOpen[i],
      })),
      storesDuringLoad,
      settleSeconds,
      meanStoryStateBytes,
      convergence: { stories: copiesByStory.size, copies: allCopiesOf(copiesByStory).length, mismatches, refusals },
      sends: sendsCheck,
    };
  } finally {
    for (const desktop of desktops) desktop.destroy();
    await store?.close();
    await cluster.dispose();
    rmSync(outbox, { recursive: true, force: true });
  }
}

/** The sends' answers against each other and against the newsroom's sent log. */
async function checkSends(answers: readonly SendAnswer[], instance: ServerInstance, editorToken: string): Promise<SendsCheck> {
  const replies = answers.flatMap((answer) => (answer.status === 200 && 'sent' in answer.body ? [answer.body] : []));
  const sent = replies.flatMap((reply) => (reply.sent ? [reply] : []));
  const numbers = sent.flatMap((reply) => reply.files.map((file) => file.sequence));
  const logUrl = `${instance.url.replace(/^ws:/, 'http:')}${DESK_PATHS.log}?destination=${DESTINATION}&limit=10000`;
  const response = await fetch(logUrl, { headers: { authorization: `Bearer ${editorToken}` }, signal: AbortSignal.timeout(60_000) });
  const logged = logReplySchema.parse(await response.json()).entries.map((entry) => entry.sequence);
  const duplicateNumbers = [...twiceIn(numbers), ...twiceIn(logged)];
  const inLog = new Set(logged);
  return {
    asked: answers.length,
    sent: sent.length,
    refused: replies.length - sent.length,
    changedSinceSynced: answers.filter((answer) => answer.status === 409).length,
    failed: answers.flatMap((answer) => (answer.status === 200 || answer.status === 409 ? [] : [`${answer.status}: ${'error' in answer.body ? answer.body.error : ''}`])),
    oneNumberEach: sent.every((reply) => reply.files.length === 1) && duplicateNumbers.length === 0,
    duplicateNumbers: [...new Set(duplicateNumbers)],
    logAgrees: numbers.every((number) => inLog.has(number)),
    sentUnanswered: logged.length - numbers.length,
  };
}

/** The numbers that occur more than once in `list`. */
function twiceIn(list: readonly number[]): number[] {
  return [...new Set(list.filter((number, i) => list.indexOf(number) !== i))];
}

/** How many of `copy`'s Yjs items (typed characters, field changes) `stored` does not hold. */
function missingFrom(stored: Y.Doc, copy: Y.Doc): number {
  let missing = 0;
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(copy))) missing += Math.max(0, clock - Y.getState(stored.store, client));
  return missing;
}

function storedLines(instance: ServerInstance, from: number): number {
  return instance.log.slice(from).filter((entry) => entry.event === 'stored').length;
}

function allCopiesOf(byStory: Map<string, StoryCopy[]>): StoryCopy[] {
  return [...byStory.values()].flat();
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}
