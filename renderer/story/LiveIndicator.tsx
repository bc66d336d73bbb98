import type { LiveStatus } from './liveStoryBridge';

/** Says whether others see this typing now, and when not, why: it is kept here meanwhile. */
function labelOf(status: LiveStatus | null): string {
  if (!status || status.state === 'connecting') return 'Live: reconnecting, typing kept here';
  if (status.state === 'connected') return 'Live';
  return `Live: ${status.reason ?? 'not connected'}`;
}

export function LiveIndicator({ status }: { status: LiveStatus | null }) {
  return (
    <span className={`live-state live-${status?.state ?? 'connecting'}`} role="status" aria-label="Live editing" data-state={status?.state ?? 'connecting'}>
      {labelOf(status)}
    </span>
  );
}
