// Messages between the wire pool (wirePool.ts) and its worker threads (wireWorker.ts).
import type { RenderedFile, RenderJob } from './renderFile';

/** One batch of jobs; the reply has their files in the same order. */
export interface WireRequest {
  id: number;
  jobs: RenderJob[];
}

export type WireReply = { id: number; ok: true; files: RenderedFile[] } | { id: number; ok: false; message: string };
