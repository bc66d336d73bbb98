// The newsroom load harness (tests/bench/newsroomLoad/, `npm run bench -- --only newsroom`) run
// for a few seconds with a handful of people on two real instances, PostgreSQL and Redis: every
// edit reaches every other copy of its story, every copy ends identical to the stored story, and
// every file the editors' sends put out took a sequence number of its own. Counts and
// convergence only: how fast is the bench's business, never a test's.
import { describe, expect, it } from 'vitest';
import { convergenceLine, sendsLine } from '../bench/newsroomBench';
import { runNewsroomLoad } from '../bench/newsroomLoad/runNewsroomLoad';

describe('the newsroom load harness', () => {
  it('ends with every copy identical to what the server stored, every edit seen by every other copy, every send numbered once', { timeout: 120_000 }, async () => {
    const result = await runNewsroomLoad({ people: 6, stories: 3, durationSeconds: 3, seed: 7, idleSeconds: 0 });

    expect(result.convergence.refusals).toEqual([]);
    expect(result.convergence.mismatches).toEqual([]);
    // 4 reporters, 1 editor, 1 reviewer: each story open for its creator, the editor and the reviewer, one for a fourth reporter too.
    expect(result.convergence).toMatchObject({ stories: 3, copies: 10 });
    // Each reporter types its first key at once, whatever the machine's speed.
    expect(result.keys).toBeGreaterThanOrEqual(4);
    expect(result.expectedArrivals).toBeGreaterThan(0);
    expect(result.latencies).toHaveLength(result.expectedArrivals);
    expect(convergenceLine(result)).toMatch(/^newsroom convergence: PASS/);

    // The editor's first turn is a send, at once; and after the load, at rest, the editor sends a story not sent yet.
    const { sends } = result;
    expect(sends.asked).toBeGreaterThanOrEqual(2);
    expect(sends.sent).toBeGreaterThanOrEqual(1);
    expect(sends.failed).toEqual([]);
    expect(sends.sent + sends.refused + sends.changedSinceSynced).toBe(sends.asked);
    expect(sends).toMatchObject({ oneNumberEach: true, duplicateNumbers: [], logAgrees: true, sentUnanswered: 0 });
    expect(sendsLine(result)).toMatch(/^newsroom sends: PASS/);
  });
});
