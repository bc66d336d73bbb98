// Import files are decoded from their bytes (issue 19 item 9): UTF-16 with a byte order mark is
// text, not "a binary file"; a U+FFFD written in valid UTF-8 is a character, not an encoding error.
import { describe, expect, it } from 'vitest';
import { decodeImportFile } from '../../../src/wire/decodeText';
import { ImportError } from '../../../src/wire/types';

const TEXT = 'Café reopens\n\n“We’re back,” said the owner. ✓ 𝄞';
const utf16be = (text: string) => Buffer.from(Buffer.from(text, 'utf16le').swap16());

describe('decodeImportFile', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
    ['UTF-16 little endian with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['UTF-16 big endian with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ])('reads %s, without the mark', (_what, bytes) => {
    expect(decodeImportFile(new Uint8Array(bytes))).toBe(TEXT);
  });

  it('keeps a U+FFFD that the file holds as valid UTF-8', () => {
    expect(decodeImportFile(new Uint8Array(Buffer.from('Caf\uFFFD au lait', 'utf8')))).toBe('Caf\uFFFD au lait');
  });

  it.each([
    ['a byte sequence that is not UTF-8 (Latin-1 é)', Buffer.from('Caf\xe9 au lait', 'latin1'), /^it is not UTF-8 text \(it may be a Word document, a PDF or in another encoding\)/],
    ['NUL bytes without a byte order mark (UTF-16 without one, a PDF)', Buffer.from('C\0a\0f\0', 'latin1'), /^it is a binary file, not text/],
    ['a lone surrogate in UTF-16', Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]), /^it is not UTF-16 text/],
  ])('refuses %s', (_what, bytes, message) => {
    expect(() => decodeImportFile(new Uint8Array(bytes))).toThrow(ImportError);
    expect(() => decodeImportFile(new Uint8Array(bytes))).toThrow(message);
  });
});
