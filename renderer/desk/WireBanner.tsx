import type { WireCopy, WireState } from '../../src/desk/wireState';
import { formatChangeTime } from '../common/formatTime';

const WENT: Record<WireCopy['kind'], string> = { send: 'Sent', correction: 'Correction sent', kill: 'Kill notice sent' };

/** Over a story that went out: where, when and which version; changed since; killed. Nothing for a story never sent. */
export function WireBanner({ wire, killed }: { wire: WireState; killed: boolean }) {
  if (!wire.copies.length) return null;
  const went = wire.copies.map((copy) => `${WENT[copy.kind]} to ${copy.destination} at ${formatChangeTime(copy.sentAt)}, version ${copy.version}`).join('; ');
  return (
    <div className={`notice wire-banner ${killed ? 'notice-error' : 'notice-info'}`} role="status" aria-label="On the wire">
      <span className="notice-message">
        {killed ? <strong>Killed. </strong> : null}
        {went}.{' '}
        {killed && wire.sendRefusal}
        {wire.changedSince && <strong className="changed-since">Changed since it was sent: a new send goes as a correction.</strong>}
      </span>
    </div>
  );
}
