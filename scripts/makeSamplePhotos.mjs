// Draws the two small sample photos the first-run feature story shows (assets/samples/images).
// Plain PNGs made with node:zlib so the repository carries no third-party image and no licence
// question. Run once: `node scripts/makeSamplePhotos.mjs`; the output is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
/** An RGB PNG of width x height whose pixel colours come from paint(x, y). */
function png(width, height, paint) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    rows[y * (1 + width * 3)] = 0;
    for (let x = 0; x < width; x++) rows.set(paint(x, y), y * (1 + width * 3) + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const W = 320;
const H = 200;
// A white tower with a red band on a dark headland under a grey sky.
const lighthouse = png(W, H, (x, y) => {
  if (y > 150 + Math.sin(x / 25) * 8) return [58, 64, 52];
  if (x > 150 && x < 172 && y > 40) return y > 70 && y < 85 ? [180, 40, 40] : [240, 240, 236];
  if (x > 145 && x < 177 && y > 28 && y <= 40) return [250, 220, 120];
  return [150 + (y >> 3), 158 + (y >> 3), 168 + (y >> 3)];
});
// Two figures beside a brass lamp in a dim room.
const keepers = png(W, H, (x, y) => {
  const lamp = (x - 160) ** 2 + (y - 90) ** 2 < 35 ** 2;
  if (lamp) return [200, 160, 60];
  const person = (cx) => Math.abs(x - cx) < 18 && y > 60 && ((x - cx) ** 2 + (y - 52) ** 2 < 14 ** 2 || y > 68);
  if (person(80) || person(240)) return [30, 50, 90];
  return [70 + (x >> 4), 60 + (x >> 4), 55];
});
writeFileSync(new URL('../assets/samples/images/sample-lighthouse.png', import.meta.url), lighthouse);
writeFileSync(new URL('../assets/samples/images/sample-keepers.png', import.meta.url), keepers);
