// Messages between the wire pool (wirePool.ts) and its worker threads (wireWorker.ts).
import type { ImportSource, ParsedImport } from '../parseImport';
import type { RenderedFile, RenderJob } from '../../../node/renderFile';

/** Files to render (the reply has them in the same order), or import files to read into stories. */
export type WireTask = { jobs: RenderJob[] } | { imports: ImportSource[] };

export type WireRequest = WireTask & { id: number };

/** What a task gives back: the rendered files, or each import file's stories or refusal, in order. */
export type WireValue = RenderedFile[] | ParsedImport[];

/** `started` comes first for every task, so a worker that dies of memory is known to have died on that one. */
export type WireReply = { id: number; started: true } | { id: number; ok: true; value: WireValue } | { id: number; ok: false; message: string };
