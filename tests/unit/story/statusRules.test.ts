import { describe, expect, it } from 'vitest';
import { planStatusChange, statusAfterSend, statusChangeRefusal, statusChoices, wireRefusal, KILLED_IS_FINAL } from '../../../src/story/statusRules';
import { STORY_STATUSES, type StoryStatus } from '../../../src/story/story';

const HAND = ['draft', 'edited', 'ready'] as const;
const pairs = STORY_STATUSES.flatMap((from) => STORY_STATUSES.filter((to) => to !== from).map((to) => [from, to] as [StoryStatus, StoryStatus]));

describe('statusChangeRefusal: what a person may set', () => {
  const allowed = pairs.filter(([from, to]) => from !== 'killed' && (HAND as readonly string[]).includes(to));
  const refused = pairs.filter((pair) => !allowed.includes(pair));

  it.each(allowed)('%s → %s is allowed', (from, to) => {
    expect(statusChangeRefusal(from, to)).toBeNull();
  });

  it.each(refused)('%s → %s is refused with a reason', (from, to) => {
    const reason = statusChangeRefusal(from, to);
    if (from === 'killed') expect(reason).toBe(KILLED_IS_FINAL);
    else expect(reason).toMatch(to === 'killed' ? /only when Galley sends its kill notice: use Kill/ : /only when Galley sends (it|a correction)/);
  });

  it('has every pair covered: 30 changes, 18 of them refused', () => {
    expect([allowed.length + refused.length, refused.length]).toEqual([30, 18]);
  });

  it('lets nothing change a killed story, and the dropdown offers it nothing', () => {
    expect(statusChoices('killed').filter((c) => c.status !== 'killed').every((c) => c.refusal === KILLED_IS_FINAL)).toBe(true);
    expect(statusChoices('sent').filter((c) => !c.refusal).map((c) => c.status)).toEqual(['draft', 'edited', 'ready', 'sent']);
  });
});

describe('the wire sets the rest', () => {
  it.each([
    ['send', 'sent'],
    ['correction', 'corrected'],
    ['kill', 'killed'],
  ] as const)('a %s makes the story %s', (kind, status) => {
    expect(statusAfterSend(kind)).toBe(status);
  });

  it('refuses any send or kill of a killed story, and only of one', () => {
    expect(STORY_STATUSES.filter((s) => wireRefusal(s))).toEqual(['killed']);
  });
});

describe('planStatusChange: the library sets one status on a selection', () => {
  const story = (id: string, status: StoryStatus) => ({ id, status });

  it('moves what the rules allow, leaves what is already there, and refuses the rest with the reason', () => {
    const stories = [story('a', 'draft'), story('b', 'ready'), story('c', 'killed'), story('d', 'sent')];
    const plan = planStatusChange(stories, 'ready');
    expect(plan.change.map((s) => s.id)).toEqual(['a', 'd']);
    expect(plan.unchanged.map((s) => s.id)).toEqual(['b']);
    expect(plan.refused).toEqual([{ story: stories[2], reason: KILLED_IS_FINAL }]);
  });

  it('refuses every story a status only the wire sets', () => {
    const plan = planStatusChange([story('a', 'draft'), story('b', 'ready')], 'sent');
    expect(plan.change).toEqual([]);
    expect(plan.refused.map((r) => r.reason)).toEqual([statusChangeRefusal('draft', 'sent'), statusChangeRefusal('ready', 'sent')]);
  });
});
