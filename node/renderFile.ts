// One rendering as the desk uses it: the story in one wire format, checked against the format's
// schema. The same function runs in the wire worker (wireWorker.ts) and in-process, so a file is
// rendered and judged the same way wherever it is made.
import type { Story } from '../src/story/story';
import { exportStory } from '../src/wire/index';
import type { ExportOptions, Loss, WireFormat } from '../src/wire/types';
import type { Validators } from './validators';

export interface RenderJob {
  story: Story;
  format: WireFormat;
  options: ExportOptions;
  /** `bytes` for a send (what is written), `text` for a preview (what is shown). */
  want: 'bytes' | 'text';
}

export interface RenderedFile {
  format: WireFormat;
  /** Present when the job wanted bytes. */
  bytes?: Uint8Array;
  /** Present when the job wanted text. */
  text?: string;
  extension: string;
  mediaType: string;
  losses: Loss[];
  /** Schema violations; empty when the file is valid or the format has no schema. */
  invalid: string[];
}

/** Renders and validates one job. Never throws for an invalid file: that is in `invalid`. */
export function renderFile(validators: Validators, job: RenderJob): RenderedFile {
  const result = exportStory(job.story, job.format, job.options);
  const invalid = validators.forFormat(job.format)?.(result.text) ?? [];
  return {
    format: job.format,
    ...(job.want === 'bytes' ? { bytes: result.bytes } : { text: result.text }),
    extension: result.extension,
    mediaType: result.mediaType,
    losses: result.losses,
    invalid,
  };
}
