/** Error codes the UI can act on (DESIGN.md). */
export const ERROR_CODES = ['not-found', 'conflict', 'invalid-input', 'not-ready', 'io', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Extra facts for the UI, e.g. the newer version on a conflict or the reasons on not-ready. */
  details?: unknown;
}

/** What crosses every process boundary: errors are values, so they survive IPC and HTTP intact. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** An error a service raises on purpose; dispatch turns it into `{ ok: false, error }`. */
export class GalleyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'GalleyError';
  }
}

export function isGalleyError(error: unknown): error is GalleyError {
  return error instanceof Error && error.name === 'GalleyError' && 'code' in error;
}
