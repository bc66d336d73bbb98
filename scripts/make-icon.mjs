// Draws Galley's icon (a galley proof: a column of type lines on a sheet) as a PNG, with no
// image tools: the build machines have none, and a generated icon keeps the repo reproducible.
import { writeFileSync } from 'node:fs';
import { encodePng } from './png.mjs';

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

writeFileSync(
  process.argv[2] ?? 'assets/icons/icon.png',
  encodePng({ width: SIZE, height: SIZE, channels: 4, level: 9, paint: (x, y) => pixels.subarray((y * SIZE + x) * 4, (y * SIZE + x) * 4 + 4) }),
);
