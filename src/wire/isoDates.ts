/**
 * Converting the story's ISO 8601 strings (extended form, as the Story schema accepts them) to
 * the forms the wire schemas demand, and back. Each conversion is stable: reading back what
 * was written and writing it again gives the same text, which the round trip relies on.
 */

interface IsoParts {
  date: string; // YYYYMMDD
  time?: { hh: string; mm: string; ss: string; fraction: string };
  zone: string; // '', 'Z' or '+HHMM'
}

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2})(?::?(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function parseIso(value: string): IsoParts | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss, fraction, zone] = m;
  return {
    date: `${y}${mo}${d}`,
    time: hh === undefined ? undefined : { hh, mm, ss: ss ?? '00', fraction: fraction ?? '' },
    zone: (zone ?? '').replace(':', ''),
  };
}

function extendedZone(zone: string): string {
  return zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
}

/**
 * NITF's `norm` attributes (NITF 3.6 `date.issue`, `date.release`, `story.date`): ISO 8601
 * basic format, `YYYYMMDDTHHMMSS-HHMM` or `...Z`. A date without a time stays a bare
 * `YYYYMMDD` so that it reads back as a date, not as midnight. '' for unparseable input.
 */
export function toNitfNorm(iso: string): string {
  const p = parseIso(iso);
  if (!p) return '';
  if (!p.time) return p.date;
  return `${p.date}T${p.time.hh}${p.time.mm}${p.time.ss}${p.time.fraction}${p.zone}`;
}

/** Reads a NITF `norm` (basic or extended ISO 8601) back to the extended form the Story holds. */
export function fromIsoAnyForm(norm: string): string {
  const p = parseIso(norm);
  if (!p) return '';
  const date = `${p.date.slice(0, 4)}-${p.date.slice(4, 6)}-${p.date.slice(6)}`;
  if (!p.time) return date;
  return `${date}T${p.time.hh}:${p.time.mm}:${p.time.ss}${p.time.fraction}${extendedZone(p.zone)}`;
}

/**
 * `xs:dateTime` (XML Schema Part 2 §3.2.7), which NewsML-G2's `versionCreated` and `embargoed`
 * require: seconds are mandatory and a bare date is not allowed, so a date becomes its midnight.
 */
export function toXsDateTime(iso: string): string {
  const p = parseIso(iso);
  if (!p) return '';
  const t = p.time ?? { hh: '00', mm: '00', ss: '00', fraction: '' };
  const date = `${p.date.slice(0, 4)}-${p.date.slice(4, 6)}-${p.date.slice(6)}`;
  return `${date}T${t.hh}:${t.mm}:${t.ss}${t.fraction}${extendedZone(p.zone)}`;
}

/**
 * RFC 3339 `date-time`, which ninjs's `format: date-time` means: like xs:dateTime but the
 * offset is mandatory. A time without a zone is read as UTC (the desk's machine zone is not
 * known to pure code).
 */
export function toRfc3339(iso: string): string {
  const p = parseIso(iso);
  if (!p) return '';
  const xs = toXsDateTime(iso);
  return p.zone ? xs : `${xs}Z`;
}
