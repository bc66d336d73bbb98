import type { Dateline } from './story';

/** AP style abbreviates these months and spells out March through July. */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** Month and day of an ISO date or date-time, as written (no time-zone shift of the day). */
export function datelineDay(iso: string): { month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { month, day };
}

/**
 * The dateline in AP style: `KYIV, Nov. 6 (AFP) —`. Missing parts are left out rather than
 * shown empty: `KYIV (AFP) —`, `KYIV, Nov. 6 —`. Returns '' when there is no place.
 */
export function formatDateline(dateline: Dateline): string {
  const place = dateline.place.trim().toUpperCase();
  if (!place) return '';
  const day = datelineDay(dateline.date);
  const when = day ? `, ${AP_MONTHS[day.month - 1]} ${day.day}` : '';
  const source = dateline.source.trim() ? ` (${dateline.source.trim()})` : '';
  return `${place}${when}${source} —`;
}
