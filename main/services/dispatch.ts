import type { z } from 'zod';
import { contract, type MethodName } from '../../src/api/contract';
import { isGalleyError, type ApiResult } from '../../src/api/result';
import type { ServiceHandlers } from './services';

const MAX_ISSUES_SHOWN = 3;

function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : 'input';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > MAX_ISSUES_SHOWN ? ` (and ${error.issues.length - MAX_ISSUES_SHOWN} more)` : '';
  return `${parts.join('; ')}${more}`;
}

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/**
 * One API call from any shell (IPC, test host, CLI): validates the raw input with the method's
 * zod schema, runs the service, and returns errors as values. Never throws.
 */
export async function dispatch(handlers: ServiceHandlers, name: unknown, raw: unknown): Promise<ApiResult<unknown>> {
  if (!isMethodName(name)) {
    // Never String(name): an object with a hostile toString (or none) would throw here.
    const shown = typeof name === 'string' ? JSON.stringify(name).slice(0, 80) : `of type ${typeof name}`;
    return { ok: false, error: { code: 'invalid-input', message: `Unknown method ${shown}.` } };
  }
  const parsed = contract[name].input.safeParse(raw ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-input', message: `Invalid ${name} request: ${describeIssues(parsed.error)}` } };
  }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (isGalleyError(error)) return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `Galley hit an unexpected error: ${message}` } };
  }
}

