// What a send is and when it is refused: the same rules wherever the files are written, the
// desktop's own outbox (main/services/desk/sendStory.ts) or a newsroom's (server/desk/).
import { checkReadiness, isReady, type ReadinessProfile } from '../story/readiness';
import type { Story } from '../story/story';
import { wireRefusal } from '../story/statusRules';
import type { ExportOptions, PhotoFile } from '../wire/types';
import type { SendableFormat } from './destination';
import { killNoticeOptions } from './killNotice';
import type { SendKind, SentLogEntry } from './types';

export interface SendRequest {
  kind: SendKind;
  /** Required for a correction: the desk's short note, carried in every format. */
  correctionNote?: string;
  /** For a kill: why the story is withdrawn. */
  killReason?: string;
  /** For a kill: only these formats (those the story went out in); default the destination's. */
  formats?: readonly SendableFormat[];
}

/** A first send, or a correction when the story went to the destination before (`lastSent`). */
export function sendRequestAfter(lastSent: SentLogEntry | undefined, correctionNote: string | undefined): SendRequest {
  return { kind: lastSent ? 'correction' : 'send', correctionNote };
}

/**
 * Why this story cannot go to this destination now; empty when it can. `lastSent` is the
 * story's newest log row for the destination (needed for a correction).
 */
export function refusalsFor(ctx: { profile: ReadinessProfile; now: () => Date }, story: Story, destinationName: string, request: SendRequest, lastSent: SentLogEntry | undefined): string[] {
  if (request.kind === 'kill') return [];
  const refusal = wireRefusal(story.status);
  if (refusal) return [refusal];
  const problems = checkReadiness(story, ctx.profile, ctx.now());
  if (!isReady(problems)) return problems.filter((p) => p.severity === 'error').map((p) => p.message);
  if (request.kind === 'correction') {
    if (lastSent && lastSent.version === story.version) return [`Version ${story.version} already went to ${destinationName}; edit the story before sending a correction.`];
    if (!request.correctionNote?.trim()) return [`The story went to ${destinationName} before: sending it again is a correction and needs a short correction note.`];
  }
  return [];
}

/** The export options of one file of a send: its sequence number, time, photos, and what kind of message it is. */
export function sendExportOptions(request: SendRequest, sequence: number, sentAt: string, photos: Readonly<Record<string, PhotoFile>>): ExportOptions {
  return {
    sequence,
    sentAt,
    photos,
    ...(request.kind === 'correction' ? { correction: { note: request.correctionNote!.trim() } } : {}),
    ...(request.kind === 'kill' ? killNoticeOptions(request.killReason ?? '') : {}),
  };
}
