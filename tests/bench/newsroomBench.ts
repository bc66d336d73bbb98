// `npm run bench -- --only newsroom [--people N] [--stories N] [--duration S] [--seed N]`: the
// newsroom under load (tests/bench/newsroomLoad/), each figure beside its floor from the same run.
import { figure, type Figure } from './measure';
import { runNewsroomLoad, type LoadOptions, type LoadResult } from './newsroomLoad/runNewsroomLoad';

/** The issue's evening: 50 people in 25 stories for a minute. */
export const NEWSROOM_DEFAULTS = { people: 50, stories: 25, durationSeconds: 60, seed: 22 } as const;

const KB = 1024;
const mb = (bytes: number) => (bytes / KB / KB).toFixed(0);

/** A figure measured once per run (per instance): its value in both columns. */
function once(name: string, unit: Figure['unit'], value: number, floor: { name: string; value: number }, note?: string): Figure {
  return {
    group: 'newsroom',
    name,
    unit,
    median: value,
    p95: value,
    samples: 1,
    floor: { name: floor.name, median: floor.value, p95: floor.value },
    ratio: floor.value > 0 ? value / floor.value : undefined,
    note,
  };
}

/** The line the run ends on: every copy of every story identical to the stored story, or which are not. */
export function convergenceLine(result: LoadResult): string {
  const { stories, copies, mismatches, refusals } = result.convergence;
  const arrivals = `${result.latencies.length} of ${result.expectedArrivals} edit arrivals seen`;
  const settled = result.settleSeconds === null ? 'never in step' : `in step ${result.settleSeconds.toFixed(1)} s after the load stopped`;
  const ok = mismatches.length === 0 && refusals.length === 0 && result.latencies.length === result.expectedArrivals;
  const problems = [...mismatches, ...refusals.map((refusal) => `refused: ${refusal}`)].slice(0, 5).join('; ');
  return `newsroom convergence: ${ok ? 'PASS' : 'FAIL'}: ${copies} copies of ${stories} stories against the stored state, ${settled}; ${arrivals}${problems ? `; ${problems}` : ''}`;
}

/** The line on the editors' sends: every file sent took one number of its own, as the sent log says. */
export function sendsLine(result: LoadResult): string {
  const { asked, sent, refused, changedSinceSynced, failed, oneNumberEach, duplicateNumbers, logAgrees, sentUnanswered } = result.sends;
  // A send whose reply never came may still have gone: the log then holds more than the replies, never less.
  const ok = oneNumberEach && logAgrees && sentUnanswered >= 0 && sentUnanswered <= failed.length;
  const problems = [
    ...(duplicateNumbers.length ? [`numbers taken twice: ${duplicateNumbers.join(', ')}`] : []),
    ...(logAgrees ? [] : ['the sent log lacks numbers the sends were told']),
    ...(failed.length ? [`${failed.length} without an answer or in error (${sentUnanswered} of them in the sent log): ${failed[0]}`] : []),
  ].join('; ');
  return `newsroom sends: ${ok ? 'PASS' : 'FAIL'}: ${asked} asked, ${sent} sent with one sequence number each, none taken twice in the replies or the sent log; ${refused} refused by the desk's rules, ${changedSinceSynced} refused as changed since synced (synced and tried again)${problems ? `; ${problems}` : ''}`;
}

export function newsroomFigures(result: LoadResult): Figure[] {
  const scale = `${result.people} people, ${result.stories} stories`;
  const minutes = result.durationSeconds / 60;
  const figures: Figure[] = [
    figure('newsroom', `edit to another client's copy (${scale})`, result.latencies, {
      floor: { name: 'same-size message through Redis pub/sub alone', samples: result.floorLatencies },
      target: { text: 'p95 <= 150 ms', met: (f) => f.p95 <= 150 },
      note: `${result.edits} edits (${result.keys} keys) in ${result.durationSeconds.toFixed(0)} s; floor message ${result.floorMessageBytes} bytes`,
    }),
    once(`bytes a reporter's socket sends per key (${scale})`, 'bytes', result.bytesPerKey, { name: 'the Yjs update alone', value: result.updateBytesPerKey }),
    once(`PostgreSQL document writes per minute (${scale})`, 'writes/min', result.storesDuringLoad / minutes, {
      name: 'edits per minute (a write per edit without the debounce)',
      value: result.edits / minutes,
    }),
  ];
  for (const [i, instance] of result.instances.entries()) {
    const perStory = (value: number) => value / Math.max(1, instance.documents);
    figures.push(
      once(`server CPU per open story, instance ${i + 1} (${instance.documents} open)`, 'ms CPU/s', perStory(instance.loadCpuMsPerSecond), {
        name: 'the same instance connected and silent',
        value: perStory(instance.idleCpuMsPerSecond),
      }, `instance total ${(instance.loadCpuMsPerSecond / 10).toFixed(1)}% of a core under load`),
      // Measured with every story open and before the load: the first send loads the wire validators, which no story owns.
      once(`server memory per open story, instance ${i + 1}`, 'KB', (instance.rssOpenBytes - instance.rssBeforeBytes) / Math.max(1, instance.documentsOpen) / KB, {
        name: "a story's whole Yjs state",
        value: result.meanStoryStateBytes / KB,
      }, `RSS ${mb(instance.rssBeforeBytes)} MB before anyone connected, ${mb(instance.rssOpenBytes)} MB with ${instance.documentsOpen} stories open, ${mb(instance.rssAfterBytes)} MB at the end of the load`),
    );
  }
  return figures;
}

/** Runs the load and returns its figures, the raw result (for bench-results.json) and its pass/fail lines. */
export async function benchNewsroom(options: Partial<LoadOptions>): Promise<{ figures: Figure[]; result: LoadResult; lines: string[] }> {
  const result = await runNewsroomLoad({ ...NEWSROOM_DEFAULTS, ...options });
  return { figures: newsroomFigures(result), result, lines: [convergenceLine(result), sendsLine(result)] };
}
