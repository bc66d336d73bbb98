// Draws the two small sample photos the first-run feature story shows (assets/samples/images).
// Plain PNGs made with node:zlib so the repository carries no third-party image and no licence
// question. Run once: `node scripts/makeSamplePhotos.mjs`; the output is committed.
import { writeFileSync } from 'node:fs';
import { encodePng } from './png.mjs';

const W = 320;
const H = 200;
// A white tower with a red band on a dark headland under a grey sky.
const lighthouse = encodePng({ width: W, height: H, channels: 3, paint: (x, y) => {
  if (y > 150 + Math.sin(x / 25) * 8) return [58, 64, 52];
  if (x > 150 && x < 172 && y > 40) return y > 70 && y < 85 ? [180, 40, 40] : [240, 240, 236];
  if (x > 145 && x < 177 && y > 28 && y <= 40) return [250, 220, 120];
  return [150 + (y >> 3), 158 + (y >> 3), 168 + (y >> 3)];
} });
// Two figures beside a brass lamp in a dim room.
const keepers = encodePng({ width: W, height: H, channels: 3, paint: (x, y) => {
  const lamp = (x - 160) ** 2 + (y - 90) ** 2 < 35 ** 2;
  if (lamp) return [200, 160, 60];
  const person = (cx) => Math.abs(x - cx) < 18 && y > 60 && ((x - cx) ** 2 + (y - 52) ** 2 < 14 ** 2 || y > 68);
  if (person(80) || person(240)) return [30, 50, 90];
  return [70 + (x >> 4), 60 + (x >> 4), 55];
} });
writeFileSync(new URL('../assets/samples/images/sample-lighthouse.png', import.meta.url), lighthouse);
writeFileSync(new URL('../assets/samples/images/sample-keepers.png', import.meta.url), keepers);
