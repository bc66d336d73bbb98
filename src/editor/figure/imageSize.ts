import { sniffImageType, type ImageMediaType } from './imageFile';

/** The file extension a photo gets when Galley writes it beside a story (a wire outbox, an export). */
export const IMAGE_EXTENSIONS: Readonly<Record<ImageMediaType, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

export interface ImageSize {
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, at: number) => (b[at] << 8) | b[at + 1];
const u16le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u24le = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);
const u32be = (b: Uint8Array, at: number) => ((b[at] << 24) >>> 0) + ((b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]);
const tag = (b: Uint8Array, at: number) => String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);

/** JPEG start-of-frame markers (SOF0-SOF15 less DHT C4, JPG C8 and DAC CC): they hold the frame's size. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(b: Uint8Array): ImageSize | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (isStartOfFrame(marker)) return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    // Markers without a length: RST0-7, SOI, EOI, TEM.
    at += marker === 0x01 || (marker >= 0xd0 && marker <= 0xd9) ? 2 : 2 + u16be(b, at + 2);
  }
  return null;
}

function webpSize(b: Uint8Array): ImageSize | null {
  switch (tag(b, 12)) {
    case 'VP8 ':
      return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
    case 'VP8L':
      return { width: 1 + (((b[22] & 0x3f) << 8) | b[21]), height: 1 + (((b[24] & 0x0f) << 10) | (b[23] << 2) | ((b[22] & 0xc0) >> 6)) };
    case 'VP8X':
      return { width: 1 + u24le(b, 24), height: 1 + u24le(b, 27) };
    default:
      return null;
  }
}

/**
 * A photo's pixel size from its header, for the wire formats that state it (NITF, NewsML-G2,
 * ninjs); null when the header does not say (a damaged or unusual file: the size is then left out).
 */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  if (bytes.length < 30) return null;
  const size = (() => {
    switch (sniffImageType(bytes)) {
      case 'image/png':
        return tag(bytes, 12) === 'IHDR' ? { width: u32be(bytes, 16), height: u32be(bytes, 20) } : null;
      case 'image/gif':
        return { width: u16le(bytes, 6), height: u16le(bytes, 8) };
      case 'image/jpeg':
        return jpegSize(bytes);
      case 'image/webp':
        return webpSize(bytes);
      default:
        return null;
    }
  })();
  return size && size.width > 0 && size.height > 0 ? size : null;
}
