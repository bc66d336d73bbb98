import { describe, expect, it } from 'vitest';
import { blankStoryFields, type BodyNode, type Story } from '../../../src/story';
import { checkReadiness, DEFAULT_PROFILE, isReady, readinessProfileSchema, type ReadinessProfile } from '../../../src/story/readiness';

const NOW = new Date('2026-11-06T12:00:00Z');

const p = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const figure = (attrs: { alt?: string; credit?: string }, caption = 'Ships wait off Odesa.'): BodyNode => ({
  type: 'figure',
  attrs: { src: '1111111111111111111111111111111111111111111111111111111111111111', alt: 'Cargo ships at anchor', credit: 'AFP/Jane Doe', ...attrs },
  content: caption ? [{ type: 'text', text: caption }] : [],
});

/** A story that passes every rule of the default profile; each case breaks one thing. */
function readyStory(overrides: Partial<Story> = {}): Story {
  return {
    ...blankStoryFields(),
    id: '01JC0000000000000000000000',
    slug: 'GRAIN-DEAL',
    headline: 'Grain deal extended for 120 days',
    byline: 'By Ana Ruiz',
    dateline: { place: 'Kyiv', date: '2026-11-06', source: 'AFP' },
    body: { type: 'doc', content: [p('Ukraine and Russia agreed to extend the deal.'), figure({})] },
    credit: { line: 'Compiled by Ana Ruiz from AFP reports', source: 'AFP' },
    related: [{ title: 'How the deal works', url: 'https://example.com/explainer' }],
    status: 'ready',
    review: { state: 'none' },
    version: 2,
    createdAt: '2026-11-06T08:00:00Z',
    updatedAt: '2026-11-06T10:00:00Z',
    ...overrides,
  };
}

function codes(story: Story, profile: ReadinessProfile = DEFAULT_PROFILE) {
  return checkReadiness(story, profile, NOW).map(({ code, field, severity, position }) => ({ code, field, severity, ...(position ? { position } : {}) }));
}

