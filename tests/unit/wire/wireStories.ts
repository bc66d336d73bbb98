/** Stories shared by the plain-text wire tests (7901, ANPA, text, HTML). */
import { blankStoryFields, type BodyNode, type Story } from '../../../src/story';

export const EDNOTE = 'DESK ONLY: lawyer has not cleared para 4';

const text = (value: string, marks?: BodyNode['marks']): BodyNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
export const paragraph = (...content: BodyNode[]): BodyNode => ({ type: 'paragraph', content });
export const p = (value: string): BodyNode => paragraph(text(value));
export const link = (value: string, href: string): BodyNode => text(value, [{ type: 'link', attrs: { href } }]);
export const figure = (caption: string, attrs: { src?: string; alt?: string; credit?: string }): BodyNode => ({
  type: 'figure',
  attrs: { src: 'abc'.padEnd(64, '0'), alt: '', credit: '', ...attrs },
  content: caption ? [text(caption)] : [],
});

/** A plain ASCII story with every field set, so framing tests see every part of a message. */
export function makeStory(overrides: Partial<Story> = {}): Story {
  return {
    ...blankStoryFields(),
    id: '01JC0000000000000000000000',
    slug: 'GRAIN-DEAL',
    headline: 'Grain deal extended for 120 days',
    standfirst: '',
    byline: 'By Ana Ruiz',
    dateline: { place: 'Kyiv', date: '2026-11-06', source: 'AFP' },
    body: { type: 'doc', content: [p('Ukraine and Russia agreed to extend the deal.'), p('Ships will sail on Monday.')] },
    credit: { line: 'Compiled by Ana Ruiz from AFP reports', source: 'AFP' },
    keywords: ['Ukraine', 'Grain'],
    urgency: 5,
    ednote: EDNOTE,
    status: 'ready',
    review: { state: 'none' },
    version: 3,
    createdAt: '2026-11-06T08:00:00.000Z',
    updatedAt: '2026-11-06T10:37:00.000Z',
    ...overrides,
  };
}
