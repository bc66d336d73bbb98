// Who the newsroom load simulates (tests/bench/newsroomLoad/loadPlan.ts): the mix of
// people, every story open to a writer, an editor and a reviewer, and stories written by several.
import { describe, expect, it } from 'vitest';
import { headCounts, planLoad } from '../../bench/newsroomLoad/loadPlan';

describe('the newsroom load plan', () => {
  it("splits people by the issue's shares: 35 reporters, 10 editors, 5 reviewers of 50", () => {
    expect(headCounts(50)).toEqual({ reporters: 35, editors: 10, reviewers: 5 });
    expect(headCounts(200)).toEqual({ reporters: 140, editors: 40, reviewers: 20 });
    expect(headCounts(3)).toEqual({ reporters: 1, editors: 1, reviewers: 1 });
    expect(() => headCounts(2)).toThrow(/at least 3/);
  });

  it.each([
    { people: 50, stories: 25 },
    { people: 200, stories: 500 },
  ])('gives each of $stories stories a creator, an editor and a reviewer, and some 2-4 writers ($people people)', ({ people, stories }) => {
    const plan = planLoad({ people, stories, seed: 22 });
    const writers = Array.from({ length: stories }, (_, story) => plan.people.filter((person) => person.writes.includes(story)).length);
    for (const role of ['reporter', 'editor', 'reviewer'] as const) {
      for (let story = 0; story < stories; story++) expect(plan.people.some((person) => person.role === role && person.opens.includes(story))).toBe(true);
    }
    expect(Math.min(...writers)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...writers)).toBeLessThanOrEqual(4);
    expect(writers.filter((count) => count >= 2).length).toBeGreaterThan(0);
    expect(plan.people.filter((person) => person.instance === 0).length).toBe(people / 2);
    // Most stories have copies on both instances, so their edits cross Redis.
    const straddling = Array.from({ length: stories }, (_, story) => new Set(plan.people.filter((person) => person.opens.includes(story)).map((person) => person.instance)).size === 2);
    expect(straddling.filter(Boolean).length).toBeGreaterThan(stories / 2);
  });

  it('is the same plan for the same seed', () => {
    expect(planLoad({ people: 50, stories: 25, seed: 1 })).toEqual(planLoad({ people: 50, stories: 25, seed: 1 }));
  });
});
