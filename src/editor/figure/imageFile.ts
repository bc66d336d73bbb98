/**
 * What Galley accepts as a photo: PNG, JPEG, GIF or WebP, recognised by their first bytes (the
 * file name and the browser's guess at a type are not trusted), up to MAX_IMAGE_BYTES.
 * Shared by the renderer (to refuse early, before sending megabytes) and the services (which decide).
 */

/**
 * 25 MB: a full-resolution news photo from a modern camera is 5-15 MB as JPEG; anything larger is
 * almost always an uncompressed export that should be resized before it goes in a story.
 */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

export type ImageMediaType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean => prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The image type named by a file's magic bytes, or null when it is not an image Galley takes. */
export function sniffImageType(bytes: Uint8Array): ImageMediaType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

function megabytes(size: number): string {
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/** Why a file cannot be a story's photo, in words for the user, or null when it can. */
export function imageProblem(name: string, size: number, head?: Uint8Array): string | null {
  if (size > MAX_IMAGE_BYTES) {
    return `“${name}” is ${megabytes(size)}; Galley takes photos up to ${megabytes(MAX_IMAGE_BYTES)}. Resize or compress it and try again.`;
  }
  if (size === 0) return `“${name}” is empty.`;
  if (head && !sniffImageType(head)) return `“${name}” is not a PNG, JPEG, GIF or WebP image, so it was not added.`;
  return null;
}

/** An asset id: the SHA-256 of the file's bytes, in lowercase hex. */
export function isAssetId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}
