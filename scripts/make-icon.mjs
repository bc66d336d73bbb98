// Draws Galley's icon (a galley proof: a column of type lines on a sheet) as a PNG, with no
// image tools: the build machines have none, and a generated icon keeps the repo reproducible.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

function fill(x0, y0, x1, y1, [r, g, b, a]) {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) pixels.set([r, g, b, a], (y * SIZE + x) * 4);
}

function roundedSheet(inset, radius, colour) {
  for (let y = inset; y < SIZE - inset; y++) {
    for (let x = inset; x < SIZE - inset; x++) {
      const cx = Math.min(Math.max(x, inset + radius), SIZE - inset - radius);
      const cy = Math.min(Math.max(y, inset + radius), SIZE - inset - radius);
      if ((x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2) pixels.set(colour, (y * SIZE + x) * 4);
    }
  }
}

roundedSheet(64, 160, [11, 92, 173, 255]);
fill(256, 176, 768, 848, [251, 250, 247, 255]);
fill(304, 232, 720, 296, [29, 31, 35, 255]); // the headline
for (let line = 0; line < 8; line++) fill(304, 352 + line * 56, line % 4 === 3 ? 560 : 720, 376 + line * 56, [93, 99, 110, 255]);

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
writeFileSync(
  process.argv[2] ?? 'assets/icons/icon.png',
  Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]),
);
