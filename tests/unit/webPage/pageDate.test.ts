// Issue 18: the date a saved page prints keeps the zone it prints, as a pasted time line does.
import { describe, expect, it } from 'vitest';
import { pageDate } from '../../../main/services/webPage/pageDate';

describe('the printed date of a saved page', () => {
  it('keeps a zone printed beside the clock as its offset', () => {
    expect(pageDate([{ text: 'Mar 3, 2026 9:15 AM EST', datetime: '' }], '', 'en')).toBe('2026-03-03T09:15:00-05:00');
  });

  it('adds no offset when the page prints none, even when its machine date has one', () => {
    expect(pageDate([{ text: 'Mar 3, 2026 9:15 AM', datetime: '2026-03-03T14:15:00Z' }], '2026-03-03T14:15:00Z', 'en')).toBe('2026-03-03T09:15');
  });
});
