// The desk's contract methods (issue 5) over the store: readiness, preview, destinations,
// sending, kill and the sent log.
//
// Batches: `sendStories` takes several ids and sends them one after another, each story atomic
// on its own. The app's batch loop calls it once per story, so progress and Cancel live in the
// renderer and need no job machinery: cancelling stops before the next story, and what went is
// in the log. The CLI passes many ids in one call; then the next few stories are rendered and
// validated on the wire workers while the current one is written and committed (a pipeline:
// the files of a story are still written only after all of them passed their schema).
import type { ParsedInput } from '../../../src/api/contract';
import { GalleyError } from '../../../src/api/result';
import { DEFAULT_FILE_NAME_PATTERN } from '../../../src/desk/destination';
import { killTargets, NOTHING_TO_KILL } from '../../../src/desk/killNotice';
import { refusalsFor, sendRequestAfter, type SendRequest } from '../../../src/desk/sendRules';
import type { CheckResult, PreviewResult, SendResult } from '../../../src/desk/types';
import { checkReadiness, DEFAULT_PROFILE, isReady, readinessProfileSchema, type ReadinessProfile } from '../../../src/story/readiness';
import { wireRefusal } from '../../../src/story/statusRules';
import { FORMAT_INFO } from '../../../src/wire/formats';
import type { StorePort } from '../../store/storePort';
import type { NewsroomDesk } from '../newsroom/newsroomDesk';
import type { ServiceHandlers } from '../services';
import { recoverOutbox } from '../../../node/outbox';
import { inProcessOutboxFiles, type OutboxFiles } from './outboxFiles';
import { prepareSend, sendStory, type PreparedSend, type SendContext } from './sendStory';
import { missingPhotoFiles, photoFilesById, readStoryPhotos, sendPhotoNames } from './storyPhotos';
import { inProcessRenderer, type WireRenderer } from './wirePool';

const PROFILE_KEY = 'readinessProfile';

export interface DeskOptions {
  /** The clock; tests pin it. Default: the system clock. */
  now?: () => Date;
  /** Where the wire schemas are. Default: assets/schemas found above this module. */
  schemasFolder?: string;
  /** Renders and validates files. Default: in-process (the app, CLI and host pass a worker pool). */
  renderer?: WireRenderer;
  /** Writes, fsyncs and publishes the files. Default: in-process (the app and host pass the outbox worker). */
  files?: OutboxFiles;
  /** The library's asset folder, where a send reads the story's photos. Default: none (a story with photos cannot be sent). */
  assetFolder?: string;
  /** The newsroom's destinations and sending through its server. Default: none (this library's own destinations only). */
  newsroom?: NewsroomDesk;
}

export type DeskMethod =
  | 'checkStory'
  | 'previewExport'
  | 'listDestinations'
  | 'saveDestination'
  | 'deleteDestination'
  | 'getReadinessProfile'
  | 'saveReadinessProfile'
  | 'sendStories'
  | 'killStory'
  | 'getSentLog';

/** One story of a batch, looked up ahead of its turn; `prepared` when its files are already rendering. */
interface Plan {
  story: Awaited<ReturnType<StorePort['getStory']>>;
  request: SendRequest;
  prepared?: PreparedSend;
}

