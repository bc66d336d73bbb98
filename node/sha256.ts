// Galley names photos by their SHA-256, logs each sent file's, and checks backups against them:
// one function, so every place compares the same spelling (lower-case hex).
import { createHash } from 'node:crypto';

/** The lower-case hex SHA-256 of `bytes` (a string is hashed as its UTF-8 bytes). */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
