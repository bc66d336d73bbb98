import type { Story } from '../story/story';

/** Every format Galley writes. `json` is Galley's own Story JSON. */
export const WIRE_FORMATS = ['nitf', 'newsml', 'ninjs', 'iptc7901', 'anpa', 'html', 'text', 'json'] as const;
export type WireFormat = (typeof WIRE_FORMATS)[number];

/** Something a format could not carry, or carried changed; shown to the desk before sending. */
export interface Loss {
  /** Stable code, e.g. `transliterated`, `truncated`, `figures-dropped`. */
  code: string;
  /** The story field or body part concerned, e.g. `headline`, `body`, `figures`. */
  field: string;
  /** A sentence a desk editor understands: "é → e, 3 places". */
  message: string;
}

export interface ExportOptions {
  /** Message sequence number (IPTC 7901, ANPA); the desk stores and increments it. Default 1. */
  sequence?: number;
  /** Transmission time written into the message, ISO date-time. Default: the story's updatedAt, so output is deterministic. */
  sentAt?: string;
  /** Marks the message as a correction of an earlier send, with the desk's short note. */
  correction?: { note: string };
  /**
   * Marks the message as a kill: the story is withdrawn and receivers must not use it. Each
   * format says so its own way (G2 `pubStatus stat:canceled`, ninjs `pubStatus: "canceled"`, NITF
   * `management-status="canceled"`, a KILL line in 7901, ANPA, text and HTML), with the desk's
   * note. Default: not a kill.
   */
  kill?: { note: string };
  /** Provider / agency id used in identifiers, e.g. `galley.example`. Default `galley.local`. */
  provider?: string;
  /**
   * Service code agreed with the receiver, at the head of the message: IPTC 7901's service id
   * (1-3 letters, default `gly`) or ANPA-1312's service level letter (default `a`).
   */
  service?: string;
  /** Wire category code: one letter for ANPA-1312, 1-3 letters for IPTC 7901. Default `a` (general news). */
  category?: string;
  /**
   * The photos that go as files beside this one, by asset id (a figure's `src`), under the names
   * the receiver sees. Each format references its photo by that name; a figure whose photo is
   * not here is described (caption, credit) but is not sent, and is listed as a loss. Default:
   * none, as for a single file saved on its own.
   */
  photos?: Readonly<Record<string, PhotoFile>>;
}

/** A photo written beside the story's file, as the story's file describes it. */
export interface PhotoFile {
  /** The file's name in the same folder as the story's file. */
  fileName: string;
  /** `image/jpeg`, `image/png`, `image/gif` or `image/webp`, from the file's bytes. */
  mediaType: string;
  /** The file's size in bytes. */
  size: number;
  /** Pixel size, when the file's header states it. */
  width?: number;
  height?: number;
}

export interface ExportResult {
  format: WireFormat;
  /** The file's contents. 7901 and ANPA contain control bytes; write them as latin1/ASCII bytes via `bytes`. */
  text: string;
  /** The exact bytes to write. */
  bytes: Uint8Array;
  /** File extension without the dot. */
  extension: string;
  mediaType: string;
  losses: Loss[];
}

/** A block of pasted copy the importer took out of the body, and the field it went to ("byline", "dropped (page furniture)"). */
export interface MovedBlock {
  text: string;
  field: string;
}

/** A story read from a file or pasted copy, before it gets an id in the library. */
export interface ImportedStory {
  fields: Partial<Omit<Story, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'review'>>;
  /** Things the importer was unsure of, for the user to confirm; the text itself is kept. */
  warnings: string[];
  /** Pasted copy: every block moved out of the body, in the order of the copy. */
  moved?: MovedBlock[];
}

export type ImportFormat = 'nitf' | 'newsml' | 'ninjs' | 'text' | 'html';

export interface ImportResult {
  format: ImportFormat;
  stories: ImportedStory[];
}

/** A file the importer refuses: malformed, hostile or not a story. Carries a message a user understands. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
