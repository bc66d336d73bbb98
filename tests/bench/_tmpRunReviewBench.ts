import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchReviewPane } from '/work/main/tests/bench/reviewPaneBench';
const work = mkdtempSync(join(tmpdir(), 'rb-'));
console.log(JSON.stringify(await benchReviewPane({ libraryFile: '', workFolder: work }), null, 1));
