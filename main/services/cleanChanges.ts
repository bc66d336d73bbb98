import { GalleyError } from '../../src/api/result';
import { sanitizeBody } from '../../src/editor/sanitizeBody';
import { LIMITS, type StoryChanges } from '../../src/story/story';

/** Half of a UTF-16 surrogate pair with no other half: never typed, only left by a broken copy or a cut emoji. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string under `value` holding a lone surrogate, or null. */
function brokenTextAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = brokenTextAt(child, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

/**
 * Text with a lone surrogate is refused rather than stored: SQLite keeps text as UTF-8, which
 * cannot encode one, so it would silently come back as U+FFFD in some fields and intact in
 * others (tests/faults/hostileInputs.test.ts). NUL and other control characters are stored intact.
 */
function refuseBrokenText(changes: StoryChanges): void {
  const where = brokenTextAt(changes, '')?.split('.')[0];
  if (where) {
    throw new GalleyError('invalid-input', `The ${where} contains a broken character (half of an emoji or symbol, from a damaged copy). Retype or paste that text again; nothing was saved.`);
  }
}

/** Bodies enter the library only through here: checked for size, cleaned of what the editor would never produce. */
export function cleanChanges(changes: StoryChanges): StoryChanges {
  refuseBrokenText(changes);
  if (!changes.body) return changes;
  const size = JSON.stringify(changes.body).length;
  if (size > LIMITS.bodyBytes) {
    throw new GalleyError(
      'invalid-input',
      `The story body is too large to save (${(size / 1e6).toFixed(1)} MB; the limit is ${LIMITS.bodyBytes / 1e6} MB). Split it into several stories.`,
    );
  }
  return { ...changes, body: sanitizeBody(changes.body) };
}
