// Who is in the simulated newsroom and which stories each person has open: a pure function of
// the head counts and the seed, so two runs with the same options load the server the same way.
import type { Role } from '../../../src/newsroom/roles';
import { pick, seededRandom, type Random } from '../newsText';

export type LoadPerson = Readonly<{
  name: string;
  role: Role;
  /** Which server instance this person's desktop is connected to (half the people on each, shuffled). */
  instance: number;
  /** Indexes of the stories this person has open. */
  opens: readonly number[];
  /** Of those, the stories a reporter types in (their own and those they are assigned to). */
  writes: readonly number[];
}>;

export type LoadPlan = Readonly<{
  people: readonly LoadPerson[];
  stories: number;
  /** For each story, the reporter who creates it (an index into `people`). */
  owners: readonly number[];
  /** For each story, the other reporters assigned to write it. */
  coWriters: readonly (readonly number[])[];
}>;

/** The mix of 50 people: 35 reporters, 10 editors, 5 reviewers; the same shares at any size. */
const SHARES = { reporter: 0.7, editor: 0.2 } as const;

/** At most this many reporters write one story at once (the "2-4 people at once"). */
const MOST_WRITERS = 4;

/** Splits `people` into reporters, editors and reviewers by the shares, at least one of each. */
export function headCounts(people: number): { reporters: number; editors: number; reviewers: number } {
  if (!Number.isInteger(people) || people < 3) throw new Error(`--people takes a whole number of at least 3 (one of each role); got ${people}.`);
  const editors = Math.max(1, Math.round(people * SHARES.editor));
  const reporters = Math.max(1, Math.min(people - editors - 1, Math.round(people * SHARES.reporter)));
  return { reporters, editors, reviewers: people - reporters - editors };
}

/**
 * Every story has a reporter who creates it (reporters take stories in turn), one editor and
 * one reviewer who keep it open. Reporters left over once every story has its creator each join
 * a story (at most four writers a story); when stories outnumber reporters, every fourth
 * reporter also writes in a colleague's story, so stories with several writers exist at any size.
 */
export function planLoad(options: Readonly<{ people: number; stories: number; seed: number }>): LoadPlan {
  const { people: total, stories, seed } = options;
  if (!Number.isInteger(stories) || stories < 1) throw new Error(`--stories takes a whole number of at least 1; got ${stories}.`);
  const rand = seededRandom(seed);
  const { reporters, editors, reviewers } = headCounts(total);
  const owners = Array.from({ length: stories }, (_, story) => story % reporters);
  const coWriters: number[][] = Array.from({ length: stories }, () => []);
  const joining = reporters > stories ? range(stories, reporters) : range(0, reporters).filter((reporter) => reporter % 4 === 3);
  for (const reporter of joining) {
    const open = range(0, stories).filter((story) => owners[story] !== reporter && !coWriters[story].includes(reporter) && coWriters[story].length + 1 < MOST_WRITERS);
    if (open.length > 0) coWriters[pick(rand, open)].push(reporter);
  }

  // Half the people on each instance in a shuffled order, so a story's copies usually straddle both
  // and its edits cross Redis: the case the issue asks about, not a routing that avoids it.
  const instances = shuffled(rand, range(0, total).map((i) => i % 2));
  const people: LoadPerson[] = [];
  const add = (role: Role, count: number, stories: (i: number) => number[], writes: (i: number) => number[]) => {
    for (let i = 0; i < count; i++) {
      people.push({ name: `${role}-${i + 1}`, role, instance: instances[people.length], opens: stories(i), writes: writes(i) });
    }
  };
  const writtenBy = (reporter: number) => range(0, stories).filter((story) => owners[story] === reporter || coWriters[story].includes(reporter));
  add('reporter', reporters, writtenBy, writtenBy);
  add('editor', editors, (i) => range(0, stories).filter((story) => story % editors === i), () => []);
  add('reviewer', reviewers, (i) => range(0, stories).filter((story) => story % reviewers === i), () => []);
  return { people, stories, owners, coWriters };
}

/** Fisher-Yates, from the plan's generator. */
function shuffled<T>(rand: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

