/** What the import and export methods take and return, and the limits both sides check. */
import type { Story, StoryChanges } from '../story/story';
import type { ImportFormat, Loss, WireFormat } from '../wire/types';

/**
 * Largest file Galley imports. Agency copy and wire files are kilobytes; this refuses a wrong
 * pick (a video, a disk image) before it is read into memory.
 */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** A size as the import messages print it: `20 MB`. */
export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Most bytes one import takes in all: every file travels in one call, and one call has to fit the IPC message. */
export const MAX_IMPORT_TOTAL_BYTES = 40 * 1024 * 1024;

/** Most files one import takes; a folder of wire files is tens, not thousands. */
export const MAX_IMPORT_FILES = 200;

/**
 * Longest paste "New story from copy" takes. One agency story is a few thousand characters;
 * a paste this long is a whole file pasted by mistake, which Import handles better.
 */
export const MAX_COPY_CHARACTERS = 1_000_000;

/** Longest clipboard HTML taken beside the copy: a page's markup runs to several times its text. */
export const MAX_COPY_HTML_CHARACTERS = 5_000_000;

/**
 * The file types the import chooser offers (format is still judged by content); images are
 * the photos delivered with a story (a saved page's `NAME_files` folder, an agency's pictures).
 */
export const IMPORT_FILE_TYPES = '.txt,.md,.xml,.json,.nitf,.html,.htm,.jpg,.jpeg,.png,.gif,.webp';

/** One story an import created, for the UI to list and the CLI to print. */
export interface ImportedStorySummary {
  id: string;
  headline: string;
  /** The file it came from, as named in the request. */
  file: string;
  format: ImportFormat;
  /** What the importer was unsure of; the text is in the story, for the user to confirm. */
  warnings: string[];
}

/** "New story from copy": the story made, and what the user should check in it. */
export interface ImportCopyResult {
  story: Story;
  warnings: string[];
}

/** Pasted copy read into fields, nothing written: what to fill in, and the import report. */
export interface ReadCopyResult {
  changes: StoryChanges;
  warnings: string[];
}

/** One story rendered as a file, ready to save as-is. */
export interface ExportedFile {
  format: WireFormat;
  fileName: string;
  mediaType: string;
  /**
   * The file's exact bytes, base64. Always bytes, never text: IPTC 7901 is ISO-8859-1 and ANPA
   * carries control bytes, and one encoding for every format keeps the page from guessing.
   */
  base64: string;
  losses: Loss[];
}

/** One story written as a new file in a folder the user chose (the library's Export). */
export interface ExportedToFolder {
  id: string;
  folder: string;
  /** The name it got: the story's slug, numbered (`SLUG-2.nitf.xml`) when the name was taken. */
  fileName: string;
  /** Its photos' file names beside it, in reading order; empty for a format that carries no pictures. */
  photos: string[];
  losses: Loss[];
}
