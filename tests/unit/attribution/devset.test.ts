import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../../src/attribution';
import { loadDevSet, scoreStory, summarise, type DevSource } from '../../support/attributionScore';

/**
 * Regression floors, set a little below the figures measured when they were last raised
 * (see `npx tsx tests/bench/evalAttribution.ts`). A change that loses quality fails here.
 */
const FLOORS: Record<'tuning' | 'heldout', { directF1: number; speaker: number; allRecall: number; allPrecision: number }> = {
  tuning: { directF1: 0.97, speaker: 0.95, allRecall: 0.92, allPrecision: 0.91 },
  heldout: { directF1: 0.95, speaker: 0.93, allRecall: 0.86, allPrecision: 0.88 },
};

describe('attribution development set', () => {
  const devSet = loadDevSet();
  const scored = devSet.map((dev) => ({ source: dev.source, score: scoreStory(dev.story, findAttributions(dev.story.text)) }));
  const figures = (sources: DevSource[]) => summarise(scored.filter((s) => sources.includes(s.source)).map((s) => s.score));

  it('has at least 40 stories, 4 of them the shared Wikinews gold', () => {
    expect(devSet.length).toBeGreaterThanOrEqual(40);
    expect(devSet.filter((d) => d.source === 'wikinews')).toHaveLength(4);
    expect(devSet.filter((d) => d.source === 'heldout').length).toBeGreaterThanOrEqual(9);
  });

  it.each([
    ['tuning', ['wikinews', 'own']],
    ['heldout', ['heldout']],
  ] as const)('%s stories stay above their floors', (name, sources) => {
    const f = figures([...sources]);
    const floor = FLOORS[name];
    expect(f.direct.f1).toBeGreaterThanOrEqual(floor.directF1);
    expect(f.speakerAccuracy).toBeGreaterThanOrEqual(floor.speaker);
    expect(f.all.recall).toBeGreaterThanOrEqual(floor.allRecall);
    expect(f.all.precision).toBeGreaterThanOrEqual(floor.allPrecision);
  });

  // Issue 20's targets on the Wikinews set annotated by people who never saw the checker (half-span rule).
  it('keeps the Wikinews set at issue 20\'s targets', () => {
    const f = summarise(devSet.flatMap((dev, i) => (dev.source === 'eval' && dev.set === 'wikinews' ? [scored[i].score] : [])));
    expect(f.stories).toBeGreaterThanOrEqual(60);
    expect(f.quotes.f1).toBeGreaterThanOrEqual(0.95);
    expect(f.speakerAccuracy).toBeGreaterThanOrEqual(0.92);
    expect(f.all.recall).toBeGreaterThanOrEqual(0.8);
    expect(f.all.precision).toBeGreaterThanOrEqual(0.88);
  });

  it('reports none of the quotation marks the gold marks as not speech', () => {
    expect(figures(['wikinews', 'own', 'heldout']).nonSpeechReported).toBe(0);
  });
});
