// The sync agent's pure decisions: what a stored state covers, which stories a sync skips, when
// a clock is worth a word, and which fields are in conflict.
import { describe, expect, it } from 'vitest';
import { findFieldConflicts } from '../../../src/newsroom/fieldConflicts';
import { clockWarning, covers, isUnchanged } from '../../../src/newsroom/syncRules';

const fields = (entries: Record<string, unknown>) => new Map(Object.entries(entries));

describe('findFieldConflicts', () => {
  it.each([
    ['changed here only', { headline: 'A' }, { headline: 'Mine' }, { headline: 'A' }, []],
    ['changed there only', { headline: 'A' }, { headline: 'A' }, { headline: 'Theirs' }, []],
    ['changed on both sides alike', { headline: 'A' }, { headline: 'Same' }, { headline: 'Same' }, []],
    ['changed on both sides apart', { headline: 'A' }, { headline: 'Mine' }, { headline: 'Theirs' }, [{ field: 'headline', mine: 'Mine', theirs: 'Theirs' }]],
    ['a new story nobody else has', {}, { headline: 'Mine' }, {}, []],
  ])('%s', (_name, base, mine, theirs, expected) => {
    expect(findFieldConflicts(fields(base), fields(mine), fields(theirs))).toEqual(expected);
  });
});

describe('covers', () => {
  it('holds when every client of the local state is as far in the stored one', () => {
    expect(covers(new Map([[1, 5], [2, 3]]), new Map([[1, 5], [2, 2]]))).toBe(true);
    expect(covers(new Map([[1, 5]]), new Map([[1, 5], [2, 1]]))).toBe(false);
    expect(covers(new Map([[1, 4]]), new Map([[1, 5]]))).toBe(false);
  });
});

describe('isUnchanged', () => {
  it.each([
    ['nothing pending, same revision', { pending: [], serverRevision: 3 }, 3, true],
    ['a change pending here', { pending: [{}], serverRevision: 3 }, 3, false],
    ['stored again there', { pending: [], serverRevision: 3 }, 4, false],
    ['never in step', { pending: [], serverRevision: 0 }, 0, false],
    ['not in this library yet', null, 3, false],
    ['not on the server', { pending: [], serverRevision: 3 }, undefined, false],
  ])('%s', (_name, shared, revision, expected) => {
    expect(isUnchanged(shared, revision)).toBe(expected);
  });
});

describe('clockWarning', () => {
  const server = '2026-12-07T12:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);
  it('says nothing within five minutes, or without the server time', () => {
    expect(clockWarning(server, 'ws://n', at('2026-12-07T12:04:59Z'))).toEqual([]);
    expect(clockWarning(undefined, 'ws://n', at('2026-12-07T18:00:00Z'))).toEqual([]);
  });
  it('says how far ahead or behind the clock is', () => {
    expect(clockWarning(server, 'ws://n', at('2026-12-07T12:30:00Z'))[0]).toMatch(/^This computer's clock is 30 minutes ahead of the newsroom server at ws:\/\/n/);
    expect(clockWarning(server, 'ws://n', at('2026-12-07T10:00:00Z'))[0]).toMatch(/120 minutes behind/);
  });
});
