/** What the desk's API methods return: readiness, previews, sends and the sent log. */
import type { ReadinessProblem } from '../story/readiness';
import type { AttributionReport } from '../review/attributionReport';
import type { Loss, WireFormat } from '../wire/types';
import type { SendableFormat } from './destination';

export const SEND_KINDS = ['send', 'correction', 'kill'] as const;
export type SendKind = (typeof SEND_KINDS)[number];

/** Readiness problems plus the attribution report (`attributions` offsets are into the body's plain text). */
export interface CheckResult extends AttributionReport {
  id: string;
  version: number;
  /** True when no problem is an error. */
  ready: boolean;
  problems: ReadinessProblem[];
}

export interface PreviewResult {
  format: WireFormat;
  /** Exactly what would be sent, as text (control bytes of 7901/ANPA included). */
  text: string;
  /** What the format cannot carry, or carries changed. */
  losses: Loss[];
  /** Schema violations; a file with any is never sent. Empty for formats without a schema. */
  invalid: string[];
  extension: string;
  mediaType: string;
}

/** What the sent log says a photo file is: a picture sent beside the story's files, in no wire format. */
export const PHOTO_FILE = 'photo';
/** A sent file's kind: a wire format, or a photo sent beside the story. */
export type SentFileFormat = SendableFormat | typeof PHOTO_FILE;

/** One message in the sent log: one file (a wire format or a photo beside it) to one destination. */
export interface SentLogEntry {
  id: number;
  storyId: string;
  destination: string;
  /** The story version the file carries. */
  version: number;
  format: SentFileFormat;
  sequence: number;
  fileName: string;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
  sentAt: string;
  kind: SendKind;
  correctionNote?: string;
  /** Logged by the newsroom server (its ids are its own), not by this library. */
  newsroom?: true;
}

/** Per story, what a send did: files written, or why it was skipped (nothing written for it). */
export type SendOutcome =
  | { id: string; slug: string; headline: string; sent: true; kind: SendKind; files: SentLogEntry[] }
  | { id: string; slug: string; headline: string; sent: false; reasons: string[] };

export interface SendResult {
  destination: string;
  outcomes: SendOutcome[];
}
