/**
 * What the importer asked the user to check, per story id, until the user dismisses it in the
 * story view. Kept in memory for the session: the story itself holds every word of the copy,
 * so losing these notes on quit loses nothing but the reminder.
 */
const pending = new Map<string, readonly string[]>();

export function rememberWarnings(id: string, warnings: readonly string[]): void {
  if (warnings.length) pending.set(id, warnings);
}

export function warningsFor(id: string): readonly string[] {
  return pending.get(id) ?? [];
}

export function forgetWarnings(id: string): void {
  pending.delete(id);
}
