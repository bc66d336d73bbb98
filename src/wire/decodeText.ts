// A story file's bytes as text, for every shell that reads files (the page's File › Import, the
// CLI). Decided on the bytes, because only they tell an encoding from a character: a U+FFFD in
// the text may be the writer's own (valid UTF-8), and a UTF-16 file is all NUL bytes to a
// UTF-8 reader (it was called "a binary file").
import { ImportError } from './types';

/** Why a file with NUL bytes and no UTF-16 byte order mark is refused; `what` is its subject ("it", "\"a.pdf\""). */
export const binaryFileReason = (what: string) => `${what} is a binary file, not text: import NITF, NewsML-G2, ninjs, .txt or .md files.`;

/** The encodings a byte order mark names, with the mark's length. */
const BYTE_ORDER_MARKS: readonly { bytes: readonly number[]; encoding: string; name: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8', name: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', name: 'UTF-16' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', name: 'UTF-16' },
];

/**
 * The text of an imported file: UTF-16 (little or big endian) when it starts with that byte
 * order mark, else UTF-8. Throws an ImportError, with `it` as the subject, for NUL bytes (a
 * binary file) and for byte sequences that are not in the encoding; U+FFFD written as UTF-8 is
 * a character like any other.
 */
export function decodeImportFile(bytes: Uint8Array): string {
  const mark = BYTE_ORDER_MARKS.find((bom) => bom.bytes.every((byte, i) => bytes[i] === byte));
  if (!mark && bytes.includes(0)) throw new ImportError(binaryFileReason('it'));
  const { encoding, name } = mark ?? BYTE_ORDER_MARKS[0];
  try {
    // `fatal`: a sequence that is not in the encoding is an error instead of a silent U+FFFD. The mark itself is dropped.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`it is not ${name} text (it may be a Word document, a PDF or in another encoding): save it as UTF-8 text and import again.`);
  }
}