export function createDeskServices(store: StorePort, options: DeskOptions = {}): Pick<ServiceHandlers, DeskMethod> {
  const now = options.now ?? (() => new Date());
  const renderer = options.renderer ?? inProcessRenderer(options.schemasFolder);
  const files = options.files ?? inProcessOutboxFiles();

  /** The stored profile; fields a newer Galley added get their defaults, a damaged one falls back to the default. */
  const readProfile = async (): Promise<ReadinessProfile> => {
    const parsed = readinessProfileSchema.safeParse(((await store.getSetting(PROFILE_KEY)) as unknown) ?? {});
    return parsed.success ? parsed.data : DEFAULT_PROFILE;
  };

  const context = async (): Promise<SendContext> => ({ store, renderer, files, profile: await readProfile(), now, assetFolder: options.assetFolder });

  const checkStory = async ({ id }: ParsedInput<'checkStory'>): Promise<CheckResult> => {
    const story = await store.getStory(id);
    // Imported on the first check, not at start-up: the attribution checker reads wink-nlp's language model.
    const { attributionProblems, attributionReport } = await import('../../../src/review/attributionReport');
    const report = attributionReport(story);
    // The review's findings and the reviewer's marks are warnings (issue 6): they inform the desk and never block a send.
    const problems = [
      ...checkReadiness(story, await readProfile(), now()),
      ...(options.assetFolder ? missingPhotoFiles(options.assetFolder, story.body) : []),
      ...attributionProblems(story, report, await store.listReviewMarks(id)),
    ];
    return { id, version: story.version, ready: isReady(problems), problems, ...report };
  };

  const previewExport = async ({ id, format, destination: name }: ParsedInput<'previewExport'>): Promise<PreviewResult> => {
    const story = await store.getStory(id);
    // As a send would write it now: a send carries the version the story gets once marked sent
    // (sendStory.ts), and names its photos after the destination's files.
    const sent = { ...story, version: story.version + 1 };
    // A newsroom destination's photos are not sent (the server holds none yet): named as without one.
    const destination = name && !(await isNewsroomDestination(name)) ? await store.getDestination(name) : undefined;
    const firstPhoto = (destination?.nextSequence ?? 1) + (destination?.formats.length ?? 1);
    const photos = FORMAT_INFO[format].carriesPictures ? await readStoryPhotos(options.assetFolder, story.body, sendPhotoNames(destination?.fileNamePattern ?? DEFAULT_FILE_NAME_PATTERN, sent, firstPhoto)) : [];
    const [result] = await renderer.render([{ story: sent, format, options: { sentAt: now().toISOString(), photos: photoFilesById(photos) }, want: 'text' }]);
    return { format, text: result.text!, losses: result.losses, invalid: result.invalid, extension: result.extension, mediaType: result.mediaType };
  };

  /** A name this library has no destination of, and the newsroom has: this library's own come first. */
  const isNewsroomDestination = async (name: string): Promise<boolean> =>
    !!options.newsroom && !(await store.listDestinations()).some((d) => d.name === name) && (await options.newsroom.destinations()).some((d) => d.name === name);

  const sendStories = async ({ ids, destination: name, correctionNote }: ParsedInput<'sendStories'>): Promise<SendResult> => {
    if (options.newsroom && (await isNewsroomDestination(name))) return options.newsroom.send(ids, name, correctionNote);
    const destination = await store.getDestination(name);
    await recoverOutbox(destination.folder, store, files);
    const ctx = await context();
    // A story named twice in one batch goes once.
    const unique = [...new Set(ids)];
    const plans: Promise<Plan>[] = [];
    // The sequence number the next planned story will start at, if every story before it goes.
    let predicted = destination.nextSequence;
    const plan = async (id: string): Promise<Plan> => {
      const story = await store.getStory(id);
      const before = await store.listSentLog({ storyId: id, destination: destination.name, limit: 1 });
      const request = sendRequestAfter(before[0], correctionNote);
      // A story that will be refused takes no sequence number, so it is not rendered ahead.
      if (refusalsFor(ctx, story, destination.name, request, before[0]).length) return { story, request };
      const prepared = prepareSend(ctx, story, destination, request, predicted);
      predicted += prepared.fileCount;
      return { story, request, prepared };
    };
    // Plans are made in order (each one's guess depends on the ones before), some way ahead of the
    // story being sent: enough to keep every worker busy (the pool adds workers for a backlog).
    const lookahead = unique.length > 1 ? renderer.parallelism * 8 : 0;
    let planned = Promise.resolve();
    const planUpTo = (last: number) => {
      for (let i = plans.length; i <= Math.min(last, unique.length - 1); i++) {
        const next = planned.then(() => plan(unique[i]));
        planned = next.then(() => undefined, () => undefined);
        plans.push(next);
      }
    };
    const outcomes = [];
    for (let i = 0; i < unique.length; i++) {
      planUpTo(i + lookahead);
      const { story, request, prepared } = await plans[i];
      outcomes.push(await sendStory(ctx, story, destination.name, request, prepared));
    }
    return { destination: destination.name, outcomes };
  };

  const killStory = async ({ id, reason }: ParsedInput<'killStory'>): Promise<SendResult[]> => {
    const story = await store.getStory(id);
    const refusal = wireRefusal(story.status);
    if (refusal) throw new GalleyError('invalid-input', refusal);
    const log = await store.listSentLog({ storyId: id });
    if (!log.length) throw new GalleyError('invalid-input', NOTHING_TO_KILL);
    const ctx = await context();
    const results: SendResult[] = [];
    let current = story;
    for (const { destination: name, formats } of killTargets(log)) {
      const destination = await store.getDestination(name);
      await recoverOutbox(destination.folder, store, files);
      const outcome = await sendStory(ctx, current, name, { kind: 'kill', killReason: reason, formats });
      results.push({ destination: name, outcomes: [outcome] });
      // Each destination's kill moves the story on by one version.
      if (outcome.sent) current = await store.getStory(id);
    }
    return results;
  };

  return {
    checkStory,
    previewExport,
    listDestinations: async () => [...(await store.listDestinations()), ...((await options.newsroom?.destinations()) ?? [])],
    saveDestination: ({ destination, previousName }) => store.saveDestination(destination, previousName),
    deleteDestination: async ({ name }) => {
      await store.deleteDestination(name);
      return { name };
    },
    getReadinessProfile: readProfile,
    saveReadinessProfile: async ({ profile }) => {
      if (profile.headlineWarn > profile.headlineMax) {
        throw new GalleyError('invalid-input', `The headline warning (${profile.headlineWarn}) must not be above the headline limit (${profile.headlineMax}).`);
      }
      await store.setSetting(PROFILE_KEY, profile);
      return profile;
    },
    sendStories,
    killStory,
    getSentLog: async ({ id, destination, limit }) => {
      const own = await store.listSentLog({ storyId: id, destination, limit });
      const newsroom = (await options.newsroom?.sentLog({ id, destination, limit })) ?? [];
      if (!newsroom.length) return own;
      // Newest first across both logs; ids are each log's own, so the time orders them.
      return [...own, ...newsroom].sort((a, b) => b.sentAt.localeCompare(a.sentAt)).slice(0, limit);
    },
  };
}
