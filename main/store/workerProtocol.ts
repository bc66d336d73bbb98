import { GalleyError, isGalleyError, type ApiError } from '../../src/api/result';

export interface WorkerRequest {
  id: number;
  method: string;
  args: unknown[];
}

export type WorkerReply =
  | { type: 'ready'; readOnly: boolean }
  | { type: 'open-failed'; error: ApiError }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: ApiError };

/** Errors cross the thread boundary as plain data; GalleyErrors keep their code. */
export function serializeError(error: unknown): ApiError {
  if (isGalleyError(error)) return { code: error.code, message: error.message, details: error.details };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

export function deserializeError(error: ApiError): GalleyError {
  return new GalleyError(error.code, error.message, error.details);
}
