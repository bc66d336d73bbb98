/** Wire destinations: where the desk sends stories, in which formats, under which file names. */
import { z } from 'zod';
import { WIRE_FORMATS, type WireFormat } from '../wire/types';
import { portableFileNameProblem } from './portableFileName';

/** Formats a destination may take: every wire format except Galley's own backup JSON. */
export const SENDABLE_FORMATS = WIRE_FORMATS.filter((format): format is Exclude<WireFormat, 'json'> => format !== 'json');
export type SendableFormat = (typeof SENDABLE_FORMATS)[number];

export const DEFAULT_FILE_NAME_PATTERN = '{slug}-{seq}.{ext}';

/** The placeholders a file-name pattern may use. `{seq}` is required so that no send overwrites another. */
export const FILE_NAME_TOKENS = ['slug', 'seq', 'ext', 'format', 'id', 'version'] as const;
type FileNameToken = (typeof FILE_NAME_TOKENS)[number];

/** A message's values as a pattern check sees them: `COM{seq}` names the device COM1. */
const SAMPLE_VALUES = { slug: 'SLUG', seq: 1, ext: 'nitf.xml', format: 'nitf', id: '01J00000000000000000000000', version: 1 } as const;

const patternSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((p) => p.includes('{seq}'), 'must contain {seq}, so that every message gets its own file')
  .refine((p) => !/[/\\]/.test(p) && !p.startsWith('.'), 'must be a file name: no / or \\, and not starting with a dot')
  .refine(
    (p) => [...p.matchAll(/\{([^}]*)\}/g)].every((m) => (FILE_NAME_TOKENS as readonly string[]).includes(m[1])),
    `may use only ${FILE_NAME_TOKENS.map((t) => `{${t}}`).join(' ')}`,
  )
  .superRefine((p, ctx) => {
    const problem = portableFileNameProblem(fileNameFor(p, SAMPLE_VALUES));
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A folder Galley writes into, named by an absolute path (POSIX, a Windows drive or a UNC share). */
export const absoluteFolderSchema = z
  .string()
  .min(1, 'needs a folder')
  .max(4096)
  .refine((f) => f.startsWith('/') || /^[A-Za-z]:[\\/]/.test(f) || f.startsWith('\\\\'), 'must be an absolute path');

export const destinationInputSchema = z.strictObject({
  /** Shown in Settings and named on the command line; unique in the library. */
  name: z
    .string()
    .trim()
    .min(1, 'needs a name')
    .max(80)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'may use letters, digits, spaces, dots, hyphens and underscores'),
  /** The wire outbox (hot folder) the agency's transmitter watches: an absolute path. */
  folder: absoluteFolderSchema,
  formats: z
    .array(z.enum(SENDABLE_FORMATS))
    .min(1, 'needs at least one format')
    .refine((formats) => new Set(formats).size === formats.length, 'lists a format twice'),
  fileNamePattern: patternSchema.default(DEFAULT_FILE_NAME_PATTERN),
});
export type DestinationInput = z.input<typeof destinationInputSchema>;

export interface Destination {
  name: string;
  folder: string;
  formats: SendableFormat[];
  fileNamePattern: string;
  /** The sequence number the next message to this destination gets. */
  nextSequence: number;
  /**
   * Present for a destination the newsroom server keeps (sent through the server, numbered and
   * logged there); absent for this library's own. `offlineReason` says why the server could not
   * be asked just now (the destination is then as last seen, and a send to it is refused).
   */
  newsroom?: { offlineReason: string | null };
}

export type FileNameValues = Record<FileNameToken, string | number>;

/** The file name for one message; `values.slug` must already be a safe file stem. */
export function fileNameFor(pattern: string, values: FileNameValues): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, token: string) => (Object.hasOwn(values, token) ? String(values[token as FileNameToken]) : whole));
}
