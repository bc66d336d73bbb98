import type { MethodInput, MethodName, MethodResult } from '../src/api/contract';
import type { ApiError, ApiResult } from '../src/api/result';

/** A failed API call, keeping the service's code so the UI can act on it (conflict, not-found...). */
export class ApiFailure extends Error {
  readonly code: ApiError['code'];
  readonly details: unknown;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.details = error.details;
  }
}

/** Calls a method of window.galley; resolves with its value or rejects with an ApiFailure. */
export async function call<K extends MethodName>(name: K, input: MethodInput<K>): Promise<MethodResult<K>> {
  const method = window.galley[name] as unknown as (input: MethodInput<K>) => Promise<ApiResult<MethodResult<K>>>;
  const result = await method(input);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value as MethodResult<K>;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
