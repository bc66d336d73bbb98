// A photo's pixel size read from its header, as the wire formats state it beside the photo's file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../../src/editor/figure/imageSize';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));
const padded = (head: Uint8Array) => Uint8Array.from([...head, ...new Array(32).fill(0)]);

describe('imageSize', () => {
  it.each([
    ['a PNG (the sample photo)', readFileSync(new URL('../../../assets/samples/images/sample-lighthouse.png', import.meta.url)), { width: 320, height: 200 }],
    ['a GIF', padded(bytes('GIF89a', [0x20, 0x03, 0x58, 0x02])), { width: 800, height: 600 }],
    // SOI, an APP0 segment to skip, then a baseline start-of-frame: precision, height, width.
    ['a JPEG', padded(bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', new Array(10).fill(0), [0xff, 0xc0, 0x00, 0x11, 0x08, 0x04, 0xb0, 0x06, 0x40])), { width: 1600, height: 1200 }],
    ['a progressive JPEG', padded(bytes([0xff, 0xd8, 0xff, 0xc2, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x20])), { width: 32, height: 16 }],
    ['an extended WebP', bytes('RIFF', [0, 0, 0, 0], 'WEBP', 'VP8X', [10, 0, 0, 0, 0, 0, 0, 0, 0x7f, 0x07, 0x00, 0x37, 0x04, 0x00]), { width: 1920, height: 1080 }],
  ])('reads %s', (_name, file, size) => {
    expect(imageSize(file)).toEqual(size);
  });

  it('says nothing for a file whose header does not give a size', () => {
    expect(imageSize(bytes('GIF89a'))).toBeNull();
    expect(imageSize(padded(bytes([0xff, 0xd8, 0xff, 0xd9])))).toBeNull();
    expect(imageSize(padded(bytes('not an image at all')))).toBeNull();
  });
});
