import { describe, expect, it } from 'vitest';
import { formatChangeTime } from '../../../renderer/common/formatTime';
import { killTargets, NOTHING_TO_KILL } from '../../../src/desk/killNotice';
import type { SentLogEntry } from '../../../src/desk/types';
import { wireState } from '../../../src/desk/wireState';
import { KILLED_IS_FINAL } from '../../../src/story/statusRules';

let nextId = 1;
const entry = (destination: string, format: SentLogEntry['format'], kind: SentLogEntry['kind'], version: number): SentLogEntry => ({
  id: nextId++,
  storyId: 'S',
  destination,
  version,
  format,
  sequence: nextId,
  fileName: `f${nextId}`,
  sha256: '',
  sentAt: `2026-11-06T12:0${nextId % 10}:00Z`,
  kind,
});

describe('wireState', () => {
  it('says nothing and refuses a kill for a story never sent', () => {
    expect(wireState({ status: 'ready', version: 3 }, [])).toEqual({ copies: [], changedSince: false, sendRefusal: null, killRefusal: NOTHING_TO_KILL });
  });

  it('gives each destination its newest copy, and sees an edit since', () => {
    const log = [entry('Wire', 'nitf', 'send', 4), entry('Web', 'ninjs', 'send', 5), entry('Wire', 'nitf', 'correction', 7)];
    const state = wireState({ status: 'corrected', version: 7 }, log);
    expect(state.copies.map((c) => [c.destination, c.kind, c.version])).toEqual([
      ['Wire', 'correction', 7],
      ['Web', 'send', 5],
    ]);
    expect(state).toMatchObject({ changedSince: false, sendRefusal: null, killRefusal: null });
    expect(wireState({ status: 'corrected', version: 8 }, log).changedSince).toBe(true);
  });

  it('refuses Send and Kill for a killed story', () => {
    const state = wireState({ status: 'killed', version: 6 }, [entry('Wire', 'nitf', 'send', 4), entry('Wire', 'nitf', 'kill', 5)]);
    expect(state).toMatchObject({ sendRefusal: KILLED_IS_FINAL, killRefusal: KILLED_IS_FINAL, changedSince: false });
  });
});

describe('killTargets', () => {
  it('lists every destination once with every format it took, in the order the story first went', () => {
    const log = [entry('Wire', 'nitf', 'send', 2), entry('Wire', 'ninjs', 'send', 2), entry('Web', 'newsml', 'send', 3), entry('Wire', 'nitf', 'correction', 4)].reverse();
    expect(killTargets(log)).toEqual([
      { destination: 'Wire', formats: ['nitf', 'ninjs'] },
      { destination: 'Web', formats: ['newsml'] },
    ]);
  });
});

describe('formatChangeTime (History and the library’s Last change)', () => {
  const now = new Date(2026, 10, 6, 12, 0);
  it('shows the time alone today, and the date with it on another day', () => {
    const today = formatChangeTime(new Date(2026, 10, 6, 9, 5).toISOString(), now);
    const yesterday = formatChangeTime(new Date(2026, 10, 5, 9, 5).toISOString(), now);
    expect(today).toMatch(/^\d{2}:\d{2}/);
    expect(yesterday).toContain(today);
    expect(yesterday).toMatch(/5/);
    expect(yesterday.length).toBeGreaterThan(today.length);
    expect(formatChangeTime(new Date(2025, 10, 5, 9, 5).toISOString(), now)).toMatch(/2025/);
  });
});
