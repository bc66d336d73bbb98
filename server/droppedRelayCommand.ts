/**
 * While Redis is away the relay drops what it cannot send (`maxRetriesPerRequest: 0`, see
 * redisRelay.ts): ioredis rejects every queued command with a MaxRetriesPerRequestError, and
 * some of those promises are created inside the Redis extension and ioredis's own resubscribe
 * where nobody awaits them. Such a rejection is expected and harmless (the resync once Redis is
 * back sends what it carried); any other unhandled rejection still ends the process.
 */
export function isDroppedRelayCommand(reason: unknown): boolean {
  // By name, not instanceof: a test runner hands over the error serialised from its worker.
  return typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'MaxRetriesPerRequestError';
}
