// What a desktop and the newsroom server say to each other about the newsroom's desk, over HTTP
// with the member's token: its destinations, its sent log, and a request to send one story.
// The server checks every request with these schemas; the desktop reads the replies with them.
import { z } from 'zod';
import { SENDABLE_FORMATS } from '../desk/destination';
import { PHOTO_FILE, SEND_KINDS } from '../desk/types';
import { STORY_ID_PATTERN } from './storyDoc';

export const DESK_PATHS = {
  destinations: '/desk/destinations',
  log: '/desk/log',
  send: '/desk/send',
} as const;

/** Ask the server to send story `story`, as stored at `revision` (what the desktop just synced), to `destination`. */
export const newsroomSendRequestSchema = z.strictObject({
  story: z.string().regex(STORY_ID_PATTERN, 'must be a story id'),
  destination: z.string().min(1).max(80),
  revision: z.number().int().min(0),
  correctionNote: z.string().max(2_000).optional(),
});
export type NewsroomSendRequest = z.infer<typeof newsroomSendRequestSchema>;

/** Which part of the newsroom's sent log to read. */
export const newsroomLogQuerySchema = z.strictObject({
  story: z.string().regex(STORY_ID_PATTERN, 'must be a story id').optional(),
  destination: z.string().min(1).max(80).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(1_000),
});
export type NewsroomLogQuery = z.infer<typeof newsroomLogQuerySchema>;

/** A newsroom destination as the server lists it. */
export const newsroomDestinationSchema = z.object({
  name: z.string(),
  folder: z.string(),
  formats: z.array(z.enum(SENDABLE_FORMATS)),
  fileNamePattern: z.string(),
  nextSequence: z.number().int(),
});

const sentLogEntrySchema = z.object({
  id: z.number().int(),
  storyId: z.string(),
  destination: z.string(),
  version: z.number().int(),
  format: z.union([z.enum(SENDABLE_FORMATS), z.literal(PHOTO_FILE)]),
  sequence: z.number().int(),
  fileName: z.string(),
  sha256: z.string(),
  sentAt: z.string(),
  kind: z.enum(SEND_KINDS),
  correctionNote: z.string().optional(),
});

/** The newsroom's destinations, and why the asking member may not send to them (null when they may). */
export const destinationsReplySchema = z.object({ destinations: z.array(newsroomDestinationSchema), sendRefusal: z.string().nullable() });
export type DestinationsReply = z.infer<typeof destinationsReplySchema>;
export const logReplySchema = z.object({ entries: z.array(sentLogEntrySchema) });
/** A send's reply: the files it logged, or why the story was refused (nothing written). */
export const sendReplySchema = z.union([
  z.object({ sent: z.literal(true), kind: z.enum(SEND_KINDS), files: z.array(sentLogEntrySchema), revision: z.number().int() }),
  z.object({ sent: z.literal(false), reasons: z.array(z.string()).min(1) }),
]);
export type NewsroomSendReply = z.infer<typeof sendReplySchema>;