describe('checkReadiness', () => {
  it('says in words what a figure without a photo and a related title without an address need', () => {
    const story = readyStory({
      body: { type: 'doc', content: [p('Text.'), { type: 'figure', attrs: { src: '', alt: '', credit: 'AFP' }, content: [{ type: 'text', text: 'Ships.' }] }] },
      related: [{ title: 'How the deal works', url: '' }],
    });
    const messages = checkReadiness(story, DEFAULT_PROFILE, NOW).map((problem) => problem.message);
    expect(messages).toEqual(['Photo 1: photo missing: add it or remove the figure.', 'Related link 1 ("How the deal works") has no address: add the address or remove it.']);
  });

  it('asks for a credit line when the copy names an agency of the house-style table by its full name', () => {
    const story = readyStory({ credit: { line: '', source: '' }, dateline: { place: 'Moscow', date: '2026-11-06', source: '' }, body: { type: 'doc', content: [p('The Russian agency TASS reported the talks.')] } });
    expect(codes(story).map((c) => c.code)).toContain('credit-missing');
  });

  it('finds nothing wrong with a complete story', () => {
    expect(checkReadiness(readyStory(), DEFAULT_PROFILE, NOW)).toEqual([]);
  });

  describe.each([
    ['headline', [
      ['missing', { headline: '  ' }, [{ code: 'headline-missing', field: 'headline', severity: 'error' }]],
      ['81 characters', { headline: 'x'.repeat(81) }, [{ code: 'headline-too-long', field: 'headline', severity: 'error' }]],
      ['80 characters', { headline: 'x'.repeat(80) }, [{ code: 'headline-long', field: 'headline', severity: 'warning' }]],
      ['65 characters', { headline: 'x'.repeat(65) }, []],
      ['66 emoji count as 66 characters', { headline: '👍🏽'.repeat(66) }, [{ code: 'headline-long', field: 'headline', severity: 'warning' }]],
    ]],
    ['slug', [
      ['missing', { slug: '' }, [{ code: 'slug-missing', field: 'slug', severity: 'error' }]],
      ['25 characters', { slug: 'A'.repeat(25) }, [{ code: 'slug-too-long', field: 'slug', severity: 'error' }]],
      ['24 characters', { slug: 'A'.repeat(24) }, []],
      ['a space', { slug: 'GRAIN DEAL' }, [{ code: 'slug-characters', field: 'slug', severity: 'error' }]],
      ['an accent', { slug: 'CAFÉ' }, [{ code: 'slug-characters', field: 'slug', severity: 'error' }]],
    ]],
    ['dateline', [
      ['no place', { dateline: { place: '', date: '2026-11-06', source: 'AFP' } }, [{ code: 'dateline-place-missing', field: 'dateline.place', severity: 'error' }]],
      ['no date', { dateline: { place: 'Kyiv', date: '', source: 'AFP' } }, [{ code: 'dateline-date-missing', field: 'dateline.date', severity: 'error' }]],
      ['tomorrow (already today east of UTC)', { dateline: { place: 'Kyiv', date: '2026-11-07', source: 'AFP' } }, []],
      ['in two days', { dateline: { place: 'Kyiv', date: '2026-11-08', source: 'AFP' } }, [{ code: 'dateline-date-future', field: 'dateline.date', severity: 'error' }]],
      ['in two days, embargoed', { dateline: { place: 'Kyiv', date: '2026-11-08', source: 'AFP' }, embargo: '2026-11-08T06:00:00Z' }, []],
    ]],
    ['credit', [
      ['agency in the dateline, no credit line', { credit: { line: '', source: '' } }, [{ code: 'credit-missing', field: 'credit.line', severity: 'error' }]],
      ['agency only in the text', { dateline: { place: 'Kyiv', date: '2026-11-06', source: '' }, credit: { line: '', source: '' }, body: { type: 'doc', content: [p('Officials told Reuters the talks failed.')] } }, [{ code: 'credit-missing', field: 'credit.line', severity: 'error' }]],
      ['own copy, no agency named', { dateline: { place: 'Kyiv', date: '2026-11-06', source: '' }, credit: { line: '', source: '' }, body: { type: 'doc', content: [p('Ships sailed at dawn. A PAST deal.')] } }, []],
    ]],
    ['figures', [
      ['no caption', { body: { type: 'doc', content: [p('Text.'), figure({}, '')] } }, [{ code: 'figure-caption-missing', field: 'body', severity: 'error', position: { block: 1, offset: 0 } }]],
      ['no alt', { body: { type: 'doc', content: [p('Text.'), figure({ alt: '' })] } }, [{ code: 'figure-alt-missing', field: 'body', severity: 'error', position: { block: 1, offset: 0 } }]],
      ['no credit', { body: { type: 'doc', content: [figure({ credit: ' ' }), p('Text.')] } }, [{ code: 'figure-credit-missing', field: 'body', severity: 'error', position: { block: 0, offset: 0 } }]],
      ['alt repeats the caption', { body: { type: 'doc', content: [p('Text.'), figure({ alt: 'ships wait off odesa.' })] } }, [{ code: 'figure-alt-is-caption', field: 'body', severity: 'error', position: { block: 1, offset: 0 } }]],
    ]],
    ['related', [
      ['not http', { related: [{ title: 'Docs', url: 'ftp://example.com/a' }] }, [{ code: 'related-url-invalid', field: 'related.0.url', severity: 'error' }]],
      ['no address yet', { related: [{ title: 'How the deal works', url: '' }] }, [{ code: 'related-url-missing', field: 'related.0.url', severity: 'error' }]],
      // A caption pasted without its photo: only the photo is asked for (alt text describes a photo there is not yet).
      ['photo missing', { body: { type: 'doc', content: [p('Text.'), figure({ alt: '' }, 'Ships wait off Odesa.')].map((node) => (node.type === 'figure' ? { ...node, attrs: { ...node.attrs, src: '' } } : node)) } }, [{ code: 'figure-photo-missing', field: 'body', severity: 'error', position: { block: 1, offset: 0 } }]],
      ['no title', { related: [{ title: 'A', url: 'https://example.com/a' }, { title: ' ', url: 'https://example.com/b' }] }, [{ code: 'related-title-missing', field: 'related.1.title', severity: 'error' }]],
    ]],
    ['body', [
      ['empty', { body: { type: 'doc', content: [{ type: 'paragraph' }] } }, [{ code: 'body-empty', field: 'body', severity: 'error' }]],
    ]],
    ['leftover marks', [
      ['TK in the second paragraph', { body: { type: 'doc', content: [p('Fine.'), p('The toll rose to TK, officials said.')] } }, [{ code: 'leftover-mark', field: 'body', severity: 'error', position: { block: 1, offset: 17 } }]],
      ['XX in the headline', { headline: 'XX dead in flood' }, [{ code: 'leftover-mark', field: 'headline', severity: 'error' }]],
      ['[[ in a list item', { body: { type: 'doc', content: [p('Fine.'), { type: 'bulletList', content: [{ type: 'listItem', content: [p('one')] }, { type: 'listItem', content: [p('two [[check]]')] }] }] } }, [{ code: 'leftover-mark', field: 'body', severity: 'error', position: { block: 1, offset: 9 } }]],
      ['??? in the standfirst', { standfirst: 'Who paid???' }, [{ code: 'leftover-mark', field: 'standfirst', severity: 'error' }]],
      ['TK inside a word is not a mark', { body: { type: 'doc', content: [p('A TKO in the third round, XXL shirts.')] } }, []],
    ]],
    ['embargo', [
      ['in the past', { embargo: '2026-11-06T11:59:00Z' }, [{ code: 'embargo-past', field: 'embargo', severity: 'error' }]],
      ['in the future', { embargo: '2026-11-06T12:01:00Z' }, []],
    ]],
  ] as const)('%s', (_rule, cases) => {
    it.each(cases as unknown as [string, Partial<Story>, object[]][])('%s', (_name, overrides, expected) => {
      expect(codes(readyStory(overrides))).toEqual(expected);
    });
  });

  describe('sign-off', () => {
    const profile = readinessProfileSchema.parse({ requireSignOff: true });
    it.each([
      ['not required by the default profile', DEFAULT_PROFILE, { state: 'none' }, []],
      ['required, not signed off', profile, { state: 'requested' }, ['sign-off-missing']],
      ['required, returned', profile, { state: 'returned' }, ['sign-off-missing']],
      ['required, signed off this version', profile, { state: 'signed-off', by: 'Lee', version: 2 }, []],
      ['required, signed off an older version', profile, { state: 'signed-off', by: 'Lee', version: 1 }, ['sign-off-stale']],
    ] as const)('%s', (_name, useProfile, review, expected) => {
      expect(codes(readyStory({ review: { ...review } }), useProfile).map((problem) => problem.code)).toEqual(expected);
    });
  });

  describe('profile thresholds', () => {
    it('every threshold comes from the profile', () => {
      const strict = readinessProfileSchema.parse({ headlineMax: 20, headlineWarn: 10, slugMax: 5, leftoverMarks: ['FIXME'], agencies: ['Acme'] });
      const story = readyStory({ headline: 'Fifteen letters', slug: 'GRAIN-DEAL', body: { type: 'doc', content: [p('FIXME: Acme says TK.')] }, credit: { line: '', source: '' } });
      expect(codes(story, strict).map((problem) => problem.code)).toEqual(['headline-long', 'slug-too-long', 'credit-missing', 'leftover-mark']);
    });

    it('switching figure rules off', () => {
      const relaxed = readinessProfileSchema.parse({ requireFigureAlt: false, requireFigureCredit: false });
      expect(codes(readyStory({ body: { type: 'doc', content: [p('Text.'), figure({ alt: '', credit: '' })] } }), relaxed)).toEqual([]);
    });

    it('the default profile is the schema with nothing set', () => {
      expect(DEFAULT_PROFILE).toMatchObject({ headlineMax: 80, headlineWarn: 65, slugMax: 24, requireSignOff: false });
      expect(readinessProfileSchema.safeParse({ headlineMax: -1 }).success).toBe(false);
    });
  });

  it('isReady: warnings do not block, errors do', () => {
    expect(isReady(checkReadiness(readyStory({ headline: 'x'.repeat(70) }), DEFAULT_PROFILE, NOW))).toBe(true);
    expect(isReady(checkReadiness(readyStory({ headline: '' }), DEFAULT_PROFILE, NOW))).toBe(false);
  });
});
