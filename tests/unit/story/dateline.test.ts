import { describe, expect, it } from 'vitest';
import { formatDateline } from '../../../src/story/dateline';

describe('AP-style datelines', () => {
  it.each([
    [{ place: 'Kyiv', date: '2026-11-06', source: 'AFP' }, 'KYIV, Nov. 6 (AFP) —'],
    [{ place: 'Berlin', date: '2026-01-02', source: 'dpa' }, 'BERLIN, Jan. 2 (dpa) —'],
    [{ place: 'Paris', date: '2026-02-28', source: '' }, 'PARIS, Feb. 28 —'],
    [{ place: 'Madrid', date: '2026-03-15', source: 'EFE' }, 'MADRID, March 15 (EFE) —'],
    [{ place: 'Lagos', date: '2026-04-01', source: 'Reuters' }, 'LAGOS, April 1 (Reuters) —'],
    [{ place: 'Rome', date: '2026-05-09', source: 'AP' }, 'ROME, May 9 (AP) —'],
    [{ place: 'Oslo', date: '2026-06-30', source: 'AP' }, 'OSLO, June 30 (AP) —'],
    [{ place: 'Lima', date: '2026-07-04', source: 'AP' }, 'LIMA, July 4 (AP) —'],
    [{ place: 'Seoul', date: '2026-08-15', source: 'AP' }, 'SEOUL, Aug. 15 (AP) —'],
    [{ place: 'Accra', date: '2026-09-09', source: 'AP' }, 'ACCRA, Sept. 9 (AP) —'],
    [{ place: 'Quito', date: '2026-10-31', source: 'AP' }, 'QUITO, Oct. 31 (AP) —'],
    [{ place: 'Dakar', date: '2026-12-25', source: 'AP' }, 'DAKAR, Dec. 25 (AP) —'],
    [{ place: 'Kyiv', date: '2026-11-06T23:30:00-05:00', source: 'AFP' }, 'KYIV, Nov. 6 (AFP) —'],
    [{ place: 'New York', date: '', source: 'AP' }, 'NEW YORK (AP) —'],
    [{ place: '  São Paulo ', date: '2026-11-06', source: ' AFP ' }, 'SÃO PAULO, Nov. 6 (AFP) —'],
    [{ place: '', date: '2026-11-06', source: 'AFP' }, ''],
  ])('%o -> %s', (dateline, expected) => {
    expect(formatDateline(dateline)).toBe(expected);
  });
});
